// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summaryrowsmodel.h"

namespace Spill {

// A list model of story summaries sorted as the library sorts them (newest
// change first), kept up to date one row at a time from the library
// service's signals: the Write list and the Export list.
class SummaryListModel : public SummaryRowsModel<StorySummary>
{
    Q_OBJECT

public:
    using SummaryRowsModel::SummaryRowsModel;

protected:
    // Inserts, moves, updates or removes the one row `summary` changes.
    // `belongs`: it should be listed; `complete`: every row is loaded.
    // Returns what was done.
    RowChange applySummary(const StorySummary &summary, bool belongs, bool complete);
};

} // namespace Spill
