// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/beatedit.h"
#include "editor/editorposition.h"
#include "editor/storyeditor.h"
#include "editorundo.h"
#include "testsupport.h"

#include <QApplication>
#include <QScrollBar>
#include <QTest>

using namespace Spill;

namespace {

struct ShownEditor
{
    StoryEditor editor;
    Test::EditorUndo undo {editor};

    ShownEditor()
    {
        editor.resize(1000, 700);
        editor.show();
        editor.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&editor));
    }
};

} // namespace

TEST_CASE("beat editor: Markdown shortcuts and undo")
{
    ShownEditor shown;
    StoryEditor &editor = shown.editor;
    Story story;
    story.beat(Beat::Salvage) = QStringLiteral("a word here");
    editor.setStory(story);
    editor.focusBeat(Beat::Salvage);
    auto *edit = qobject_cast<BeatEdit *>(editor.beatEditor(Beat::Salvage));
    REQUIRE(edit);

    const auto select = [edit](int from, int to) {
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
    };

    SECTION("nominal: Ctrl+B wraps the selection in bold and toggles it off again")
    {
        select(2, 6);
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a **word** here"));
        CHECK(edit->textCursor().selectedText() == QStringLiteral("word"));
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a word here"));
    }

    SECTION("nominal: a selection that includes the markers unwraps too")
    {
        edit->setPlainText(QStringLiteral("a **word** here"));
        select(2, 10);
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a word here"));
    }

    SECTION("nominal: Ctrl+I makes italic, and italic inside bold is told apart")
    {
        select(2, 6);
        QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a *word* here"));
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a ***word*** here"));
        QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a **word** here"));
    }

    SECTION("nominal: with no selection the word under the cursor is wrapped")
    {
        select(4, 4);
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a **word** here"));
    }

    SECTION("nominal: Ctrl+K makes a link and puts the cursor where its address goes")
    {
        select(2, 6);
        QTest::keyClick(edit, Qt::Key_K, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a [word]() here"));
        QTest::keyClicks(edit, QStringLiteral("https://x.example"));
        CHECK(edit->toPlainText() == QStringLiteral("a [word](https://x.example) here"));
        select(2, 27);
        QTest::keyClick(edit, Qt::Key_K, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a word here"));
    }

    SECTION("nominal: one undo takes a shortcut back whole")
    {
        select(2, 6);
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a word here"));
    }

    SECTION("nominal: undo goes back a word at a time but never past setStory")
    {
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral(" and more"));
        CHECK(edit->toPlainText() == QStringLiteral("a word here and more"));
        CHECK(editor.story().beat(Beat::Salvage) == QStringLiteral("a word here and more"));
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a word here and "));
        for (int i = 0; i < 50; ++i)
            QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a word here"));
        CHECK(editor.story().beat(Beat::Salvage) == QStringLiteral("a word here"));
        CHECK_FALSE(editor.document()->undoStack()->canUndo());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(edit->toPlainText() == QStringLiteral("a word here and more"));
        // The beat's own editor keeps no history that could disagree.
        CHECK_FALSE(edit->document()->isUndoAvailable());
    }

    SECTION("robustness: loading another story clears the undo history")
    {
        QTest::keyClicks(edit, QStringLiteral("typed "));
        Story next;
        next.beat(Beat::Salvage) = QStringLiteral("second story");
        editor.setStory(next);
        CHECK_FALSE(editor.document()->undoStack()->canUndo());
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        CHECK(edit->toPlainText() == QStringLiteral("second story"));
    }

    SECTION("nominal: clicks land on the character under the mouse despite the line spacing")
    {
        edit->setInitialText(QStringLiteral("first line\nsecond line\n\nfourth line here"));
        QApplication::processEvents();
        for (int target : {3, 14, 29}) {
            INFO(target);
            QTextCursor probe(edit->document());
            probe.setPosition(target);
            const QRect rect = edit->cursorRect(probe);
            QTest::mouseClick(edit->viewport(), Qt::LeftButton, {},
                              QPoint(rect.left() + 1, rect.center().y()));
            CHECK(edit->textCursor().position() == target);
        }
        // Lines really are spaced wider than the font's own line height.
        QTextCursor second(edit->document());
        second.setPosition(14);
        QTextCursor first(edit->document());
        first.setPosition(3);
        CHECK(edit->cursorRect(second).top() - edit->cursorRect(first).top() >
              edit->fontMetrics().height() * 1.3);
    }

    SECTION("nominal: the editor grows with its text instead of scrolling")
    {
        const int before = edit->height();
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(edit, Qt::Key_Return);
        CHECK(edit->height() > before);
        CHECK(edit->height() == edit->contentHeight());
    }
}

TEST_CASE("editor position: a compact text form")
{
    SECTION("nominal: positions survive their text form")
    {
        for (const EditorPosition &position :
             {EditorPosition {EditorPosition::Field::Beat, Beat::CallToAction, 120},
              EditorPosition {EditorPosition::Field::Title, Beat::Intended, 0},
              EditorPosition {EditorPosition::Field::Tags, Beat::Intended, 4}}) {
            INFO(position.toString().toStdString());
            CHECK(EditorPosition::fromString(position.toString()) == position);
        }
        CHECK(EditorPosition {EditorPosition::Field::Beat, Beat::Lesson, 3}.toString() ==
              QStringLiteral("beat:lesson:3"));
    }

    SECTION("robustness: malformed text is refused")
    {
        for (const char *text : {"", "beat", "beat:lesson", "beat:outro:3", "title:-1", "title:x",
                                 "notes:3", "title:1:2"}) {
            INFO(text);
            CHECK_FALSE(EditorPosition::fromString(QString::fromLatin1(text)).has_value());
        }
    }
}

TEST_CASE("beat editor: a very long beat")
{
    ShownEditor shown;
    QString text;
    for (int i = 0; text.size() < 1024 * 1024; ++i)
        text += QStringLiteral("Line %1 with *some* emphasis, a [link](https://example.org/%1) "
                               "and `code`.\n\n")
                    .arg(i);
    Story story;
    story.beat(Beat::Salvage) = text;
    shown.editor.setStory(story);
    auto *edit = qobject_cast<BeatEdit *>(shown.editor.beatEditor(Beat::Salvage));
    REQUIRE(edit);

    SECTION("robustness: 1 MB scrolls in a box of its own instead of growing")
    {
        CHECK(edit->isScrolling());
        CHECK(edit->height() < shown.editor.height());
        CHECK(edit->verticalScrollBar()->maximum() > 0);
        // Short beats grow with their text and never scroll.
        CHECK_FALSE(qobject_cast<BeatEdit *>(shown.editor.beatEditor(Beat::Lesson))->isScrolling());
    }

    SECTION("nominal: it is edited like any beat, and grows again once short")
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("The end."));
        CHECK(edit->toPlainText().endsWith(QStringLiteral("The end.")));
        CHECK(shown.editor.story().beat(Beat::Salvage).endsWith(QStringLiteral("The end.")));

        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Short again."));
        CHECK_FALSE(edit->isScrolling());
        CHECK(edit->verticalScrollBar()->maximum() == 0);
    }
}
