// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"
#include "library/libraryservice.h"
#include "testsupport.h"
#include "write/savestatus.h"
#include "write/storylistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Spill;

namespace {

// Waits for the page a start() or fetchMore() asked for.
void waitForPage(StoryListModel &model)
{
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
}

template<typename T> T await(QFuture<T> future)
{
    REQUIRE(QTest::qWaitFor([&] { return future.isFinished(); }, 10000));
    QCoreApplication::processEvents(); // the service's signals, posted before
    return future.result();
}

} // namespace

TEST_CASE("story list model: pages of stories, newest first")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    OpenResult opened = Library::open(dir.filePath(QStringLiteral("lib")));
    REQUIRE(opened);
    Library &library = *opened.library;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
    const int total = StoryListModel::PageSize + 5;
    for (int i = 0; i < total; ++i) {
        Story story;
        story.title = i == 0 ? QString() : QStringLiteral("Story %1").arg(i);
        story.created = base;
        story.updated = base.addSecs(i * 60);
        REQUIRE(library.createStory(story) != 0);
    }

    LibraryService service(library.handle());
    StoryListModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.start();
    // The tester asks for more as soon as the first page is in.
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == total; }, 10000));

    SECTION("nominal: the first page, then more on demand")
    {
        StoryListModel paged(service);
        paged.start();
        waitForPage(paged);
        CHECK(paged.rowCount() == StoryListModel::PageSize);
        CHECK(paged.canFetchMore({}));
        paged.fetchMore({});
        waitForPage(paged);
        CHECK(paged.rowCount() == total);
        CHECK_FALSE(model.canFetchMore({}));
        CHECK(model.index(0).data().toString() == QStringLiteral("Story %1").arg(total - 1));
        const QModelIndex last = model.index(total - 1);
        CHECK(last.data().toString() == QStringLiteral("Untitled story"));
        CHECK(model.storyAt(last)->title.isEmpty());
        CHECK(model.indexOfStory(model.storyId(last)) == last);
    }

    SECTION("nominal: a new story comes in at the top, one row, no reset")
    {
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Story fresh;
        fresh.title = QStringLiteral("Fresh");
        const qint64 id = await(service.createStory(fresh)).value;
        REQUIRE(inserted.size() == 1);
        CHECK(model.rowCount() == total + 1);
        CHECK(model.storyId(model.index(0)) == id);
        CHECK(model.index(0).data(StoryListModel::RelativeTimeRole).toString() ==
              QStringLiteral("just now"));
    }

    SECTION("nominal: a saved story moves to the top, its row changes, no reset")
    {
        const qint64 id = model.storyId(model.index(5));
        Story story = *library.story(id);
        story.title = QStringLiteral("Edited");
        story.updated = QDateTime::currentDateTimeUtc();
        REQUIRE(library.saveStory(story));
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        service.noteSaved(id);
        REQUIRE(QTest::qWaitFor([&] { return changed.size() == 1; }, 5000));
        CHECK(moved.size() == 1);
        CHECK(model.storyId(model.index(0)) == id);
        CHECK(model.index(0).data().toString() == QStringLiteral("Edited"));
        CHECK(model.rowCount() == total);
    }

    SECTION("nominal: the trash lists only trashed stories, and follows trash and restore")
    {
        const qint64 id = model.storyId(model.index(3));
        StoryListModel trash(service, true);
        QAbstractItemModelTester trashTester(&trash,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy trashResets(&trash, &QAbstractItemModel::modelReset);
        trash.start();
        waitForPage(trash);
        CHECK(trash.rowCount() == 0);
        REQUIRE(await(service.moveToTrash({id})).ok());
        REQUIRE(trash.rowCount() == 1);
        CHECK(trash.storyId(trash.index(0)) == id);
        CHECK(trash.index(0).data(StoryListModel::TrashedAtRole).toDateTime().isValid());
        CHECK_FALSE(model.indexOfStory(id).isValid());
        REQUIRE(await(service.restoreFromTrash({id})).ok());
        CHECK(trash.rowCount() == 0);
        CHECK(model.indexOfStory(id).row() == 3);
        REQUIRE(await(service.moveToTrash({id})).ok());
        REQUIRE(await(service.emptyTrash()).ok());
        CHECK(trash.rowCount() == 0);
        CHECK(trashResets.isEmpty());
    }

    SECTION("robustness: invalid indexes give nothing")
    {
        CHECK(model.storyId({}) == 0);
        CHECK(model.storyAt(model.index(0).siblingAtRow(-1)) == nullptr);
        CHECK(model.indexOfStory(987654) == QModelIndex());
    }
    CHECK(resets.isEmpty());
}

TEST_CASE("relative times and the save status read naturally")
{
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-03-10T12:00:00Z"), Qt::ISODate);
    SECTION("nominal: minutes, hours, days")
    {
        CHECK(StoryListModel::relativeTime(now.addSecs(-20), now) == QStringLiteral("just now"));
        CHECK(StoryListModel::relativeTime(now.addSecs(-5 * 60), now) ==
              QStringLiteral("5 min ago"));
        CHECK(StoryListModel::relativeTime(now.addSecs(-3 * 3600), now) ==
              QStringLiteral("3 h ago"));
        CHECK(StoryListModel::relativeTime(now.addDays(-3), now) == QStringLiteral("3 days ago"));
        CHECK(StoryListModel::relativeTime(QDateTime(), now).isEmpty());
    }
    SECTION("nominal: saved a moment ago")
    {
        CHECK(SaveStatus::savedText(now, now) == QStringLiteral("Saved"));
        CHECK(SaveStatus::savedText(now.addSecs(-2), now) == QStringLiteral("Saved · 2 s ago"));
        CHECK(SaveStatus::savedText(now.addSecs(-120), now) == QStringLiteral("Saved · 2 min ago"));
    }
    SECTION("nominal: the status line shows the state and a notice")
    {
        SaveStatus status;
        status.setSaving();
        CHECK(status.text() == QStringLiteral("Saving…"));
        status.setFailed(QStringLiteral("disk full"));
        CHECK(status.text() == QStringLiteral("Not saved: disk full"));
        status.setNotice(QStringLiteral("No dictionary"));
        CHECK(status.text().endsWith(QStringLiteral("No dictionary")));
    }
}
