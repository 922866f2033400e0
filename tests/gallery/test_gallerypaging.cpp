// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallery/gallerymodel.h"
#include "gallery/galleryqueries.h"
#include "gallery/galleryroles.h"
#include "gallerylibrary.h"
#include "testsupport.h"
#include "waitidle.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Spill;
using Spill::Test::waitIdle;

namespace {

// Fetches pages the way a view scrolled to the end does; returns the row
// counts seen after each page.
QList<int> fetchAll(GalleryModel &model)
{
    QList<int> counts;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        waitIdle(model, 20000);
        counts.append(model.rowCount());
    }
    return counts;
}

} // namespace

TEST_CASE("gallery model: paging through 10,000 stories")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Test::GeneratedLibrary spec;
    spec.stories = 10000;
    REQUIRE(Test::generateLibrary(dir.path(), spec).isEmpty());
    OpenResult opened = Library::open(dir.path());
    REQUIRE(opened);
    Library &library = *opened.library;

    GalleryModel model(library.handle(), nullptr);
    waitIdle(model, 20000);
    const int firstPage = model.rowCount();
    // The tester fetches more itself, so it comes after the first page is seen.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitIdle(model, 20000);

    SECTION("nominal: rows grow a page at a time until the last story")
    {
        CHECK(firstPage == GalleryModel::PageSize);
        const int before = model.rowCount();
        CHECK(model.matchingCount() == 10000);
        CHECK(model.totalCount() == 10000);
        CHECK(model.canFetchMore({}));

        model.fetchMore({});
        // A page is being loaded: asking again does not load it twice.
        CHECK_FALSE(model.canFetchMore({}));
        model.fetchMore({});
        waitIdle(model, 20000);
        CHECK(model.rowCount() == before + GalleryModel::PageSize);

        const QList<int> counts = fetchAll(model);
        REQUIRE(model.rowCount() == 10000);
        CHECK_FALSE(model.canFetchMore({}));
        for (qsizetype i = 1; i < counts.size() - 1; ++i)
            CHECK(counts.at(i) - counts.at(i - 1) == GalleryModel::PageSize);

        // Newest first, no story twice, none skipped.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.storyId(row));
        CHECK(ids.size() == 10000);
        CHECK(model.index(0).data(TitleRole).toString() == QStringLiteral("Mishap 0"));
        CHECK(model.index(9999).data(TitleRole).toString() == QStringLiteral("Mishap 9999"));
    }

    SECTION("nominal: kind, outcome and date range combine; the count matches the library's")
    {
        GalleryFilters filters;
        filters.failureKinds = {QStringLiteral("burnt"), QStringLiteral("seasoning")};
        filters.outcome = QStringLiteral("partly");
        filters.from = QDate(2025, 9, 1);
        filters.to = QDate(2026, 3, 31);
        model.setFilters(filters);
        waitIdle(model, 20000);

        const std::optional<int> direct = library.countStories(toStoryQuery(filters));
        REQUIRE(direct);
        REQUIRE(*direct > GalleryModel::PageSize); // so paging is part of it
        CHECK(model.matchingCount() == *direct);
        CHECK(model.totalCount() == 10000);
        fetchAll(model);
        REQUIRE(model.rowCount() == *direct);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString kind = index.data(FailureKindsRole).toStringList().value(0);
            CHECK((kind == QStringLiteral("burnt") || kind == QStringLiteral("seasoning")));
            CHECK(index.data(OutcomeRole).toString() == QStringLiteral("partly"));
            const QDate created = index.data(CreatedRole).toDateTime().toLocalTime().date();
            CHECK(created >= filters.from);
            CHECK(created <= filters.to);
        }
    }

    SECTION("nominal: a search with filters counts what it lists, the trash left out")
    {
        GalleryFilters filters;
        filters.text = QStringLiteral("oven"); // in every story
        filters.outcome = QStringLiteral("partly");
        filters.status = QStringLiteral("draft");
        StoryQuery query = toStoryQuery(filters);
        query.limit = 0; // every match
        const QList<StorySummary> listed = library.listStories(query);
        REQUIRE(listed.size() == 833); // i % 4 == 1 and i % 3 == 0
        CHECK(library.countStories(query) == 833);

        REQUIRE(library.moveToTrash(listed.constFirst().id));
        CHECK(library.countStories(query) == 832);
        model.setFilters(filters);
        waitIdle(model, 20000);
        CHECK(model.matchingCount() == 832);
        CHECK(model.rowOfStory(listed.constFirst().id) == -1);
    }

    SECTION("nominal: a search pages too and counts its matches")
    {
        GalleryFilters filters;
        filters.text = QStringLiteral("Mishap 12");
        model.setFilters(filters);
        waitIdle(model, 20000);
        StoryQuery query = toStoryQuery(filters);
        const std::optional<int> direct = library.countStories(query);
        REQUIRE(direct);
        CHECK(*direct == 111); // 12 and 120..129 and 1200..1299
        CHECK(model.matchingCount() == 111);
        fetchAll(model);
        CHECK(model.rowCount() == 111);
        CHECK(model.index(0).data(SnippetRole).toString().contains(SnippetMatchStart));
    }
}
