// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencetimeline.h"

#include <algorithm>

namespace Spill {

QList<TimelineEntry> evidenceTimeline(const QList<MediaItem> &media)
{
    QList<TimelineEntry> timed;
    QList<TimelineEntry> untimed;
    for (int i = 0; i < media.size(); ++i) {
        const QDateTime captured = media.at(i).origin.captured;
        (captured.isValid() ? timed : untimed).append({i, captured});
    }
    if (timed.size() < 2)
        return {};
    std::stable_sort(
        timed.begin(), timed.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.captured < b.captured; });
    return timed + untimed;
}

bool timelineSpansDays(const QList<TimelineEntry> &entries)
{
    const auto first = std::find_if(entries.cbegin(), entries.cend(),
                                    [](const TimelineEntry &e) { return e.captured.isValid(); });
    return first != entries.cend() &&
        std::any_of(first, entries.cend(), [&](const TimelineEntry &e) {
               return e.captured.isValid() && e.captured.date() != first->captured.date();
           });
}

} // namespace Spill
