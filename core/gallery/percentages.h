// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Spill {

// Whole percentages of `values` that add up to exactly 100, by the largest
// remainder method: every share is rounded down, then the shares that lost
// the most to rounding get one point each until the total is 100 (ties go to
// the earlier value). Rounding each share on its own can show 101% or 99%
// (three equal thirds give 33 + 33 + 33). Negative values count as zero; when
// nothing is left, every share is 0.
QList<int> wholePercentages(const QList<int> &values);

} // namespace Spill
