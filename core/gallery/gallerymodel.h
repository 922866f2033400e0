// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gallery/galleryfilters.h"
#include "gallery/galleryqueries.h"
#include "gallery/galleryworker.h"
#include "gallery/thumbnaillru.h"
#include "library/library.h"
#include "library/summaryrowsmodel.h"

#include <QHash>
#include <QSet>

namespace Spill {

class ThumbnailCache;

// One story card: the story, the search snippet, the failure kinds' keys.
struct GalleryRow
{
    StorySummary summary;
    QString snippet;
    QStringList kindKeys;

    friend const StorySummary &summaryOf(const GalleryRow &row) { return row.summary; }
};

// The library as a list of story cards, for GalleryView. Fills every role in
// gallery/galleryroles.h.
//
// Nothing slow runs on the GUI thread: pages, search and counts are queried
// on one long-lived GalleryWorker thread with its own connection and applied
// here only if no newer filters came in meanwhile (a generation number), so
// a search typed quickly drops the queries it made stale. The matching count
// is queried only when the filters change, the total only when the stories
// may have (the first query and refresh()). Rows come in pages of PageSize
// through canFetchMore()/fetchMore(). Thumbnails are requested from the
// ThumbnailCache when a view first asks for them and kept, decoded, in a
// byte-bounded LRU: ThumbnailRole is a null image until one arrives, then
// dataChanged() with ThumbnailRole alone.
class GalleryModel : public SummaryRowsModel<GalleryRow>
{
    Q_OBJECT

public:
    static constexpr int PageSize = 60;
    static constexpr int ThumbnailSize = 256; // as the import seeds the disk cache

    // `thumbnails` may be null (no thumbnails); it must outlive the model.
    // Starts loading the first page for `filters` at once.
    GalleryModel(Library::Handle handle, ThumbnailCache *thumbnails,
                 const GalleryFilters &filters = {}, QObject *parent = nullptr);
    ~GalleryModel() override;

    GalleryFilters filters() const { return m_filters; }
    // Queries again from the first page. The rows shown stay until the new
    // first page arrives, then the model resets to it (no empty flash).
    void setFilters(const GalleryFilters &filters);
    void refresh(); // the same filters again, e.g. after stories changed

    // A story changed (LibraryService::storyChanged): its row is updated,
    // moved, inserted or removed as the filters and the sort now place it,
    // never with a reset. Whether it matches is asked of the query thread.
    void updateStory(const StorySummary &summary);
    void removeStories(const QList<qint64> &ids);

    int matchingCount() const { return m_matching; } // -1 until the first page
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }

    qint64 storyId(int row) const;
    using SummaryRowsModel::rowOfStory; // -1 when not loaded
    const StorySummary *summary(int row) const;

    ThumbnailLru &thumbnailMemory() { return m_thumbnailLru; }
    int thumbnailsInFlight() const { return static_cast<int>(m_inFlight.size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void countsChanged(int matching, int total);
    // A query finished and was applied (first page or a later one).
    void pageLoaded();
    void loadingChanged(bool loading);
    void queryFailed(const QString &error);

private:
    using Row = GalleryRow;

    void startQuery(int offset, GalleryCounts counts);
    void placeStory(const StorySummary &summary, bool matches, const QString &snippet);
    Row makeRow(const StorySummary &summary, const QString &snippet) const;
    void rowsRearranged() override; // reindexes the hashes
    void applyPage(const GalleryPage &page, int generation);
    void setLoading(bool loading);
    QImage thumbnail(int row) const;
    void requestThumbnail(const QString &hash, const QString &suffix);
    void thumbnailArrived(const QString &hash, const QImage &image, bool ok);

    ThumbnailCache *m_thumbnails = nullptr;
    GalleryFilters m_filters;
    QHash<QString, QList<int>> m_rowsByHash; // reality photo hash -> rows
    int m_matching = -1;
    int m_total = -1;
    bool m_hasMore = false;
    bool m_loading = false;
    QString m_error;
    int m_generation = 0;

    ThumbnailLru m_thumbnailLru;
    QSet<QString> m_inFlight; // hashes being loaded
    QSet<QString> m_failed; // hashes whose thumbnail cannot be made: placeholder

    GalleryWorker m_worker; // last: destroyed (waited for) first
};

} // namespace Spill
