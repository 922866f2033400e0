// SPDX-License-Identifier: GPL-3.0-or-later
#include "editmenu.h"

#include "keybindings.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoGroup>
#include <QUndoStack>

namespace Spill {

namespace {

// The text controls the clipboard actions work on. Each has cut, copy,
// paste and selectAll of its own; a read-only one only copies and selects.
template<typename Act> bool withText(QWidget *widget, Act act)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        act(line);
        return true;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        act(plain);
        return true;
    }
    if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
        act(rich);
        return true;
    }
    return false;
}

bool isReadOnly(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->isReadOnly();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return plain->isReadOnly();
    if (auto *rich = qobject_cast<QTextEdit *>(widget))
        return rich->isReadOnly();
    return true;
}

} // namespace

EditMenu::EditMenu(QMenu *menu)
    : QObject(menu)
    , m_group(new QUndoGroup(this))
{
    // Undo and Redo name the step ("Undo Add photo"), and only "Undo" when
    // there is none, in words each language can order as it likes.
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("undo"));
    // Listed in Keyboard Shortcuts by the plain name, not the step's.
    m_undo->setProperty(ShortcutNameProperty, withoutMnemonic(tr("&Undo")));
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, m_group, &QUndoGroup::undo);
    connect(m_group, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    const auto nameUndo = [this](const QString &step) {
        m_undo->setText(step.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(step));
    };
    connect(m_group, &QUndoGroup::undoTextChanged, this, nameUndo);
    m_redo = new QAction(this);
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setProperty(ShortcutNameProperty, withoutMnemonic(tr("&Redo")));
    connect(m_redo, &QAction::triggered, m_group, &QUndoGroup::redo);
    connect(m_group, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    const auto nameRedo = [this](const QString &step) {
        m_redo->setText(step.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(step));
    };
    connect(m_group, &QUndoGroup::redoTextChanged, this, nameRedo);
    nameUndo(m_group->undoText());
    nameRedo(m_group->redoText());
    m_undo->setEnabled(m_group->canUndo());
    m_redo->setEnabled(m_group->canRedo());
    // The platform's Redo keys, and both that editors use where they lack
    // one, Ctrl+Shift+Z and Ctrl+Y (once each: Keyboard Shortcuts lists
    // each key of the action).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redo->setShortcuts(redoKeys);
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();

    auto textAction = [this, menu](const QString &text, QKeySequence::StandardKey key,
                                   const char *name, auto act) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1StringView(name));
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, act] { withText(target(), act); });
        return action;
    };
    m_cut = textAction(tr("Cu&t"), QKeySequence::Cut, "cut", [](auto *w) { w->cut(); });
    m_copy = textAction(tr("&Copy"), QKeySequence::Copy, "copy", [](auto *w) { w->copy(); });
    m_paste = textAction(tr("&Paste"), QKeySequence::Paste, "paste", [](auto *w) { w->paste(); });
    m_selectAll = textAction(tr("Select &All"), QKeySequence::SelectAll, "selectAll",
                             [](auto *w) { w->selectAll(); });
    menu->addSeparator();
    m_find = menu->addAction(tr("&Find…"), this, &EditMenu::findRequested);
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setShortcut(QKeySequence::Find);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // Alt+E gives the focus to the menu bar, then to the menu: the
        // menu still acts for the field that had it before.
        if (qobject_cast<QMenuBar *>(now) || qobject_cast<QMenu *>(now))
            return;
        m_target = now;
        updateActive();
        updateTextActions();
    });
    // The menu is read as it opens, so what it offers is current.
    connect(menu, &QMenu::aboutToShow, this, &EditMenu::updateTextActions);
    updateTextActions();
}

void EditMenu::setStoryStack(QUndoStack *stack, QWidget *storyArea)
{
    if (stack && !m_group->stacks().contains(stack))
        m_group->addStack(stack);
    m_storyStack = stack;
    m_storyArea = storyArea;
    updateActive();
}

void EditMenu::setLibraryStack(QUndoStack *stack)
{
    if (stack && !m_group->stacks().contains(stack))
        m_group->addStack(stack);
    m_libraryStack = stack;
    if (stack)
        connect(stack, &QUndoStack::indexChanged, this, &EditMenu::updateActive,
                Qt::UniqueConnection);
    updateActive();
}

QWidget *EditMenu::target() const
{
    QWidget *focus = QApplication::focusWidget();
    if (qobject_cast<QMenuBar *>(focus) || qobject_cast<QMenu *>(focus))
        return m_target;
    return focus;
}

void EditMenu::updateActive()
{
    QWidget *focus = target();
    const bool inStory =
        m_storyArea && focus && (focus == m_storyArea || m_storyArea->isAncestorOf(focus));
    QUndoStack *active = inStory ? m_storyStack.data() : m_libraryStack.data();
    // With nothing in the library to undo, the story's last step is still
    // the one a creator means, wherever the focus went.
    if (!inStory && m_storyStack && m_storyArea && m_storyArea->isVisible() &&
        (!active || (!active->canUndo() && !active->canRedo())))
        active = m_storyStack;
    m_group->setActiveStack(active);
}

void EditMenu::updateTextActions()
{
    QWidget *focus = target();
    const bool text = withText(focus, [](auto *) {});
    const bool editable = text && !isReadOnly(focus);
    // Off, the keys reach the focused control itself.
    m_cut->setEnabled(editable);
    m_copy->setEnabled(text);
    m_paste->setEnabled(editable);
    m_selectAll->setEnabled(text);
}

} // namespace Spill
