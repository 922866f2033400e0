// SPDX-License-Identifier: GPL-3.0-or-later
// The Edit menu's Undo and Redo: named for the step, in each language's own
// word order, and plain when there is no step.
#include "shell/editmenu.h"
#include "testsupport.h"

#include <QAction>
#include <QMenu>
#include <QTranslator>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Spill;
using namespace Qt::StringLiterals;

TEST_CASE("edit menu: undo and redo name the step, and only themselves without one")
{
    QMenu menu;
    EditMenu edit(&menu);
    QUndoStack library;
    edit.setLibraryStack(&library);
    CHECK(edit.undoAction()->text() == u"&Undo"_s);
    CHECK_FALSE(edit.undoAction()->isEnabled());
    CHECK(edit.redoAction()->text() == u"&Redo"_s);

    library.push(new QUndoCommand(u"Move to Trash"_s));
    CHECK(edit.undoAction()->text() == u"&Undo Move to Trash"_s);
    CHECK(edit.undoAction()->isEnabled());
    edit.undoAction()->trigger();
    CHECK(library.index() == 0);
    CHECK(edit.undoAction()->text() == u"&Undo"_s);
    CHECK(edit.redoAction()->text() == u"&Redo Move to Trash"_s);
    edit.redoAction()->trigger();
    CHECK(library.index() == 1);

    SECTION("nominal: in German, no dangling colon when there is no step")
    {
        QTranslator german;
        REQUIRE(german.load(u"spill_de"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&german);
        QMenu germanMenu;
        EditMenu germanEdit(&germanMenu);
        QUndoStack stack;
        germanEdit.setLibraryStack(&stack);
        CHECK(germanEdit.undoAction()->text() == u"&Rückgängig"_s);
        stack.push(new QUndoCommand(u"Titel"_s));
        CHECK(germanEdit.undoAction()->text() == u"&Rückgängig: Titel"_s);
        QCoreApplication::removeTranslator(&german);
    }
}
