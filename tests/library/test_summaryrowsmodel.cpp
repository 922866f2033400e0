// SPDX-License-Identifier: GPL-3.0-or-later
// The row-at-a-time model the Write list, the Export list and the Gallery
// share, with a row type of its own (as the Gallery's cards, which carry
// more than the summary) and an index kept beside the rows.
#include "library/summaryrowsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QHash>

using namespace Spill;

namespace {

struct CardRow
{
    StorySummary summary;
    int photos = 0;

    friend const StorySummary &summaryOf(const CardRow &row) { return row.summary; }
};

CardRow card(qint64 id, int minute, int photos)
{
    CardRow row;
    row.summary.id = id;
    row.summary.updated =
        QDateTime(QDate(2026, 5, 1), QTime(12, 0)).addSecs(60 * static_cast<qint64>(minute));
    row.photos = photos;
    return row;
}

class CardModel : public SummaryRowsModel<CardRow>
{
public:
    explicit CardModel(const QList<CardRow> &rows)
    {
        m_rows = rows;
        rowsRearranged();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_rows.at(index.row()).summary.id;
        if (role == Qt::UserRole)
            return m_rows.at(index.row()).photos;
        return {};
    }

    RowChange apply(const CardRow &row, bool belongs, bool complete)
    {
        return applyRow(row, belongs, complete, StoryQuery::SortBy::Updated, true);
    }
    using SummaryRowsModel::removeStory;
    using SummaryRowsModel::rowOfStory;

    // Whether the index beside the rows agrees with them.
    bool indexMatches() const
    {
        if (m_byId.size() != m_rows.size())
            return false;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_byId.value(m_rows.at(row).summary.id, -1) != row)
                return false;
        }
        return true;
    }

protected:
    void rowsRearranged() override
    {
        m_byId.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_byId.insert(m_rows.at(row).summary.id, row);
    }

private:
    QHash<qint64, int> m_byId;
};

QList<qint64> ids(const CardModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toLongLong());
    return result;
}

} // namespace

TEST_CASE("summary rows model: rows of its own type, one change at a time")
{
    // Newest first: ids 3, 2, 1.
    CardModel model({card(3, 30, 1), card(2, 20, 2), card(1, 10, 3)});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Views that hear of a change find the index beside the rows up to date.
    int heard = 0;
    bool indexUpToDate = true;
    const auto check = [&] {
        ++heard;
        indexUpToDate = indexUpToDate && model.indexMatches();
    };
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, check);
    QObject::connect(&model, &QAbstractItemModel::rowsMoved, check);
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, check);
    QObject::connect(&model, &QAbstractItemModel::dataChanged, check);

    SECTION("nominal: an edited story moves to the top with what its row carries")
    {
        const RowChange change = model.apply(card(1, 40, 7), true, true);
        CHECK(change.kind == RowChange::Kind::Move);
        CHECK(ids(model) == QList<qint64> {1, 3, 2});
        CHECK(model.index(0, 0).data(Qt::UserRole).toInt() == 7);
        CHECK(heard == 2); // moved, then changed
    }
    SECTION("nominal: a row that stays is updated in place")
    {
        const RowChange change = model.apply(card(2, 20, 9), true, true);
        CHECK(change.kind == RowChange::Kind::Update);
        CHECK(ids(model) == QList<qint64> {3, 2, 1});
        CHECK(model.index(1, 0).data(Qt::UserRole).toInt() == 9);
    }
    SECTION("nominal: a new story is inserted where it sorts")
    {
        model.apply(card(4, 25, 4), true, true);
        CHECK(ids(model) == QList<qint64> {3, 4, 2, 1});
        CHECK(model.rowOfStory(4) == 1);
        CHECK(model.index(1, 0).data(Qt::UserRole).toInt() == 4);
    }
    SECTION("edge: a story no longer belonging is removed, by change or by id")
    {
        CHECK(model.apply(card(3, 30, 1), false, true).kind == RowChange::Kind::Remove);
        CHECK(model.removeStory(1));
        CHECK_FALSE(model.removeStory(1));
        CHECK(ids(model) == QList<qint64> {2});
        CHECK(model.rowOfStory(3) == -1);
    }
    SECTION("edge: a story sorting past a partial list is left to the next page")
    {
        CHECK(model.apply(card(5, 1, 0), true, false).kind == RowChange::Kind::None);
        CHECK(ids(model) == QList<qint64> {3, 2, 1});
        CHECK(heard == 0);
    }
    CHECK(indexUpToDate);
    CHECK(model.indexMatches());
}
