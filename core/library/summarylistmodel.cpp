// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarylistmodel.h"

namespace Spill {

RowChange SummaryListModel::applySummary(const StorySummary &summary, bool belongs, bool complete)
{
    return applyRow(summary, belongs, complete, StoryQuery::SortBy::Updated, true);
}

} // namespace Spill
