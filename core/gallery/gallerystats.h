// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Spill {

// Counts behind the Patterns view, computed by the library in one query each.
struct GalleryStats
{
    QList<QPair<QString, int>> byFailureKind; // failure kind key, stories; most first
    QList<QPair<QDate, int>> byMonth; // first day of each month, oldest first
    int rescued = 0;
    int partly = 0;
    int binned = 0;
    // Fails made good: of how many fails (stories that redeem none), and the
    // median days from a fail's start to its redemption (unknown: nullopt).
    int fails = 0;
    int redeemed = 0;
    std::optional<double> medianDaysToRedemption;

    friend bool operator==(const GalleryStats &, const GalleryStats &) = default;
};

} // namespace Spill
