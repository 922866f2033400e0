// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarylistmodel.h"

namespace Spill {

int SummaryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

RowChange SummaryListModel::applySummary(const StorySummary &summary, bool belongs, bool complete)
{
    const RowChange change = placeChange(
        int(m_rows.size()), [this](int row) -> const StorySummary & { return m_rows.at(row); },
        summary, belongs, complete, StoryQuery::SortBy::Updated, true);
    switch (change.kind) {
    case RowChange::Kind::None:
        return change;
    case RowChange::Kind::Insert:
        beginInsertRows({}, change.to, change.to);
        m_rows.insert(change.to, summary);
        endInsertRows();
        return change;
    case RowChange::Kind::Remove:
        beginRemoveRows({}, change.from, change.from);
        m_rows.removeAt(change.from);
        endRemoveRows();
        return change;
    case RowChange::Kind::Move:
        beginMoveRows({}, change.from, change.from, {},
                      change.to > change.from ? change.to + 1 : change.to);
        m_rows.move(change.from, change.to);
        endMoveRows();
        break;
    case RowChange::Kind::Update:
        break;
    }
    m_rows[change.to] = summary;
    emit dataChanged(index(change.to), index(change.to));
    return change;
}

bool SummaryListModel::removeStory(qint64 id)
{
    const int row = rowOfStory(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

int SummaryListModel::rowOfStory(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace Spill
