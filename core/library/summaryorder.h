// SPDX-License-Identifier: GPL-3.0-or-later
// Where a changed story goes in a list sorted as the library sorts it, so a
// view can insert, move or remove that one row instead of listing again.
#pragma once

#include "storyquery.h"

#include <functional>

namespace Spill {

// True when `a` comes before `b` in listStories()' order for this sort
// (the id breaks ties in the same direction).
bool sortsBefore(const StorySummary &a, const StorySummary &b, StoryQuery::SortBy sortBy,
                 bool descending);

struct RowChange
{
    enum class Kind {
        None, // not shown and not to be shown (or beyond the rows loaded so far)
        Insert, // at `to`
        Remove, // `from`
        Update, // `from` == `to`: the row stays where it is
        Move, // from `from` to `to` (its index once moved), then update it
    };
    Kind kind = Kind::None;
    int from = -1;
    int to = -1;
};

// The change that brings `count` sorted rows (row i is `at(i)`) up to date
// with `summary`. `belongs`: the row should be in the list (e.g. it is not
// trashed). `complete`: every row is loaded, so a row sorting after the last
// one is inserted rather than left to the next page.
RowChange placeChange(int count, const std::function<const StorySummary &(int)> &at,
                      const StorySummary &summary, bool belongs, bool complete,
                      StoryQuery::SortBy sortBy, bool descending);

} // namespace Spill
