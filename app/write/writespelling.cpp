// SPDX-License-Identifier: GPL-3.0-or-later
// The Write place's spelling: adopting the checker loaded on a worker, the
// per-story language and its picker in the footer.
#include "document/storydocument.h"
#include "savestatus.h"
#include "storycontroller.h"
#include "writeplace.h"
#include "writing/markdownhighlighter.h"
#include "writing/spellchecker.h"

#include <QComboBox>
#include <QLocale>

namespace Spill {

void WritePlace::onSpellLoaded(const SpellLoad &load)
{
    m_spell = load.checker;
    m_spell->setParent(this);
    for (MarkdownHighlighter *highlighter : m_highlighters)
        highlighter->setSpellChecker(m_spell);
    m_languages->clear();
    QStringList names;
    for (const QString &code : load.languages)
        names.append(QLocale(code).nativeLanguageName());
    for (qsizetype i = 0; i < load.languages.size(); ++i) {
        // "Deutsch", unless several dictionaries speak it: "Deutsch (Schweiz)".
        const QString &code = load.languages.at(i);
        m_languages->addItem(names.count(names.at(i)) > 1 || names.at(i).isEmpty()
                                 ? SpellChecker::languageName(code)
                                 : names.at(i),
                             code);
    }
    m_languages->setVisible(!load.languages.isEmpty() && !isShowingWelcome());
    m_languages->setEnabled(!m_readOnly);
    applyLanguage();
    emit spellCheckerReady();
}

void WritePlace::applyLanguage()
{
    if (!m_spell)
        return;
    const QString language = m_controller->language();
    const QString wanted = language.isEmpty() ? SpellChecker::defaultLanguage() : language;
    if (m_spell->language() != wanted)
        m_spell->setLanguage(wanted);
    const int index = m_languages->findData(m_spell->language());
    m_languages->setCurrentIndex(index);
    m_status->setNotice(m_spell->isAvailable() ? QString() : m_spell->statusMessage());
}

void WritePlace::chooseLanguage(int index)
{
    const QString code = m_languages->itemData(index).toString();
    if (code.isEmpty() || code == m_controller->language())
        return;
    if (StoryDocument *document = m_controller->document())
        document->setLanguage(code);
    applyLanguage();
}

} // namespace Spill
