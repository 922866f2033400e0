// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryorder.h"

namespace Spill {

bool sortsBefore(const StorySummary &a, const StorySummary &b, StoryQuery::SortBy sortBy,
                 bool descending)
{
    int order = 0;
    switch (sortBy) {
    case StoryQuery::SortBy::Created:
        order = a.created < b.created ? -1 : (b.created < a.created ? 1 : 0);
        break;
    case StoryQuery::SortBy::Updated:
        order = a.updated < b.updated ? -1 : (b.updated < a.updated ? 1 : 0);
        break;
    case StoryQuery::SortBy::Title:
        order = a.title.compare(b.title, Qt::CaseInsensitive);
        break;
    }
    if (order == 0)
        order = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return descending ? order > 0 : order < 0;
}

RowChange placeChange(int count, const std::function<const StorySummary &(int)> &at,
                      const StorySummary &summary, bool belongs, bool complete,
                      StoryQuery::SortBy sortBy, bool descending)
{
    int current = -1;
    int target = 0; // among the rows other than the story's own
    for (int row = 0; row < count; ++row) {
        const StorySummary &other = at(row);
        if (other.id == summary.id)
            current = row;
        else if (sortsBefore(other, summary, sortBy, descending))
            ++target;
    }
    RowChange change;
    if (!belongs) {
        if (current >= 0)
            change = {RowChange::Kind::Remove, current, current};
        return change;
    }
    if (current < 0) {
        if (target < count || complete)
            change = {RowChange::Kind::Insert, -1, target};
        return change;
    }
    const int others = count - 1;
    if (target == others && !complete && target != current)
        return {RowChange::Kind::Remove, current, current}; // a later page brings it
    if (target == current)
        return {RowChange::Kind::Update, current, current};
    return {RowChange::Kind::Move, current, target};
}

} // namespace Spill
