// SPDX-License-Identifier: GPL-3.0-or-later
// Where a changed story's row goes in a sorted list, partly loaded or whole.
#include "library/summaryorder.h"
#include "testsupport.h"

using namespace Spill;

namespace {

StorySummary row(qint64 id, int minute)
{
    StorySummary summary;
    summary.id = id;
    summary.updated =
        QDateTime(QDate(2026, 5, 1), QTime(12, 0)).addSecs(60 * static_cast<qint64>(minute));
    return summary;
}

RowChange place(const QList<StorySummary> &rows, const StorySummary &summary, bool belongs,
                bool complete)
{
    return placeChange(
        static_cast<int>(rows.size()),
        [&rows](int i) -> const StorySummary & { return rows.at(i); }, summary, belongs, complete,
        StoryQuery::SortBy::Updated, true);
}

} // namespace

TEST_CASE("summary order: placing a changed row")
{
    // Newest first: ids 3, 2, 1.
    const QList<StorySummary> rows {row(3, 30), row(2, 20), row(1, 10)};

    SECTION("nominal: an edited story moves to the top")
    {
        const RowChange change = place(rows, row(1, 40), true, true);
        CHECK(change.kind == RowChange::Kind::Move);
        CHECK(change.from == 2);
        CHECK(change.to == 0);
    }
    SECTION("nominal: a change that keeps the order updates in place")
    {
        const RowChange change = place(rows, row(2, 25), true, true);
        CHECK(change.kind == RowChange::Kind::Update);
        CHECK(change.to == 1);
    }
    SECTION("nominal: a new story is inserted where it sorts")
    {
        const RowChange change = place(rows, row(4, 15), true, false);
        CHECK(change.kind == RowChange::Kind::Insert);
        CHECK(change.to == 2);
    }
    SECTION("nominal: a story that no longer belongs is removed")
    {
        const RowChange change = place(rows, row(2, 20), false, true);
        CHECK(change.kind == RowChange::Kind::Remove);
        CHECK(change.from == 1);
    }
    SECTION("nominal: past the rows loaded, a later page brings it")
    {
        CHECK(place(rows, row(4, 5), true, false).kind == RowChange::Kind::None);
        CHECK(place(rows, row(4, 5), true, true).kind == RowChange::Kind::Insert);
        CHECK(place(rows, row(3, 5), true, false).kind == RowChange::Kind::Remove);
    }
    SECTION("robustness: a story neither shown nor belonging changes nothing")
    {
        CHECK(place(rows, row(9, 50), false, true).kind == RowChange::Kind::None);
    }
    SECTION("nominal: ties are broken by id, as the library sorts")
    {
        CHECK(sortsBefore(row(5, 10), row(4, 10), StoryQuery::SortBy::Updated, true));
        CHECK_FALSE(sortsBefore(row(5, 10), row(4, 10), StoryQuery::SortBy::Updated, false));
    }
}
