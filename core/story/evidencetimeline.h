// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story.h"

#include <QDateTime>
#include <QList>

namespace Spill {

// The evidence timeline: a story's photos and clips in the order they were
// taken, by the capture time their files give. Shown when at least two have
// one (else empty); the rest follow in the story's order, with no time,
// never a made-up one.
struct TimelineEntry
{
    int media = -1; // index into the story's media
    QDateTime captured; // the camera's clock; invalid: none known

    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};
QList<TimelineEntry> evidenceTimeline(const QList<MediaItem> &media);

// True when the timed entries fall on more than one day, so times need dates.
bool timelineSpansDays(const QList<TimelineEntry> &entries);

} // namespace Spill
