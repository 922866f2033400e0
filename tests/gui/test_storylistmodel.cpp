// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"
#include "testsupport.h"
#include "write/savestatus.h"
#include "write/storylistmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace Spill;

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

    StoryListModel model(library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.refresh();

    SECTION("nominal: the first page, then more on demand")
    {
        StoryListModel paged(library);
        paged.refresh();
        CHECK(paged.rowCount() == StoryListModel::PageSize);
        CHECK(paged.canFetchMore({}));
        paged.fetchMore({});
        CHECK(paged.rowCount() == total);
        model.fetchMore({});
        CHECK(model.rowCount() == total);
        CHECK_FALSE(model.canFetchMore({}));
        CHECK(model.index(0).data().toString() == QStringLiteral("Story %1").arg(total - 1));
        const QModelIndex last = model.index(total - 1);
        CHECK(last.data().toString() == QStringLiteral("Untitled story"));
        CHECK(model.storyAt(last)->title.isEmpty());
        CHECK(model.indexOfStory(model.storyId(last)) == last);
    }

    SECTION("nominal: refresh keeps the rows loaded so far and sees new stories")
    {
        model.fetchMore({});
        Story fresh;
        fresh.title = QStringLiteral("Fresh");
        const qint64 id = library.createStory(fresh);
        model.refresh();
        CHECK(model.rowCount() == total);
        CHECK(model.canFetchMore({}));
        CHECK(model.storyId(model.index(0)) == id);
        CHECK(model.index(0).data(StoryListModel::RelativeTimeRole).toString() ==
              QStringLiteral("just now"));
    }

    SECTION("nominal: the trash lists only trashed stories")
    {
        const qint64 id = model.storyId(model.index(3));
        REQUIRE(library.moveToTrash(id));
        StoryListModel trash(library, true);
        QAbstractItemModelTester trashTester(&trash,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        trash.refresh();
        REQUIRE(trash.rowCount() == 1);
        CHECK(trash.storyId(trash.index(0)) == id);
        CHECK(trash.index(0).data(StoryListModel::TrashedAtRole).toDateTime().isValid());
    }

    SECTION("robustness: invalid indexes give nothing")
    {
        CHECK(model.storyId({}) == 0);
        CHECK(model.storyAt(model.index(0).siblingAtRow(-1)) == nullptr);
        CHECK(model.indexOfStory(987654) == QModelIndex());
    }
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
