// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Spill;
using namespace Spill::Test;

namespace {

// The story as the library gives it back: media ids assigned, files by name.
Story withoutMediaIds(Story story)
{
    for (MediaItem &item : story.media)
        item.id = 0;
    return story;
}

} // namespace

TEST_CASE("library: creating, reading and saving stories")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("my library"));
    auto library = openLibrary(folder);

    SECTION("nominal: a new library creates its folder and database")
    {
        CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("library.sqlite"))));
        CHECK(library->listStories({}).isEmpty());
    }

    SECTION("nominal: every field comes back as it was saved, media in order")
    {
        Story story = sampleStory();
        const qint64 id = library->createStory(story);
        INFO(library->lastError());
        REQUIRE(id > 0);
        const std::optional<Story> loaded = library->story(id);
        REQUIRE(loaded);
        CHECK(loaded->slug == QStringLiteral("the-souffle-that-wasn-t"));
        REQUIRE(loaded->media.size() == 2);
        CHECK(loaded->media[0].id > 0);
        story.id = id;
        story.slug = loaded->slug;
        CHECK(withoutMediaIds(*loaded) == story);
        CHECK(library->storyBySlug(story.slug)->id == id);
    }

    SECTION("nominal: a story without a title saves, and slugs stay unique")
    {
        const qint64 first = library->createStory(Story());
        const qint64 second = library->createStory(Story());
        REQUIRE(first > 0);
        REQUIRE(second > 0);
        CHECK(library->story(first)->slug == QStringLiteral("story"));
        CHECK(library->story(second)->slug == QStringLiteral("story-2"));
        CHECK(library->story(first)->created.isValid());
        Story titled = sampleStory(QStringLiteral("Story"));
        CHECK(library->story(library->createStory(titled))->slug == QStringLiteral("story-3"));
    }

    SECTION("nominal: saving replaces tags, failure kinds and media, keeps the slug")
    {
        const qint64 id = library->createStory(sampleStory());
        Story story = *library->story(id);
        story.slug.clear();
        story.title = QStringLiteral("Renamed: \" --- # émoji 🍰 עוגה");
        story.tags = {QStringLiteral("Dessert"), QStringLiteral(" dessert "), QString()};
        story.failureKinds = {FailureKind::Burnt};
        story.media = {photo(QStringLiteral("cccc3333"), MediaRole::Result),
                       photo(QStringLiteral("aaaa1111"), MediaRole::Dream)};
        story.outcome.reset();
        story.status = Status::Published;
        story.publishedUrl = QStringLiteral("https://blog.example.com/x");
        REQUIRE(library->saveStory(story));
        const Story loaded = *library->story(id);
        CHECK(loaded.slug == QStringLiteral("the-souffle-that-wasn-t"));
        CHECK(loaded.title == story.title);
        CHECK(loaded.tags == QStringList {QStringLiteral("Dessert")});
        CHECK(loaded.failureKinds == QList<FailureKind> {FailureKind::Burnt});
        REQUIRE(loaded.media.size() == 2);
        CHECK(loaded.media[0].hash == QStringLiteral("cccc3333"));
        CHECK(loaded.media[1].hash == QStringLiteral("aaaa1111"));
        CHECK_FALSE(loaded.outcome.has_value());
        CHECK(loaded.status == Status::Published);
        CHECK(library->allTags() == QStringList {QStringLiteral("Dessert")});
    }

    SECTION("robustness: unknown ids and slugs give an error, not a story")
    {
        CHECK_FALSE(library->story(4711).has_value());
        CHECK(library->lastError().contains(QStringLiteral("library.sqlite")));
        Story ghost = sampleStory();
        ghost.id = 4711;
        CHECK_FALSE(library->saveStory(ghost));
        CHECK(library->lastError().contains(QStringLiteral("4711")));
        CHECK_FALSE(library->storyBySlug(QStringLiteral("nope")).has_value());
    }

    SECTION("robustness: a slug taken by another story is refused and nothing changes")
    {
        const qint64 a = library->createStory(sampleStory(QStringLiteral("A")));
        const qint64 b = library->createStory(sampleStory(QStringLiteral("B")));
        Story story = *library->story(b);
        story.slug = QStringLiteral("a");
        story.title = QStringLiteral("changed");
        CHECK_FALSE(library->saveStory(story));
        CHECK(library->story(b)->title == QStringLiteral("B"));
        CHECK(library->story(a)->slug == QStringLiteral("a"));
    }
}

TEST_CASE("library: listing stories")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    const QDateTime base(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        Story story;
        story.title = QStringLiteral("Story %1").arg(QChar(u'a' + (i * 5) % 12));
        story.created = base.addDays(i);
        story.updated = base.addDays(30 - i);
        story.status = i % 3 == 0 ? Status::Published : Status::Draft;
        story.outcome = i % 2 == 0 ? std::optional(Outcome::Binned) : std::nullopt;
        story.tags = {i % 4 == 0 ? QStringLiteral("Bread") : QStringLiteral("cake")};
        story.failureKinds = {i < 6 ? FailureKind::Burnt : FailureKind::Seasoning,
                              FailureKind::Other};
        if (i == 5) {
            story.media = {photo(QStringLiteral("step1"), MediaRole::Step),
                           photo(QStringLiteral("real1"), MediaRole::Reality),
                           photo(QStringLiteral("dream1"), MediaRole::Dream),
                           photo(QStringLiteral("real2"), MediaRole::Reality)};
        }
        ids.append(library->createStory(story));
    }

    SECTION("nominal: pages cover every story once, in the chosen order")
    {
        StoryQuery query;
        query.sortBy = StoryQuery::SortBy::Created;
        query.descending = false;
        query.limit = 5;
        QList<qint64> seen;
        for (query.offset = 0; query.offset < 15; query.offset += 5) {
            for (const StorySummary &summary : library->listStories(query))
                seen.append(summary.id);
        }
        CHECK(seen == ids);
        query.descending = true;
        query.offset = 0;
        query.limit = 0;
        QList<qint64> reversed = ids;
        std::reverse(reversed.begin(), reversed.end());
        QList<qint64> all;
        for (const StorySummary &summary : library->listStories(query))
            all.append(summary.id);
        CHECK(all == reversed);
        CHECK(library->countStories(query) == 12);
    }

    SECTION("nominal: sorting by title and by updated")
    {
        StoryQuery query;
        query.sortBy = StoryQuery::SortBy::Title;
        query.descending = false;
        query.limit = 0;
        const QList<StorySummary> byTitle = library->listStories(query);
        REQUIRE(byTitle.size() == 12);
        for (qsizetype i = 1; i < byTitle.size(); ++i)
            CHECK(byTitle[i - 1].title < byTitle[i].title);
        query.sortBy = StoryQuery::SortBy::Updated;
        query.descending = true;
        CHECK(library->listStories(query).first().id == ids.first());
    }

    SECTION("nominal: filters narrow the list and the count alike")
    {
        StoryQuery query;
        query.limit = 0;
        query.failureKind = FailureKind::Seasoning;
        CHECK(library->countStories(query) == 6);
        CHECK(library->listStories(query).size() == 6);
        query = {};
        query.tag = QStringLiteral("bread");
        CHECK(library->countStories(query) == 3);
        query = {};
        query.outcome = Outcome::Binned;
        query.status = Status::Published;
        CHECK(library->countStories(query) == 2); // 0 and 6
        query = {};
        query.createdFrom = base.addDays(3);
        query.createdUntil = base.addDays(5);
        CHECK(library->countStories(query) == 2);
        query = {};
        query.failureKind = FailureKind::Measuring;
        CHECK(library->listStories(query).isEmpty());
        CHECK(library->countStories(query) == 0);
    }

    SECTION("nominal: a summary carries kinds and the first reality and dream photos")
    {
        StoryQuery query;
        query.limit = 0;
        const QList<StorySummary> all = library->listStories(query);
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [&](const StorySummary &s) { return s.id == ids[5]; });
        REQUIRE(it != all.cend());
        CHECK(it->realityPhotoHash == QStringLiteral("real1"));
        CHECK(it->realityPhotoSuffix == QStringLiteral("jpg"));
        CHECK(it->dreamPhotoHash == QStringLiteral("dream1"));
        CHECK(it->failureKinds == QList<FailureKind> {FailureKind::Burnt, FailureKind::Other});
        CHECK(it->created == base.addDays(5));
        CHECK(it->status == Status::Draft);
        CHECK_FALSE(it->outcome.has_value());
        CHECK(all.first().realityPhotoHash.isEmpty());
    }

    SECTION("nominal: trashed stories are hidden unless asked for")
    {
        REQUIRE(library->moveToTrash(ids[0]));
        StoryQuery query;
        CHECK(library->countStories(query) == 11);
        query.trash = StoryQuery::Trash::Only;
        const QList<StorySummary> trashed = library->listStories(query);
        REQUIRE(trashed.size() == 1);
        CHECK(trashed.first().id == ids[0]);
        CHECK(trashed.first().trashedAt.isValid());
        query.trash = StoryQuery::Trash::Include;
        CHECK(library->countStories(query) == 12);
        CHECK(library->allTags() == QStringList {QStringLiteral("Bread"), QStringLiteral("cake")});
    }
}

TEST_CASE("library: duplicating a story")
{
    QTemporaryDir dir;
    auto library = Spill::Test::openLibrary(dir.path());
    Spill::Story original = Spill::Test::sampleStory(QStringLiteral("Burnt Toast"));
    original.status = Spill::Status::Published;
    original.publishedUrl = QStringLiteral("https://example.org/toast");
    const qint64 id = library->createStory(original);
    REQUIRE(library->saveRevision(id, Spill::Library::RevisionManual) != 0);
    const Spill::Story stored = *library->story(id);

    SECTION("nominal: the copy is a fresh draft with the same content and media")
    {
        const qint64 copyId = library->duplicateStory(id);
        REQUIRE(copyId != 0);
        REQUIRE(copyId != id);
        const Spill::Story copy = *library->story(copyId);
        CHECK(copy.title == QStringLiteral("Burnt Toast (copy)"));
        CHECK(copy.slug != stored.slug);
        CHECK(copy.status == Spill::Status::Draft);
        CHECK(copy.publishedUrl.isEmpty());
        CHECK(copy.dish == stored.dish);
        CHECK(copy.beats == stored.beats);
        CHECK(copy.tags == stored.tags);
        CHECK(copy.failureKinds == stored.failureKinds);
        REQUIRE(copy.media.size() == stored.media.size());
        for (qsizetype i = 0; i < copy.media.size(); ++i) {
            CHECK(copy.media.at(i).hash == stored.media.at(i).hash);
            CHECK(copy.media.at(i).id != stored.media.at(i).id);
        }
        CHECK(copy.created >= stored.created);
        CHECK(library->revisions(copyId).isEmpty());
        // The original is untouched.
        CHECK(library->story(id)->title == QStringLiteral("Burnt Toast"));
    }

    SECTION("nominal: an untitled story's copy stays untitled")
    {
        Spill::Story untitled;
        const qint64 blank = library->createStory(untitled);
        const qint64 copyId = library->duplicateStory(blank);
        REQUIRE(copyId != 0);
        CHECK(library->story(copyId)->title.isEmpty());
    }

    SECTION("robustness: a missing story cannot be duplicated, and the error names the file")
    {
        CHECK(library->duplicateStory(id + 100) == 0);
        CHECK(library->lastError().contains(library->databasePath()));
    }
}

TEST_CASE("library: the headings above the beats")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto library = openLibrary(dir.path());
    const qint64 id = library->createStory(sampleStory());
    REQUIRE(id > 0);

    SECTION("nominal: a new story has the default headings")
    {
        for (Beat beat : AllBeats)
            CHECK(library->story(id)->heading(beat).isDefault());
    }

    SECTION("nominal: own text, none and the default come back as saved, in versions too")
    {
        Story story = *library->story(id);
        story.heading(Beat::Intended) = BeatHeading::withText(QStringLiteral("Birthday plans 🎂"));
        story.heading(Beat::Salvage) = BeatHeading::hidden();
        REQUIRE(library->saveStory(story));
        const Story saved = *library->story(id);
        CHECK(saved.headings == story.headings);

        const qint64 revision = library->saveRevision(id, Library::RevisionManual);
        REQUIRE(revision > 0);
        CHECK(library->revision(revision)->headings == story.headings);

        // Back to the default: the story follows its language again.
        story.heading(Beat::Intended) = BeatHeading::byDefault();
        REQUIRE(library->saveStory(story));
        CHECK(library->story(id)->heading(Beat::Intended).isDefault());
        CHECK(library->story(id)->heading(Beat::Salvage).isHidden());
    }
}
