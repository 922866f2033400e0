// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace Spill {

// Counts behind the Patterns view, computed by the library in one query each.
struct GalleryStats
{
    QList<QPair<QString, int>> byFailureKind; // failure kind key, stories; most first
    QList<QPair<QDate, int>> byMonth; // first day of each month, oldest first
    int rescued = 0;
    int partly = 0;
    int binned = 0;

    friend bool operator==(const GalleryStats &, const GalleryStats &) = default;
};

} // namespace Spill
