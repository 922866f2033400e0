// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summaryorder.h"

#include <QAbstractListModel>
#include <QList>

namespace Spill {

// A list model of story summaries sorted as the library sorts them (newest
// change first), kept up to date one row at a time from the library
// service's signals: the Write list and the Export list.
class SummaryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    // Inserts, moves, updates or removes the one row `summary` changes.
    // `belongs`: it should be listed; `complete`: every row is loaded.
    // Returns what was done.
    RowChange applySummary(const StorySummary &summary, bool belongs, bool complete);
    // Removes the story's row, if it is listed; false if it was not.
    bool removeStory(qint64 id);
    int rowOfStory(qint64 id) const;

    QList<StorySummary> m_rows;
};

} // namespace Spill
