// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summaryorder.h"

#include <QAbstractListModel>
#include <QList>

namespace Spill {

// The story a row shows: a row that is a summary shows itself. A row type of
// its own gives its own summaryOf(), found next to it.
inline const StorySummary &summaryOf(const StorySummary &summary)
{
    return summary;
}

// A list model of rows, one per story, sorted as the library sorts them and
// kept up to date one row at a time: placeChange() applied with the model's
// insert, move, remove and dataChanged signals, never a reset. The Write
// list, the Export list (through SummaryListModel) and the Gallery share it;
// `Row` is a StorySummary or a row holding one, with summaryOf(row).
template<typename Row> class SummaryRowsModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

protected:
    // Inserts, moves, updates or removes the one row `row` changes, as the
    // sort places its story. `belongs`: it should be listed; `complete`:
    // every row is loaded. Returns what was done.
    RowChange applyRow(const Row &row, bool belongs, bool complete, StoryQuery::SortBy sortBy,
                       bool descending)
    {
        const RowChange change = placeChange(
            static_cast<int>(m_rows.size()),
            [this](int i) -> const StorySummary & { return summaryOf(m_rows.at(i)); },
            summaryOf(row), belongs, complete, sortBy, descending);
        switch (change.kind) {
        case RowChange::Kind::None:
            return change;
        case RowChange::Kind::Insert:
            beginInsertRows({}, change.to, change.to);
            m_rows.insert(change.to, row);
            rowsRearranged();
            endInsertRows();
            return change;
        case RowChange::Kind::Remove:
            removeRowAt(change.from);
            return change;
        case RowChange::Kind::Move:
            beginMoveRows({}, change.from, change.from, {},
                          change.to > change.from ? change.to + 1 : change.to);
            m_rows.move(change.from, change.to);
            m_rows[change.to] = row;
            rowsRearranged();
            endMoveRows();
            break;
        case RowChange::Kind::Update:
            m_rows[change.to] = row;
            rowsRearranged();
            break;
        }
        emit dataChanged(index(change.to), index(change.to));
        return change;
    }

    void removeRowAt(int row)
    {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        rowsRearranged();
        endRemoveRows();
    }

    // Removes the story's row, if it is listed; false if it was not.
    bool removeStory(qint64 id)
    {
        const int row = rowOfStory(id);
        if (row < 0)
            return false;
        removeRowAt(row);
        return true;
    }

    int rowOfStory(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (summaryOf(m_rows.at(row)).id == id)
                return row;
        }
        return -1;
    }

    // Called each time a row change has rearranged m_rows, before the views
    // hear of it: for indexes kept beside the rows.
    virtual void rowsRearranged() { }

    QList<Row> m_rows;
};

} // namespace Spill
