// SPDX-License-Identifier: GPL-3.0-or-later
#include "percentages.h"

#include <algorithm>
#include <numeric>

namespace Spill {

QList<int> wholePercentages(const QList<int> &values)
{
    QList<int> percents(values.size(), 0);
    qint64 total = 0;
    for (const int value : values)
        total += std::max(value, 0);
    if (total == 0)
        return percents;

    QList<qint64> remainders(values.size(), 0);
    int given = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qint64 scaled = qint64(std::max(values.at(i), 0)) * 100;
        percents[i] = static_cast<int>(scaled / total);
        remainders[i] = scaled % total;
        given += percents.at(i);
    }
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    // Rounding down loses less than one point per share, so at most
    // values.size() - 1 points are missing.
    for (qsizetype i = 0; given < 100 && i < order.size(); ++i) {
        ++percents[order.at(i)];
        ++given;
    }
    return percents;
}

} // namespace Spill
