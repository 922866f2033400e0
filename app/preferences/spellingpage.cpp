// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellingpage.h"

#include "async/continuation.h"
#include "preferences/preferences.h"
#include "writing/spellchecker.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spill {

SpellingPage::SpellingPage(PreferencesStore &preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
{
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("spellingLanguage"));
    fillLanguages();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_preferences.setSpellingLanguage(m_language->itemData(index).toString());
    });

    m_words = new QListWidget;
    m_words->setObjectName(QStringLiteral("personalWords"));
    m_words->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_word = new QLineEdit;
    m_word->setObjectName(QStringLiteral("newWord"));
    m_word->setPlaceholderText(tr("mirepoix"));
    m_add = new QPushButton(tr("Add &to Dictionary"));
    m_add->setEnabled(false);
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setEnabled(false);
    m_remove->setAutoDefault(false);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    connect(m_word, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_word, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    // The field is emptied once the word is in the file: a word the file
    // refused stays there to try again.
    connect(m_add, &QPushButton::clicked, this, [this] { addWord(m_word->text()); });
    connect(m_words, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_words->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem *> selected = m_words->selectedItems();
        QStringList words;
        for (const QListWidgetItem *item : selected)
            words.append(item->text());
        for (const QString &word : words)
            removeWord(word);
    });

    auto *languageLabel = new QLabel(tr("Lan&guage of new stories:"));
    languageLabel->setBuddy(m_language);
    auto *wordsLabel = new QLabel(tr("Your w&ords, which Spill never underlines:"));
    wordsLabel->setBuddy(m_words);
    auto *wordLabel = new QLabel(tr("New &word:"));
    wordLabel->setBuddy(m_word);
    auto *file =
        new QLabel(tr("Kept in %1, one word per line.")
                       .arg(QDir::toNativeSeparators(preferences.personalDictionaryPath())));
    file->setWordWrap(true);
    file->setForegroundRole(QPalette::PlaceholderText);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(wordLabel);
    addRow->addWidget(m_word, 1);
    addRow->addWidget(m_add);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_words, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_remove);
    side->addStretch(1);
    listRow->addLayout(side);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageRow);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(wordsLabel);
    layout->addLayout(listRow, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(file);

    loadWords();
}

void SpellingPage::fillLanguages()
{
    const QString system = SpellChecker::defaultLanguage();
    m_language->addItem(tr("The system's language: %1").arg(SpellChecker::languageName(system)),
                        QString());
    for (const QString &code : SpellChecker::availableLanguages())
        m_language->addItem(SpellChecker::languageName(code), code);
    const int current = m_language->findData(m_preferences.spellingLanguage());
    m_language->setCurrentIndex(std::max(0, current));
}

void SpellingPage::loadWords()
{
    PersonalDictionary dictionary;
    QString error;
    if (!dictionary.load(m_preferences.personalDictionaryPath(), &error))
        showError(error);
    showWords(dictionary.words());
}

void SpellingPage::showWords(const QStringList &words)
{
    const QListWidgetItem *current = m_words->currentItem();
    const QString selected = current ? current->text() : QString();
    m_words->clear();
    m_words->addItems(words);
    const QList<QListWidgetItem *> again = m_words->findItems(selected, Qt::MatchExactly);
    if (!selected.isEmpty() && !again.isEmpty())
        m_words->setCurrentItem(again.constFirst());
    m_remove->setEnabled(!m_words->selectedItems().isEmpty());
}

void SpellingPage::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

bool SpellingPage::addWord(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n'))
        return false;
    changeWord(trimmed, PersonalDictionary::Edit::Add);
    return true;
}

void SpellingPage::removeWord(const QString &word)
{
    changeWord(word, PersonalDictionary::Edit::Remove);
}

// The file is shared with the checker, which may have added a word: the
// change is made to the file as it is then, on the writer's thread.
void SpellingPage::changeWord(const QString &word, PersonalDictionary::Edit edit)
{
    onResult(PersonalDictionary::changeFile(m_preferences.personalDictionaryPath(), word, edit),
             this, [this, word, edit](const PersonalDictionary::FileChange &change) {
                 showError(change.error);
                 showWords(change.words);
                 if (change.error.isEmpty()) {
                     if (edit == PersonalDictionary::Edit::Add) {
                         if (m_word->text().trimmed() == word)
                             m_word->clear();
                         const QList<QListWidgetItem *> added =
                             m_words->findItems(word, Qt::MatchExactly);
                         if (!added.isEmpty())
                             m_words->setCurrentItem(added.constFirst());
                     }
                     m_preferences.notePersonalDictionaryChanged();
                 }
                 emit wordsChanged();
             });
}

} // namespace Spill
