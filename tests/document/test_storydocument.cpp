// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/storydocument.h"
#include "testsupport.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Spill;

namespace {

Story sampleStory()
{
    Story story;
    story.id = 7;
    story.title = QStringLiteral("The Soufflé");
    story.dish = QStringLiteral("Cheese soufflé");
    story.beat(Beat::Intended) = QStringLiteral("A tall soufflé.");
    story.tags = {QStringLiteral("baking")};
    return story;
}

MediaItem photo(const QString &hash, Beat beat, MediaRole role = MediaRole::Step)
{
    MediaItem item;
    item.hash = hash;
    item.file = hash + QStringLiteral(".jpg");
    item.beat = beat;
    item.role = role;
    return item;
}

MediaItem clip(const QString &hash, Beat beat)
{
    MediaItem item = photo(hash, beat);
    item.kind = MediaKind::Video;
    item.file = hash + QStringLiteral(".mp4");
    return item;
}

} // namespace

TEST_CASE("nominal: every field edit is one undoable step named for the menu", "[document]")
{
    StoryDocument document(sampleStory());
    QUndoStack *undo = document.undoStack();

    document.setDish(QStringLiteral("Gruyère soufflé"));
    CHECK(undo->undoText() == QStringLiteral("Dish"));
    document.setFailureKinds({FailureKind::Collapsed});
    CHECK(undo->undoText() == QStringLiteral("What Went Wrong"));
    document.setTags({QStringLiteral("baking"), QStringLiteral("eggs")});
    document.setOutcome(Outcome::Partly);
    document.setStatus(Status::Published);
    document.setPublishedUrl(QStringLiteral("https://example.com/p"));
    document.setRecipeUrl(QStringLiteral("https://example.com/r"));
    CHECK(undo->count() == 7);

    const Story edited = document.story();
    CHECK(edited.dish == QStringLiteral("Gruyère soufflé"));
    CHECK(edited.failureKinds == QList<FailureKind> {FailureKind::Collapsed});
    CHECK(edited.outcome == Outcome::Partly);
    CHECK(edited.status == Status::Published);

    while (undo->canUndo())
        undo->undo();
    CHECK(document.story() == sampleStory());
    while (undo->canRedo())
        undo->redo();
    CHECK(document.story() == edited);
}

TEST_CASE("nominal: views hear which field changed, also on undo", "[document]")
{
    StoryDocument document(sampleStory());
    QSignalSpy fields(&document, &StoryDocument::fieldChanged);
    QSignalSpy changed(&document, &StoryDocument::changed);

    document.setTitle(QStringLiteral("New"));
    document.undoStack()->undo();
    REQUIRE(fields.count() == 2);
    CHECK(fields.at(1).at(0).value<StoryField>() == StoryField::Title);
    CHECK(changed.count() == 2);
    CHECK(document.story().title == QStringLiteral("The Soufflé"));
}

TEST_CASE("nominal: an unchanged value pushes nothing", "[document]")
{
    StoryDocument document(sampleStory());
    document.setTitle(QStringLiteral("The Soufflé"));
    document.setTags({QStringLiteral("baking")});
    document.setOutcome(std::nullopt);
    document.setBeatText(Beat::Intended, QStringLiteral("A tall soufflé."));
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("nominal: typing in a text field merges until the creator moves on", "[document]")
{
    StoryDocument document(sampleStory());
    QUndoStack *undo = document.undoStack();

    document.setTitle(QStringLiteral("The Soufflé T"));
    document.setTitle(QStringLiteral("The Soufflé Th"));
    document.setTitle(QStringLiteral("The Soufflé That"));
    CHECK(undo->count() == 1);

    SECTION("another field in between starts a new step")
    {
        document.setDish(QStringLiteral("x"));
        document.setTitle(QStringLiteral("The Soufflé That W"));
        CHECK(undo->count() == 3);
    }
    SECTION("leaving the field starts a new step")
    {
        document.breakMerge();
        document.setTitle(QStringLiteral("The Soufflé That W"));
        CHECK(undo->count() == 2);
        undo->undo();
        CHECK(document.story().title == QStringLiteral("The Soufflé That"));
    }
    SECTION("one undo takes the whole run back")
    {
        undo->undo();
        CHECK(document.story().title == QStringLiteral("The Soufflé"));
    }
}

TEST_CASE("nominal: the spelling language is saved but not undone", "[document]")
{
    StoryDocument document(sampleStory());
    QSignalSpy changed(&document, &StoryDocument::changed);
    document.setLanguage(QStringLiteral("de_DE"));
    CHECK(document.story().language == QStringLiteral("de_DE"));
    CHECK(changed.count() == 1);
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("nominal: a post's status is followed, saved and not undone", "[document]")
{
    StoryDocument document(sampleStory());
    document.setTitle(QStringLiteral("Edited"));
    const int steps = document.undoStack()->count();
    QSignalSpy changed(&document, &StoryDocument::changed);
    QSignalSpy fields(&document, &StoryDocument::fieldChanged);
    const QString link = QStringLiteral("https://blog.example/souffle/");
    document.followPost(Status::Published, link);
    CHECK(document.story().status == Status::Published);
    CHECK(document.story().publishedUrl == link);
    CHECK(changed.count() == 1);
    CHECK(fields.count() == 2);
    CHECK(document.undoStack()->count() == steps);
    // Undo takes back the creator's edit, not what the blog said.
    document.undoStack()->undo();
    CHECK(document.story().title == sampleStory().title);
    CHECK(document.story().status == Status::Published);
    CHECK(document.story().publishedUrl == link);
    // The same again is no change.
    document.followPost(Status::Published, link);
    CHECK(changed.count() == 2);
}

TEST_CASE("nominal: replace() starts the history afresh and emits no edit", "[document]")
{
    StoryDocument document(sampleStory());
    document.setTitle(QStringLiteral("Edited"));
    QSignalSpy reset(&document, &StoryDocument::reset);
    QSignalSpy changed(&document, &StoryDocument::changed);

    Story restored = sampleStory();
    restored.title = QStringLiteral("Restored");
    document.replace(restored);
    CHECK(document.story().title == QStringLiteral("Restored"));
    CHECK(document.undoStack()->count() == 0);
    CHECK(reset.count() == 1);
    CHECK(changed.count() == 0);
}

TEST_CASE("nominal: media edits are named and undone", "[document][media]")
{
    StoryDocument document(sampleStory());
    QUndoStack *undo = document.undoStack();
    QSignalSpy list(&document, &StoryDocument::mediaListChanged);
    QSignalSpy item(&document, &StoryDocument::mediaItemChanged);

    document.addMedia({photo(QStringLiteral("a"), Beat::Intended, MediaRole::Dream)});
    CHECK(undo->undoText() == QStringLiteral("Add Photo"));
    document.addMedia({clip(QStringLiteral("b"), Beat::WentWrong)});
    CHECK(undo->undoText() == QStringLiteral("Add Clip"));
    CHECK(list.count() == 2);

    MediaItem described = document.story().media.at(0);
    described.alt = QStringLiteral("A tall soufflé");
    document.updateMedia(0, described);
    CHECK(undo->undoText() == QStringLiteral("Describe Photo"));
    CHECK(item.count() == 1);
    CHECK(item.at(0).at(0).toInt() == 0);
    CHECK(list.count() == 2); // an item's edit leaves the list alone

    document.removeMedia(1);
    CHECK(undo->undoText() == QStringLiteral("Remove Clip"));
    CHECK(document.story().media.size() == 1);
    undo->undo();
    REQUIRE(document.story().media.size() == 2);
    CHECK(document.story().media.at(1).hash == QStringLiteral("b"));
}

TEST_CASE("nominal: a caption typed letter by letter comes back whole", "[document][media]")
{
    StoryDocument document(sampleStory());
    document.addMedia({photo(QStringLiteral("a"), Beat::Intended)});
    MediaItem item = document.story().media.at(0);
    for (const QString &caption :
         {QStringLiteral("T"), QStringLiteral("Te"), QStringLiteral("Ten")}) {
        item.caption = caption;
        document.updateMedia(0, item);
    }
    CHECK(document.undoStack()->count() == 2);
    document.undoStack()->undo();
    CHECK(document.story().media.at(0).caption.isEmpty());

    SECTION("but the caption of another item is another step")
    {
        document.undoStack()->redo();
        document.addMedia({photo(QStringLiteral("b"), Beat::Intended)});
        MediaItem second = document.story().media.at(1);
        second.caption = QStringLiteral("Other");
        document.updateMedia(1, second);
        item.caption = QStringLiteral("Tens");
        document.updateMedia(0, item);
        CHECK(document.undoStack()->count() == 5);
    }
}

TEST_CASE("nominal: moving media follows the beat's slots", "[document][media]")
{
    StoryDocument document(sampleStory());
    document.addMedia({photo(QStringLiteral("a"), Beat::Intended),
                       photo(QStringLiteral("b"), Beat::Intended),
                       photo(QStringLiteral("c"), Beat::WentWrong)});
    const int moved = document.moveMedia(2, Beat::Intended, 0);
    CHECK(moved == 0);
    const QList<MediaItem> &media = document.story().media;
    CHECK(media.at(0).hash == QStringLiteral("c"));
    CHECK(media.at(0).beat == Beat::Intended);
    CHECK(document.undoStack()->undoText() == QStringLiteral("Move Photo"));

    document.undoStack()->undo();
    CHECK(document.story().media.at(2).hash == QStringLiteral("c"));
    CHECK(document.story().media.at(2).beat == Beat::WentWrong);

    SECTION("robustness: a move to where it is pushes nothing")
    {
        const int count = document.undoStack()->count();
        document.moveMedia(0, Beat::Intended, 0);
        CHECK(document.undoStack()->count() == count);
    }
    SECTION("robustness: an index out of range changes nothing")
    {
        const Story before = document.story();
        document.removeMedia(9);
        document.updateMedia(-1, MediaItem {});
        document.moveMedia(5, Beat::Lesson, 0);
        CHECK(document.story() == before);
    }
}

TEST_CASE("nominal: headings are typed, picked, hidden and undone per beat", "[document]")
{
    StoryDocument document(sampleStory());
    QUndoStack *undo = document.undoStack();
    QSignalSpy fields(&document, &StoryDocument::fieldChanged);

    // Typing a heading letter by letter is one step.
    QString typed;
    for (QChar c : QStringLiteral("The dream")) {
        typed += c;
        document.setHeading(Beat::Intended, BeatHeading::withText(typed), true);
    }
    CHECK(undo->count() == 1);
    CHECK(undo->undoText() == QStringLiteral("Heading"));
    CHECK(document.story().heading(Beat::Intended) ==
          BeatHeading::withText(QStringLiteral("The dream")));
    CHECK(fields.count() == 9);
    CHECK(fields.last().at(0).value<StoryField>() == StoryField::Headings);

    // Typing in another beat's heading is another step.
    document.setHeading(Beat::Lesson, BeatHeading::withText(QStringLiteral("N")), true);
    document.setHeading(Beat::Lesson, BeatHeading::withText(QStringLiteral("Never")), true);
    CHECK(undo->count() == 2);

    document.setHeading(Beat::Salvage, BeatHeading::hidden());
    CHECK(undo->undoText() == QStringLiteral("Hide Heading"));
    document.setHeading(Beat::Intended, BeatHeading::byDefault());
    CHECK(undo->undoText() == QStringLiteral("Default Heading"));
    CHECK(undo->count() == 4);

    undo->undo();
    CHECK(document.story().heading(Beat::Intended) ==
          BeatHeading::withText(QStringLiteral("The dream")));
    undo->undo();
    CHECK(document.story().heading(Beat::Salvage).isDefault());
    undo->undo();
    CHECK(document.story().heading(Beat::Lesson).isDefault());
    undo->undo();
    CHECK(document.story().headings == sampleStory().headings);
    undo->redo();
    CHECK(document.story().heading(Beat::Intended) ==
          BeatHeading::withText(QStringLiteral("The dream")));

    // The same heading again pushes nothing.
    document.setHeading(Beat::Intended, BeatHeading::withText(QStringLiteral("The dream")));
    CHECK(undo->count() == 4);
}
