// SPDX-License-Identifier: GPL-3.0-or-later
// "The fixed recipe" in the editor: lines typed go to the story document
// as one undo step per field, and its undo shows in the edits.
#include "document/storydocument.h"
#include "editor/fixedrecipeedit.h"
#include "testsupport.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QToolButton>

using namespace Spill;
using namespace Qt::StringLiterals;

TEST_CASE("fixed recipe edit: ingredients and method, a view of the document")
{
    StoryDocument document(Story {});
    FixedRecipeEdit edit;
    edit.resize(900, 400);
    edit.setDocument(&document);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));

    SECTION("nominal: folded while empty; lines typed become entries of the story")
    {
        CHECK_FALSE(edit.isExpanded());
        CHECK_FALSE(edit.ingredientsEdit()->isVisible());
        QTest::keyClick(edit.toggle(), Qt::Key_Space);
        REQUIRE(edit.isExpanded());
        REQUIRE(edit.ingredientsEdit()->isVisible());

        edit.ingredientsEdit()->setFocus();
        QTest::keyClicks(edit.ingredientsEdit(), u"4 eggs"_s);
        QTest::keyClick(edit.ingredientsEdit(), Qt::Key_Return);
        QTest::keyClicks(edit.ingredientsEdit(), u"50 g Gruyere"_s);
        // Tab goes on to the method instead of typing a tab.
        QTest::keyClick(edit.ingredientsEdit(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == edit.stepsEdit());
        QTest::keyClicks(edit.stepsEdit(), u"Keep the door shut."_s);

        const FixedRecipe recipe = document.story().fixedRecipe;
        CHECK(recipe.ingredients == QStringList {u"4 eggs"_s, u"50 g Gruyere"_s});
        CHECK(recipe.steps == QStringList {u"Keep the door shut."_s});
        // Typing in a field is one step, whatever its length.
        CHECK(document.undoStack()->count() == 2);
        CHECK(document.undoStack()->undoText() == u"The fixed recipe"_s);
    }

    SECTION("nominal: undo and redo show in the edits")
    {
        edit.setExpanded(true);
        edit.stepsEdit()->setFocus();
        QTest::keyClicks(edit.stepsEdit(), u"Whisk."_s);
        REQUIRE(document.story().fixedRecipe.steps == QStringList {u"Whisk."_s});
        document.undoStack()->undo();
        CHECK(edit.stepsEdit()->toPlainText().isEmpty());
        CHECK(document.story().fixedRecipe.isEmpty());
        document.undoStack()->redo();
        CHECK(edit.stepsEdit()->toPlainText() == u"Whisk."_s);
    }

    SECTION("nominal: a story that has a fixed recipe opens with it shown; read-only stays so")
    {
        Story story;
        story.fixedRecipe = {{u"flour"_s, u"yeast"_s}, {u"Proof it."_s}};
        StoryDocument other(story);
        edit.setDocument(&other);
        CHECK(edit.isExpanded());
        CHECK(edit.ingredientsEdit()->toPlainText() == u"flour\nyeast"_s);
        CHECK(edit.stepsEdit()->toPlainText() == u"Proof it."_s);
        edit.setReadOnly(true);
        edit.ingredientsEdit()->setFocus();
        QTest::keyClicks(edit.ingredientsEdit(), u"x"_s);
        CHECK(other.story().fixedRecipe == story.fixedRecipe);
        CHECK(other.undoStack()->count() == 0);

        edit.setReadOnly(false);
        edit.setDocument(&document);
        CHECK(edit.ingredientsEdit()->toPlainText().isEmpty());
        CHECK(document.story().fixedRecipe.isEmpty());
    }
}
