// SPDX-License-Identifier: GPL-3.0-or-later
// "What I changed" in the editor: rows added, typed, ticked and removed by
// keyboard go to the story document, and its undo shows in the table.
#include "document/storydocument.h"
#include "editor/changesedit.h"
#include "editor/storyeditor.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Spill;
using namespace Qt::StringLiterals;

namespace {

QString cell(const ChangesEdit &edit, int row, int column)
{
    const QTableWidgetItem *item = edit.table()->item(row, column);
    REQUIRE(item);
    return item->text();
}

// Types into the current cell as a creator does: typing starts the editor,
// Return commits it.
void typeInto(ChangesEdit &edit, int row, int column, const QString &text)
{
    QTableWidget *table = edit.table();
    const bool editing = table->isAncestorOf(QApplication::focusWidget()) &&
        table->currentRow() == row && table->currentColumn() == column;
    if (!editing) {
        table->setFocus();
        table->setCurrentCell(row, column);
        QTest::keyClicks(table, text.left(1)); // the first key opens the cell
    } else {
        QTest::keyClicks(QApplication::focusWidget(), text.left(1));
    }
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    REQUIRE(editor != table);
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor on the next turn of the loop.
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == table; }, 5000));
}

} // namespace

TEST_CASE("changes edit: what I changed from the recipe, a view of the document")
{
    StoryDocument document(Story {});
    ChangesEdit edit;
    edit.resize(900, 400);
    edit.setDocument(&document);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));

    SECTION("nominal: folded while empty; a row added, typed and ticked reaches the story")
    {
        CHECK_FALSE(edit.isExpanded());
        edit.addButton()->click();
        CHECK(edit.isExpanded());
        REQUIRE(document.story().changes.size() == 1);
        CHECK(edit.toggle()->text().contains(u"(1)"_s));

        typeInto(edit, 0, ChangesEdit::SubjectColumn, u"yeast"_s);
        typeInto(edit, 0, ChangesEdit::PlannedColumn, u"fresh"_s);
        typeInto(edit, 0, ChangesEdit::ActualColumn, u"old dried"_s);
        edit.table()->setCurrentCell(0, ChangesEdit::CauseColumn);
        QTest::keyClick(edit.table(), Qt::Key_Space);
        const Deviation expected {DeviationKind::Ingredient, u"yeast"_s, u"fresh"_s, u"old dried"_s,
                                  true};
        REQUIRE(document.story().changes == QList<Deviation> {expected});

        // The kind, picked from the list.
        edit.table()->setCurrentCell(0, ChangesEdit::KindColumn);
        edit.table()->editItem(edit.table()->item(0, ChangesEdit::KindColumn));
        auto *box = qobject_cast<QComboBox *>(QApplication::focusWidget());
        REQUIRE(box);
        box->setCurrentIndex(box->findData(deviationKindKey(DeviationKind::Temperature)));
        QTest::keyClick(box, Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == edit.table(); },
                                5000));
        CHECK(document.story().changes.at(0).kind == DeviationKind::Temperature);
        CHECK(cell(edit, 0, ChangesEdit::KindColumn) == u"Temperature"_s);
    }

    SECTION("nominal: undo and redo show in the table; removing is a step of its own")
    {
        edit.addButton()->click();
        typeInto(edit, 0, ChangesEdit::SubjectColumn, u"oven"_s);
        edit.addButton()->click();
        typeInto(edit, 1, ChangesEdit::SubjectColumn, u"timer"_s);
        REQUIRE(document.story().changes.size() == 2);

        edit.table()->setCurrentCell(0, ChangesEdit::SubjectColumn);
        edit.removeButton()->click();
        REQUIRE(document.story().changes.size() == 1);
        CHECK(cell(edit, 0, ChangesEdit::SubjectColumn) == u"timer"_s);
        CHECK(document.undoStack()->undoText() == u"What I changed"_s);

        document.undoStack()->undo();
        REQUIRE(edit.table()->rowCount() == 2);
        CHECK(cell(edit, 0, ChangesEdit::SubjectColumn) == u"oven"_s);
        CHECK(cell(edit, 1, ChangesEdit::SubjectColumn) == u"timer"_s);
        document.undoStack()->redo();
        CHECK(edit.table()->rowCount() == 1);
    }

    SECTION("nominal: a story that has changes opens with them shown")
    {
        Story story;
        story.changes = {{DeviationKind::Tool, u"tin"_s, u"20 cm"_s, u"26 cm"_s, false}};
        StoryDocument other(story);
        edit.setDocument(&other);
        CHECK(edit.isExpanded());
        REQUIRE(edit.table()->rowCount() == 1);
        CHECK(cell(edit, 0, ChangesEdit::ActualColumn) == u"26 cm"_s);
        CHECK(edit.table()->item(0, ChangesEdit::CauseColumn)->checkState() == Qt::Unchecked);
        edit.setDocument(&document);
        CHECK(edit.table()->rowCount() == 0);
    }
}

TEST_CASE("changes edit: sits under what went wrong in the editor")
{
    StoryEditor editor;
    StoryDocument document(Story {});
    editor.setDocument(&document);
    REQUIRE(editor.changesEdit());
    CHECK(editor.changesEdit()->isVisibleTo(&editor));
    editor.changesEdit()->addButton()->click();
    CHECK(document.story().changes.size() == 1);
}
