// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo of every kind of story edit, by keyboard, as the Edit menu
// gives them: the field shows the undone value and the story holds it.
#include "document/storydocument.h"
#include "editor/beatedit.h"
#include "editor/beatsection.h"
#include "editor/chipgroup.h"
#include "editor/findbar.h"
#include "editor/headingedit.h"
#include "editor/metadatapanel.h"
#include "editor/storyeditor.h"
#include "editor/tagedit.h"
#include "editorundo.h"
#include "shell/editmenu.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Spill;

namespace {

Story startingStory()
{
    Story story;
    story.id = 3;
    story.title = QStringLiteral("Split custard");
    story.dish = QStringLiteral("Crème anglaise");
    story.recipeUrl = QStringLiteral("https://example.com/custard");
    story.beat(Beat::WentWrong) = QStringLiteral("It curdled.");
    story.failureKinds = {FailureKind::SplitOrCurdled};
    story.tags = {QStringLiteral("eggs")};
    story.outcome = Outcome::Rescued;
    story.status = Status::Draft;
    return story;
}

struct UndoFixture
{
    StoryEditor editor;
    Test::EditorUndo undo {editor};

    UndoFixture()
    {
        editor.resize(1100, 800);
        editor.setStory(startingStory());
        editor.show();
        editor.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&editor));
    }

    QAction *undoAction() const { return undo.edit->undoAction(); }

    void pressUndo()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    }
    void pressRedo()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
    }

    void typeInto(QWidget *field, const QString &text)
    {
        field->setFocus(Qt::TabFocusReason);
        REQUIRE(QTest::qWaitFor([field] { return field->hasFocus(); }));
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->end(false);
        QTest::keyClicks(field, text);
    }
};

} // namespace

TEST_CASE("story undo: every field edit undoes and redoes by keyboard", "[gui][undo]")
{
    UndoFixture f;
    MetadataPanel *panel = f.editor.metadata();
    const Story start = startingStory();

    SECTION("nominal: the title, named in the Edit menu")
    {
        f.typeInto(panel->titleEdit(), QStringLiteral(" again"));
        CHECK(f.editor.story().title == QStringLiteral("Split custard again"));
        CHECK(f.undoAction()->text() == QStringLiteral("&Undo Title"));
        f.pressUndo();
        CHECK(panel->titleEdit()->text() == start.title);
        CHECK(f.editor.story().title == start.title);
        f.pressRedo();
        CHECK(panel->titleEdit()->text() == QStringLiteral("Split custard again"));
        CHECK(f.editor.story().title == QStringLiteral("Split custard again"));
    }

    SECTION("nominal: Ctrl+Y redoes as Ctrl+Shift+Z does, in a field and in a beat")
    {
        f.typeInto(panel->titleEdit(), QStringLiteral(" again"));
        f.pressUndo();
        REQUIRE(f.editor.story().title == start.title);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
        CHECK(panel->titleEdit()->text() == QStringLiteral("Split custard again"));
        CHECK(f.editor.story().title == QStringLiteral("Split custard again"));

        BeatEdit *beat = f.editor.section(Beat::Lesson)->editor();
        f.typeInto(beat, QStringLiteral("Temper"));
        f.pressUndo();
        REQUIRE(f.editor.story().beat(Beat::Lesson).isEmpty());
        QTest::keyClick(beat, Qt::Key_Y, Qt::ControlModifier);
        CHECK(f.editor.story().beat(Beat::Lesson) == QStringLiteral("Temper"));
        CHECK(beat->toPlainText() == QStringLiteral("Temper"));
    }

    SECTION("nominal: the dish and the recipe link")
    {
        f.typeInto(panel->dishEdit(), QStringLiteral(" (vanilla)"));
        f.typeInto(panel->recipeUrlEdit(), QStringLiteral("/v2"));
        CHECK(f.undoAction()->text() == QStringLiteral("&Undo Recipe Link"));
        f.pressUndo();
        CHECK(panel->recipeUrlEdit()->text() == start.recipeUrl);
        CHECK(f.editor.story().dish == QStringLiteral("Crème anglaise (vanilla)"));
        f.pressUndo();
        CHECK(panel->dishEdit()->text() == start.dish);
        CHECK(f.editor.story() == start);
    }

    SECTION("nominal: a failure kind chip")
    {
        QToolButton *burnt = panel->chips()->chips().first();
        burnt->setFocus(Qt::TabFocusReason);
        QTest::keyClick(burnt, Qt::Key_Space);
        REQUIRE(f.editor.story().failureKinds.contains(FailureKind::Burnt));
        f.pressUndo();
        CHECK_FALSE(burnt->isChecked());
        CHECK(f.editor.story().failureKinds == start.failureKinds);
        f.pressRedo();
        CHECK(burnt->isChecked());
    }

    SECTION("nominal: tags typed are one step")
    {
        f.typeInto(panel->tagEdit(), QStringLiteral(", dairy"));
        REQUIRE(f.editor.story().tags ==
                QStringList {QStringLiteral("eggs"), QStringLiteral("dairy")});
        f.pressUndo();
        CHECK(f.editor.story().tags == start.tags);
        CHECK(panel->tagEdit()->tags() == start.tags);
    }

    SECTION("nominal: outcome and status chosen from the keyboard")
    {
        panel->outcomeBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(panel->outcomeBox(), Qt::Key_Down);
        REQUIRE(f.editor.story().outcome != start.outcome);
        panel->statusBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(panel->statusBox(), Qt::Key_Down);
        REQUIRE(f.editor.story().status != start.status);
        CHECK(f.undoAction()->text() == QStringLiteral("&Undo Status"));
        f.pressUndo();
        CHECK(f.editor.story().status == start.status);
        CHECK(panel->statusBox()->currentData().toInt() == int(start.status));
        f.pressUndo();
        CHECK(f.editor.story().outcome == start.outcome);
        CHECK(panel->outcomeBox()->currentData().toInt() == int(*start.outcome));
    }

    SECTION("nominal: a beat's heading typed, picked from its menu and hidden")
    {
        HeadingEdit *heading = f.editor.section(Beat::Salvage)->heading();
        QLineEdit *line = heading->lineEdit();
        // A new story shows the default heading readers will see.
        CHECK(line->text() == QStringLiteral("The rescue"));

        line->setFocus(Qt::TabFocusReason);
        REQUIRE(QTest::qWaitFor([line] { return line->hasFocus(); }));
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("Toast to the rescue"));
        CHECK(f.editor.story().heading(Beat::Salvage) ==
              BeatHeading::withText(QStringLiteral("Toast to the rescue")));
        CHECK(f.undoAction()->text() == QStringLiteral("&Undo Heading"));

        // Alt+Down opens the suggestions; "No Heading" is the last entry.
        QMenu *menu = heading->menuButton()->menu();
        QTimer::singleShot(0, menu, [menu] {
            QAction *none = menu->actions().constLast();
            REQUIRE(none->text() == QStringLiteral("&No Heading"));
            none->trigger();
            menu->close();
        });
        QTest::keyClick(line, Qt::Key_Down, Qt::AltModifier);
        CHECK(f.editor.story().heading(Beat::Salvage).isHidden());
        CHECK(line->text().isEmpty());
        CHECK(f.undoAction()->text() == QStringLiteral("&Undo Hide Heading"));

        f.editor.activateWindow();
        line->setFocus(Qt::TabFocusReason);
        REQUIRE(QTest::qWaitFor([line] { return line->hasFocus(); }));
        f.pressUndo();
        CHECK(line->text() == QStringLiteral("Toast to the rescue"));
        f.pressUndo();
        CHECK(line->text() == QStringLiteral("The rescue"));
        CHECK(f.editor.story() == start);
        f.pressRedo();
        CHECK(f.editor.story().heading(Beat::Salvage) ==
              BeatHeading::withText(QStringLiteral("Toast to the rescue")));
    }

    SECTION("nominal: typing in a beat, and the cursor lands where the text changed")
    {
        QPlainTextEdit *beat = f.editor.beatEditor(Beat::WentWrong);
        beat->setFocus(Qt::TabFocusReason);
        beat->moveCursor(QTextCursor::End);
        QTest::keyClicks(beat, QStringLiteral(" Badly."));
        CHECK(f.undoAction()->text() == QStringLiteral("&Undo Typing"));
        f.pressUndo();
        CHECK(beat->toPlainText() == QStringLiteral("It curdled. "));
        CHECK(beat->textCursor().position() == int(beat->toPlainText().size()));
        f.pressUndo();
        CHECK(beat->toPlainText() == start.beat(Beat::WentWrong));
        CHECK(f.editor.story() == start);
    }

    SECTION("nominal: undo works from any field inside the story")
    {
        f.typeInto(panel->titleEdit(), QStringLiteral("!"));
        QPlainTextEdit *lesson = f.editor.beatEditor(Beat::Lesson);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
        REQUIRE(lesson->hasFocus());
        f.pressUndo();
        CHECK(f.editor.story().title == start.title);
        CHECK(panel->titleEdit()->text() == start.title);
    }

    SECTION("robustness: the line edits' own undo does not run beside the story's")
    {
        f.typeInto(panel->dishEdit(), QStringLiteral("xyz"));
        f.pressUndo();
        f.pressUndo(); // nothing left: the field must not undo on its own
        CHECK(panel->dishEdit()->text() == start.dish);
        CHECK(f.editor.story() == start);
    }
}

TEST_CASE("story undo: a story shown again starts with no history", "[gui][undo]")
{
    UndoFixture f;
    f.typeInto(f.editor.metadata()->titleEdit(), QStringLiteral(" 2"));
    f.editor.setStory(startingStory());
    CHECK_FALSE(f.undoAction()->isEnabled());
}

TEST_CASE("story find: Edit ▸ Find goes through the beats and round", "[gui][find]")
{
    UndoFixture f;
    Story story = startingStory();
    story.beat(Beat::Intended) = QStringLiteral("A smooth custard.");
    story.beat(Beat::Lesson) = QStringLiteral("Temper the custard slowly.");
    f.editor.setStory(story);
    f.editor.focusBeat(Beat::Intended);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return f.editor.findBar()->field()->hasFocus(); }));
    QTest::keyClicks(f.editor.findBar()->field(), QStringLiteral("custard"));
    QTest::keyClick(f.editor.findBar()->field(), Qt::Key_Return);
    CHECK(f.editor.currentBeat() == Beat::Intended);
    CHECK(f.editor.beatEditor(Beat::Intended)->textCursor().selectedText() ==
          QStringLiteral("custard"));

    QTest::keyClick(f.editor.findBar()->field(), Qt::Key_Return);
    CHECK(f.editor.currentBeat() == Beat::Lesson);
    QTest::keyClick(f.editor.findBar()->field(), Qt::Key_Return);
    CHECK(f.editor.currentBeat() == Beat::Intended); // round again

    QTest::keyClick(f.editor.findBar()->field(), Qt::Key_Return, Qt::ShiftModifier);
    CHECK(f.editor.currentBeat() == Beat::Lesson);

    CHECK_FALSE(f.editor.find(QStringLiteral("soufflé")));
    QTest::keyClick(f.editor.findBar()->field(), Qt::Key_Escape);
    CHECK_FALSE(f.editor.findBar()->isVisible());
    CHECK(f.editor.beatEditor(Beat::Lesson)->hasFocus());
}
