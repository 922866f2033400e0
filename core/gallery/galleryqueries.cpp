// SPDX-License-Identifier: GPL-3.0-or-later
#include "galleryqueries.h"

#include <utility>

namespace Spill {

StoryQuery toStoryQuery(const GalleryFilters &filters)
{
    StoryQuery query;
    switch (filters.sort) {
    case GalleryFilters::Sort::Created:
        query.sortBy = StoryQuery::SortBy::Created;
        break;
    case GalleryFilters::Sort::Updated:
        query.sortBy = StoryQuery::SortBy::Updated;
        break;
    case GalleryFilters::Sort::Title:
        query.sortBy = StoryQuery::SortBy::Title;
        break;
    }
    query.descending = filters.descending;
    for (const QString &key : filters.failureKinds) {
        if (const auto kind = failureKindFromKey(key))
            query.failureKinds.append(*kind);
    }
    query.tag = filters.tag;
    if (!filters.outcome.isEmpty())
        query.outcome = outcomeFromKey(filters.outcome);
    if (!filters.status.isEmpty())
        query.status = statusFromKey(filters.status);
    if (filters.redemption == RedeemedKey)
        query.redeemed = true;
    else if (filters.redemption == NotYetRedeemedKey)
        query.redeemed = false;
    // Dates are whole local days: `to` includes its day.
    if (filters.from.isValid())
        query.createdFrom = filters.from.startOfDay();
    if (filters.to.isValid())
        query.createdUntil = filters.to.addDays(1).startOfDay();
    query.text = filters.text.trimmed();
    return query;
}

GalleryPage loadGalleryPage(Library &library, const GalleryFilters &filters, int offset, int limit,
                            GalleryCounts counts)
{
    GalleryPage page;
    page.offset = offset;
    StoryQuery query = toStoryQuery(filters);
    query.offset = offset;
    query.limit = limit;
    page.stories = library.listStories(query);
    if (page.stories.isEmpty() && !library.lastError().isEmpty()) {
        page.error = library.lastError();
        return page;
    }
    if (!query.text.isEmpty() && !page.stories.isEmpty()) {
        QList<qint64> ids;
        ids.reserve(page.stories.size());
        for (const StorySummary &story : std::as_const(page.stories))
            ids.append(story.id);
        if (const auto snippets = library.searchSnippets(query.text, ids))
            page.snippets = *snippets;
    }
    if (counts == GalleryCounts::None)
        return page;
    if (offset == 0 && page.stories.size() < limit) {
        // The first page holds every match: no count query needed.
        page.matching = static_cast<int>(page.stories.size());
    } else {
        page.matching = library.countStories(query).value_or(-1);
    }
    if (counts == GalleryCounts::MatchingAndTotal) {
        page.total =
            filters.narrows() ? library.countStories(StoryQuery()).value_or(-1) : page.matching;
    }
    return page;
}

GalleryPage loadGalleryRows(Library &library, const GalleryFilters &filters,
                            const QList<qint64> &ids)
{
    GalleryPage page;
    StoryQuery query = toStoryQuery(filters);
    query.ids = ids;
    query.limit = 0;
    page.stories = library.listStories(query);
    if (page.stories.isEmpty() && !library.lastError().isEmpty()) {
        page.error = library.lastError();
        return page;
    }
    if (!query.text.isEmpty() && !page.stories.isEmpty()) {
        if (const auto snippets = library.searchSnippets(query.text, ids))
            page.snippets = *snippets;
    }
    return page;
}

GalleryPatterns loadGalleryPatterns(const Library::Handle &handle, const QDate &today)
{
    QString error;
    const std::unique_ptr<Library> library = Library::connect(handle, &error);
    if (!library) {
        GalleryPatterns patterns;
        patterns.error = error;
        return patterns;
    }
    return loadGalleryPatterns(*library, today);
}

GalleryPatterns loadGalleryPatterns(Library &library, const QDate &today)
{
    GalleryPatterns patterns;
    const auto kinds = library.failuresByKind();
    const auto months = library.failuresByMonth(today);
    const auto outcomes = library.outcomeCounts();
    const auto onThisDay = library.onThisDay(today);
    const auto redemptions = library.redemptionCounts();
    if (!kinds || !months || !outcomes || !onThisDay || !redemptions) {
        patterns.error = library.lastError();
        return patterns;
    }
    for (const KindCount &count : *kinds)
        patterns.stats.byFailureKind.append({failureKindKey(count.kind), count.stories});
    for (const MonthCount &count : *months)
        patterns.stats.byMonth.append({count.month, count.stories});
    patterns.outcomes = *outcomes;
    patterns.stats.fails = redemptions->fails;
    patterns.stats.redeemed = redemptions->redeemed;
    patterns.stats.medianDaysToRedemption = redemptions->medianDays;
    patterns.stats.rescued = outcomes->rescued;
    patterns.stats.partly = outcomes->partly;
    patterns.stats.binned = outcomes->binned;
    if (*onThisDay != 0)
        patterns.onThisDay = library.story(*onThisDay);
    return patterns;
}

QStringList loadGalleryTags(const Library::Handle &handle)
{
    QString error;
    const std::unique_ptr<Library> library = Library::connect(handle, &error);
    return library ? library->allTags() : QStringList();
}

std::optional<Story> loadGalleryStory(const Library::Handle &handle, qint64 id)
{
    QString error;
    const std::unique_ptr<Library> library = Library::connect(handle, &error);
    if (!library)
        return std::nullopt;
    return library->story(id);
}

} // namespace Spill
