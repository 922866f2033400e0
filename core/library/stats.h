// SPDX-License-Identifier: GPL-3.0-or-later
// Counts over the library for the Patterns view: what the creator keeps
// getting wrong, when, and how it ended.
#pragma once

#include "story/story.h"

#include <QDate>

#include <optional>

namespace Spill {

struct KindCount
{
    FailureKind kind = FailureKind::Other;
    int stories = 0;

    friend bool operator==(const KindCount &, const KindCount &) = default;
};

struct MonthCount
{
    QDate month; // the first day of the month
    int stories = 0;

    friend bool operator==(const MonthCount &, const MonthCount &) = default;
};

// How many fails were made good, and how long that took. A fail is a story
// that does not itself redeem another; stories in the trash are left out.
struct RedemptionCounts
{
    int fails = 0;
    int redeemed = 0;
    // Whole days from a fail's start to its redemption, the median over the
    // redeemed fails that say when; nullopt when none does.
    std::optional<double> medianDays;

    friend bool operator==(const RedemptionCounts &, const RedemptionCounts &) = default;
};

struct OutcomeCounts
{
    int rescued = 0;
    int partly = 0;
    int binned = 0;
    int open = 0; // no outcome set yet

    friend bool operator==(const OutcomeCounts &, const OutcomeCounts &) = default;
};

} // namespace Spill
