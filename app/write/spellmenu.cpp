// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellmenu.h"

#include "writing/markdownhighlighter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace Spill {

SpellMenu::SpellMenu(QObject *parent)
    : QObject(parent)
{
}

void SpellMenu::attach(QPlainTextEdit *editor, MarkdownHighlighter *highlighter)
{
    m_highlighters.insert(editor, highlighter);
    // Mouse context menus arrive at the viewport, keyboard ones at the editor.
    editor->installEventFilter(this);
    editor->viewport()->installEventFilter(this);
    connect(editor, &QObject::destroyed, this, [this, editor] { m_highlighters.remove(editor); });
}

QMenu *SpellMenu::createMenu(QPlainTextEdit *editor, int position)
{
    QMenu *menu = editor->createStandardContextMenu();
    MarkdownHighlighter *highlighter = m_highlighters.value(editor);
    SpellChecker *checker = highlighter ? highlighter->spellChecker() : nullptr;
    if (!checker || editor->isReadOnly())
        return menu;
    const std::optional<Misspelling> misspelling = highlighter->misspellingAt(position);
    if (!misspelling)
        return menu;

    QAction *first = menu->actions().value(0);
    const QStringList suggestions = checker->suggestions(misspelling->word, 6);
    QList<QAction *> added;
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        QFont bold = action->font();
        bold.setWeight(QFont::DemiBold);
        action->setFont(bold);
        const int start = misspelling->start;
        const int length = misspelling->length;
        connect(action, &QAction::triggered, editor, [editor, start, length, suggestion] {
            QTextCursor cursor(editor->document());
            cursor.setPosition(start);
            cursor.setPosition(start + length, QTextCursor::KeepAnchor);
            cursor.insertText(suggestion);
        });
        added.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        added.append(none);
    }
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(misspelling->word), menu);
    add->setObjectName(QStringLiteral("addToDictionary"));
    const QString word = misspelling->word;
    connect(add, &QAction::triggered, this, [this, checker, word] {
        // The file is written on a worker; a write that fails is told later.
        connect(checker, &SpellChecker::dictionaryNotSaved, this, &SpellMenu::failed,
                Qt::UniqueConnection);
        checker->addToDictionary(word);
    });
    added.append(add);
    menu->insertActions(first, added);
    menu->insertSeparator(first);
    return menu;
}

bool SpellMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    auto *editor = qobject_cast<QPlainTextEdit *>(watched);
    const bool onViewport = !editor;
    if (onViewport)
        editor = qobject_cast<QPlainTextEdit *>(watched->parent());
    if (!editor || !m_highlighters.contains(editor))
        return QObject::eventFilter(watched, event);
    auto *contextEvent = static_cast<QContextMenuEvent *>(event);
    // From the keyboard the menu belongs to the text cursor, not the mouse.
    int position = editor->textCursor().position();
    if (contextEvent->reason() == QContextMenuEvent::Mouse) {
        const QPoint point = onViewport ? contextEvent->pos()
                                        : editor->viewport()->mapFrom(editor, contextEvent->pos());
        position = editor->cursorForPosition(point).position();
    }
    QMenu *menu = createMenu(editor, position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(contextEvent->globalPos());
    return true;
}

} // namespace Spill
