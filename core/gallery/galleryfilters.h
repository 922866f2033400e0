// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Spill {

// GalleryFilters::redemption's values.
inline constexpr QLatin1StringView RedeemedKey("redeemed");
inline constexpr QLatin1StringView NotYetRedeemedKey("not-yet");

// What the gallery shows and in which order. A plain value: the filter bar
// emits it, the patterns view asks for narrowed ones, the model applies it.

struct GalleryFilters
{
    enum class Sort { Created, Updated, Title };

    QString text; // full-text search, as typed
    QStringList failureKinds; // failure kind keys; a story matches any of them
    QString tag; // empty: any tag
    QString outcome; // outcome key; empty: any
    QString status; // status key; empty: any
    QString redemption; // RedeemedKey or NotYetRedeemedKey; empty: any
    QDate from, to; // created within [from, to], each end optional (null)
    Sort sort = Sort::Created;
    bool descending = true;

    // True when something narrows the set of stories (sort order does not).
    bool narrows() const
    {
        return !text.trimmed().isEmpty() || !failureKinds.isEmpty() || !tag.isEmpty() ||
            !outcome.isEmpty() || !status.isEmpty() || !redemption.isEmpty() || from.isValid() ||
            to.isValid();
    }

    friend bool operator==(const GalleryFilters &, const GalleryFilters &) = default;
};

} // namespace Spill
