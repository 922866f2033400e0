// SPDX-License-Identifier: GPL-3.0-or-later
// The gallery's queries, as plain functions for a worker thread. Those taking
// a Library::Handle open their own connection; loadGalleryPage() runs on the
// caller's connection, which GalleryWorker keeps open between queries.
#pragma once

#include "gallery/galleryfilters.h"
#include "gallery/gallerystats.h"
#include "library/library.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Spill {

// The library query for `filters`, without paging. Unknown keys (a kind,
// outcome or status the library does not know) are left out.
StoryQuery toStoryQuery(const GalleryFilters &filters);

struct GalleryPage
{
    int offset = 0;
    QList<StorySummary> stories;
    QHash<qint64, QString> snippets; // by story id, when filters.text is set
    int matching = -1; // stories the filters let through; -1: not counted
    int total = -1; // stories outside the trash; -1: not counted
    QString error; // names the library; empty on success
};

// Which counts a page query adds. A later page needs none; the total (all
// stories outside the trash) changes only with the stories, not the filters.
enum class GalleryCounts {
    None,
    Matching,
    MatchingAndTotal,
};

// One page of stories for `filters` from `offset`, with their tags, on
// `library`'s connection (so on the thread that connected it).
GalleryPage loadGalleryPage(Library &library, const GalleryFilters &filters, int offset, int limit,
                            GalleryCounts counts);

struct GalleryPatterns
{
    GalleryStats stats;
    OutcomeCounts outcomes; // with the stories without an outcome
    std::optional<Story> onThisDay; // a fail from an earlier year, today's date
    QString error;
};

// Those of `ids` that `filters` let through (trashed ones never), on
// `library`'s connection: to place a changed story without listing again.
GalleryPage loadGalleryRows(Library &library, const GalleryFilters &filters,
                            const QList<qint64> &ids);

// The Patterns view's numbers, as of `today`: on `library`'s connection, or
// on a connection of its own.
GalleryPatterns loadGalleryPatterns(Library &library, const QDate &today);
GalleryPatterns loadGalleryPatterns(const Library::Handle &handle, const QDate &today);

// Tags in use, for the filter bar; empty on error.
QStringList loadGalleryTags(const Library::Handle &handle);

// A whole story, for the Look closer panel.
std::optional<Story> loadGalleryStory(const Library::Handle &handle, qint64 id);

} // namespace Spill
