// SPDX-License-Identifier: GPL-3.0-or-later
// A story editor shown on its own gets the Edit menu's Undo and Redo the
// main window gives it, so tests press Ctrl+Z as a creator would.
#pragma once

#include "document/storydocument.h"
#include "editor/storyeditor.h"
#include "shell/editmenu.h"

#include <QMenu>

namespace Spill::Test {

struct EditorUndo
{
    QMenu menu;
    EditMenu *edit = new EditMenu(&menu); // owned by the menu

    explicit EditorUndo(StoryEditor &editor)
    {
        editor.addActions(menu.actions());
        edit->setStoryStack(editor.document()->undoStack(), &editor);
        QObject::connect(edit, &EditMenu::findRequested, &editor, &StoryEditor::showFind);
        QObject::connect(
            &editor, &StoryEditor::documentChanged, edit, [this, &editor](StoryDocument *document) {
                edit->setStoryStack(document ? document->undoStack() : nullptr, &editor);
            });
    }
};

} // namespace Spill::Test
