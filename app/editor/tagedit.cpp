// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSet>
#include <QStringListModel>

namespace Spill {

TagEdit::TagEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    // Not setCompleter(): that would complete the whole line, and a tag
    // list needs completion of its last tag only.
    m_completer->setWidget(this);
    m_completer->popup()->setAccessibleName(tr("Tag suggestions"));

    connect(this, &QLineEdit::textEdited, this, &TagEdit::updateCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagEdit::tagsEdited);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TagEdit::insertCompletion);
}

QStringList TagEdit::parseTags(const QString &text)
{
    QStringList tags;
    QSet<QString> seen;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        tags.append(tag);
    }
    return tags;
}

QStringList TagEdit::tags() const
{
    return parseTags(text());
}

void TagEdit::setTags(const QStringList &tags)
{
    setText(tags.join(QStringLiteral(", ")));
}

void TagEdit::setSuggestions(const QStringList &suggestions)
{
    QStringList sorted = suggestions;
    sorted.sort(Qt::CaseInsensitive);
    sorted.removeDuplicates();
    m_model->setStringList(sorted);
}

QString TagEdit::currentFragment() const
{
    const QString before = text().left(cursorPosition());
    return before.mid(before.lastIndexOf(u',') + 1).trimmed();
}

void TagEdit::updateCompletion()
{
    const QString fragment = currentFragment();
    if (fragment.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(fragment);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagEdit::insertCompletion(const QString &tag)
{
    const QString all = text();
    const int cursor = cursorPosition();
    const qsizetype start = all.left(cursor).lastIndexOf(u',') + 1;
    qsizetype end = all.indexOf(u',', cursor);
    if (end < 0)
        end = all.size();
    QString replacement = tag;
    if (start > 0)
        replacement.prepend(u' ');
    const QString result = all.left(start) + replacement + all.mid(end);
    setText(result);
    setCursorPosition(int(start + replacement.size()));
    emit tagsEdited();
}

} // namespace Spill
