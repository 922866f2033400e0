// SPDX-License-Identifier: GPL-3.0-or-later
// Typing in a beat: how edits become undo steps and what views are told.
#include "document/storydocument.h"
#include "testsupport.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Spill;

namespace {

// Types `text` one character at a time at the end of the beat, as a key
// press each would.
void type(StoryDocument &document, Beat beat, const QString &text)
{
    for (QChar c : text)
        document.editBeat(beat, int(document.story().beat(beat).size()), 0, QString(c));
}

void backspace(StoryDocument &document, Beat beat, int times)
{
    for (int i = 0; i < times; ++i)
        document.editBeat(beat, int(document.story().beat(beat).size()) - 1, 1, {});
}

} // namespace

TEST_CASE("nominal: typing merges a word at a time", "[document][typing]")
{
    StoryDocument document;
    QUndoStack *undo = document.undoStack();

    type(document, Beat::WentWrong, QStringLiteral("It sank "));
    CHECK(document.story().beat(Beat::WentWrong) == QStringLiteral("It sank "));
    CHECK(undo->count() == 2); // "It " and "sank "
    CHECK(undo->undoText() == QStringLiteral("Typing"));

    undo->undo();
    CHECK(document.story().beat(Beat::WentWrong) == QStringLiteral("It "));
    undo->redo();
    CHECK(document.story().beat(Beat::WentWrong) == QStringLiteral("It sank "));

    SECTION("a new line starts a step of its own")
    {
        type(document, Beat::WentWrong, QStringLiteral("\nthen"));
        CHECK(undo->count() == 4);
        undo->undo();
        CHECK(document.story().beat(Beat::WentWrong) == QStringLiteral("It sank \n"));
    }
    SECTION("another beat starts a step of its own")
    {
        type(document, Beat::Lesson, QStringLiteral("x"));
        type(document, Beat::WentWrong, QStringLiteral("x"));
        CHECK(undo->count() == 4);
    }
    SECTION("a cursor moved elsewhere starts a step of its own")
    {
        document.editBeat(Beat::WentWrong, 0, 0, QStringLiteral("S"));
        CHECK(undo->count() == 3);
    }
}

TEST_CASE("nominal: Backspace and Delete in a row are one step", "[document][typing]")
{
    StoryDocument document;
    document.setBeatText(Beat::Salvage, QStringLiteral("Binned it all"));
    QUndoStack *undo = document.undoStack();
    const int before = undo->count();

    backspace(document, Beat::Salvage, 4);
    CHECK(document.story().beat(Beat::Salvage) == QStringLiteral("Binned it"));
    CHECK(undo->count() == before + 1);
    CHECK(undo->undoText() == QStringLiteral("Delete"));

    document.editBeat(Beat::Salvage, 0, 1, {});
    document.editBeat(Beat::Salvage, 0, 1, {});
    CHECK(document.story().beat(Beat::Salvage) == QStringLiteral("nned it"));
    CHECK(undo->count() == before + 2);

    undo->undo();
    undo->undo();
    CHECK(document.story().beat(Beat::Salvage) == QStringLiteral("Binned it all"));
}

TEST_CASE("nominal: views are told each change, with its place, also on undo", "[document][typing]")
{
    StoryDocument document;
    QSignalSpy edits(&document, &StoryDocument::beatEdited);
    document.setBeatText(Beat::Lesson, QStringLiteral("Fold gently."));
    document.setBeatText(Beat::Lesson, QStringLiteral("Fold very gently."));

    REQUIRE(edits.count() == 2);
    // Only the part that differs: "very " inserted at 5.
    CHECK(edits.at(1).at(1).toInt() == 5);
    CHECK(edits.at(1).at(2).toInt() == 0);
    CHECK(edits.at(1).at(3).toString() == QStringLiteral("very "));

    document.undoStack()->undo();
    REQUIRE(edits.count() == 3);
    CHECK(edits.at(2).at(0).value<Beat>() == Beat::Lesson);
    CHECK(edits.at(2).at(1).toInt() == 5);
    CHECK(edits.at(2).at(2).toInt() == 5);
    CHECK(edits.at(2).at(3).toString().isEmpty());
    CHECK(document.story().beat(Beat::Lesson) == QStringLiteral("Fold gently."));
}

TEST_CASE("robustness: edits past the end are clamped to the text", "[document][typing]")
{
    StoryDocument document;
    document.setBeatText(Beat::Intended, QStringLiteral("abc"));
    document.editBeat(Beat::Intended, 10, 5, QStringLiteral("d"));
    CHECK(document.story().beat(Beat::Intended) == QStringLiteral("abcd"));
    document.editBeat(Beat::Intended, -3, 100, {});
    CHECK(document.story().beat(Beat::Intended).isEmpty());
    document.undoStack()->undo();
    CHECK(document.story().beat(Beat::Intended) == QStringLiteral("abcd"));
}

TEST_CASE("nominal: typing at the end of a megabyte beat undoes to the same megabyte",
          "[document][typing]")
{
    StoryDocument document;
    const QString big(1'000'000, QLatin1Char('x'));
    document.setBeatText(Beat::WentWrong, big);
    type(document, Beat::WentWrong, QStringLiteral(" end"));
    CHECK(document.story().beat(Beat::WentWrong).size() == big.size() + 4);
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(document.story().beat(Beat::WentWrong) == big);
}
