// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUndoStack>

class QAction;
class QMenu;
class QUndoGroup;
class QWidget;

namespace Spill {

// The Edit menu: Undo and Redo, named for the step they take ("Undo Add
// Photo"), then Cut, Copy, Paste, Select All and Find.
//
// Undo follows the focus: inside the story being written it undoes the
// story's edits (each story keeps its own history for the session);
// anywhere else, the library's (a story moved to the trash, a tag added).
// Cut, Copy, Paste and Select All act on the text field with the focus;
// with none, they are off and their keys reach the focused control (a
// media strip pastes photos).
class EditMenu : public QObject
{
    Q_OBJECT

public:
    explicit EditMenu(QMenu *menu);

    // The open story's history, and the widget whose focus means "inside
    // the story". Either may be null.
    void setStoryStack(QUndoStack *stack, QWidget *storyArea);
    void setLibraryStack(QUndoStack *stack);

    QUndoGroup *undoGroup() const { return m_group; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *findAction() const { return m_find; }

signals:
    void findRequested();

private:
    // The widget the menu acts for: the focus, or while the menu bar or a
    // menu has it (opened from the keyboard), the one that had it before.
    QWidget *target() const;
    void updateActive();
    void updateTextActions();

    QUndoGroup *m_group;
    QPointer<QUndoStack> m_storyStack;
    QPointer<QUndoStack> m_libraryStack;
    QPointer<QWidget> m_storyArea;
    QPointer<QWidget> m_target;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_find = nullptr;
};

} // namespace Spill
