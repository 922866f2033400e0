// SPDX-License-Identifier: GPL-3.0-or-later
#include "async/continuation.h"
#include "library/librarylocation.h"
#include "library/libraryservice.h"
#include "librarytestsupport.h"
#include "servicetestsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;

TEST_CASE("library service: calls, results and what changed")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    Story first = sampleStory(QStringLiteral("First"));
    const qint64 a = library->createStory(first);
    REQUIRE(a != 0);
    LibraryService service(library->handle());
    QSignalSpy changed(&service, &LibraryService::storyChanged);
    QSignalSpy deleted(&service, &LibraryService::storiesDeleted);
    QSignalSpy tags(&service, &LibraryService::tagsChanged);

    SECTION("nominal: calls run in the order they were made")
    {
        Story second;
        second.title = QStringLiteral("Second");
        const QFuture<LibraryResult<qint64>> created = service.createStory(second);
        // Made after the create, answered after it: the new story is listed.
        const QFuture<LibraryResult<QList<StorySummary>>> listed = service.listStories({});
        const QFuture<LibraryResult<int>> counted = service.countStories({});
        const qint64 b = await(created).value;
        CHECK(b != 0);
        const LibraryResult<QList<StorySummary>> rows = await(listed);
        REQUIRE(rows.ok());
        REQUIRE(rows.value.size() == 2);
        CHECK(rows.value.first().id == b); // newest edit first
        CHECK(await(counted).value == 2);
        REQUIRE(changed.size() == 1);
        CHECK(changed.first().first().value<StorySummary>().title == QStringLiteral("Second"));
    }

    SECTION("nominal: a story and its revisions")
    {
        const LibraryResult<Story> story = await(service.story(a));
        REQUIRE(story.ok());
        CHECK(story.value.title == QStringLiteral("First"));
        const LibraryResult<qint64> saved = await(service.saveRevision(a, Library::RevisionManual));
        REQUIRE(saved.ok());
        const LibraryResult<QList<RevisionInfo>> list = await(service.revisions(a));
        REQUIRE(list.value.size() == 1);
        CHECK(list.value.first().id == saved.value);
        CHECK(await(service.revision(saved.value)).value.title == QStringLiteral("First"));

        library->saveStory([&] {
            Story changedStory = *library->story(a);
            changedStory.title = QStringLiteral("Rewritten");
            return changedStory;
        }());
        changed.clear();
        REQUIRE(await(service.restoreRevision(saved.value)).ok());
        REQUIRE(changed.size() == 1);
        CHECK(changed.first().first().value<StorySummary>().title == QStringLiteral("First"));
    }

    SECTION("nominal: trash and restore announce the row with its trash time")
    {
        REQUIRE(await(service.moveToTrash({a})).ok());
        REQUIRE(changed.size() == 1);
        const auto trashed = changed.takeFirst().first().value<StorySummary>();
        CHECK(trashed.id == a);
        CHECK(trashed.trashedAt.isValid());
        CHECK(tags.size() == 1);
        REQUIRE(await(service.restoreFromTrash({a})).ok());
        REQUIRE(changed.size() == 1);
        CHECK_FALSE(changed.first().first().value<StorySummary>().trashedAt.isValid());
    }

    SECTION("nominal: emptying the trash deletes the stories and their unused files")
    {
        const QString media = QDir(dir.path()).filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        const MediaItem &item = first.media.first();
        const QString file =
            mediaFilePath(dir.path(), item.hash, QFileInfo(item.file).suffix().toLower());
        {
            QFile out(file);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write("jpeg");
        }
        REQUIRE(await(service.moveToTrash({a})).ok());
        const LibraryResult<QStringList> emptied = await(service.emptyTrash());
        REQUIRE(emptied.ok());
        CHECK(emptied.value.isEmpty());
        CHECK_FALSE(QFile::exists(file));
        REQUIRE(deleted.size() == 1);
        CHECK(deleted.first().first().value<QList<qint64>>() == QList<qint64> {a});
        CHECK(await(service.countStories({})).value == 0);
    }

    SECTION("nominal: a saved story is announced when the service is told")
    {
        Story story = *library->story(a);
        story.title = QStringLiteral("Saved elsewhere");
        REQUIRE(library->saveStory(story));
        service.noteSaved(a);
        REQUIRE(QTest::qWaitFor([&] { return changed.size() == 1; }, 5000));
        CHECK(changed.first().first().value<StorySummary>().title ==
              QStringLiteral("Saved elsewhere"));
    }

    SECTION("nominal: tags added are reported per story, and taken off again")
    {
        Story other;
        other.title = QStringLiteral("Other");
        const qint64 b = library->createStory(other);
        const QString tag = first.tags.first();
        const LibraryResult<QList<qint64>> added = await(service.addTag({a, b}, tag));
        REQUIRE(added.ok());
        CHECK(added.value == QList<qint64> {b}); // the first had it already
        CHECK(await(service.allTags()).value.contains(tag));
        REQUIRE(await(service.removeTag({b}, tag)).ok());
        CHECK_FALSE(library->story(b)->tags.contains(tag));
        CHECK(library->story(a)->tags.contains(tag));
    }

    SECTION("nominal: patterns")
    {
        const LibraryResult<QList<KindCount>> kinds = await(service.failuresByKind());
        REQUIRE(kinds.ok());
        REQUIRE(kinds.value.size() == first.failureKinds.size());
        CHECK(await(service.outcomeCounts()).value.rescued +
                  await(service.outcomeCounts()).value.partly +
                  await(service.outcomeCounts()).value.binned +
                  await(service.outcomeCounts()).value.open ==
              1);
        CHECK(await(service.failuresByMonth(QDate::currentDate())).value.size() == 12);
        CHECK(await(service.onThisDay(QDate::currentDate())).ok());
    }

    SECTION("nominal: stories for export come whole, in the order asked")
    {
        Story other;
        other.title = QStringLiteral("Other");
        const qint64 b = library->createStory(other);
        const LibraryResult<QList<Story>> stories = await(service.stories({b, a}));
        REQUIRE(stories.ok());
        REQUIRE(stories.value.size() == 2);
        CHECK(stories.value.at(0).title == QStringLiteral("Other"));
        CHECK(stories.value.at(1).media.size() == first.media.size());
    }

    SECTION("robustness: errors name the library file")
    {
        const LibraryResult<Story> missing = await(service.story(a + 100));
        CHECK_FALSE(missing.ok());
        CHECK(missing.error.contains(library->databasePath()));
        const LibraryResult<bool> trash = await(service.moveToTrash({a + 100}));
        CHECK_FALSE(trash.ok());
        CHECK(trash.error.contains(library->databasePath()));
        CHECK(changed.isEmpty());
        // A failed call leaves no error behind for the next one.
        CHECK(await(service.listStories({})).ok());
    }

    SECTION("nominal: a continuation runs on the GUI thread, not after its context is gone")
    {
        QObject context;
        auto *gone = new QObject;
        int ran = 0;
        bool ranGone = false;
        const QFuture<LibraryResult<Story>> future = service.story(a);
        onResult(future, &context, [&](const LibraryResult<Story> &result) {
            CHECK(QThread::currentThread() == context.thread());
            CHECK(result.value.id == a);
            ++ran;
        });
        onResult(service.story(a), gone, [&](const LibraryResult<Story> &) { ranGone = true; });
        delete gone;
        REQUIRE(QTest::qWaitFor([&] { return ran == 1; }, 5000));
        await(service.countStories({})); // the second call has run and posted too
        CHECK_FALSE(ranGone);
    }
}

TEST_CASE("library service: calls made before it is destroyed still run")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    const qint64 id = library->createStory(sampleStory());
    QFuture<LibraryResult<bool>> trashed;
    {
        LibraryService service(library->handle());
        trashed = service.moveToTrash({id});
    }
    REQUIRE(trashed.isFinished());
    CHECK(trashed.result().ok());
    CHECK(library->countStories({}) == 0);
}

TEST_CASE("library service: a library that cannot be opened")
{
    QTemporaryDir dir;
    Library::Handle handle;
    handle.folder = dir.filePath(QStringLiteral("missing"));
    LibraryService service(handle);
    const LibraryResult<QList<StorySummary>> listed = await(service.listStories({}));
    CHECK_FALSE(listed.ok());
    CHECK(listed.error.contains(QStringLiteral("missing")));
}
