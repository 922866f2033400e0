// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallerymodel.h"

#include "async/continuation.h"
#include "gallery/galleryroles.h"
#include "library/summaryorder.h"
#include "media/thumbnailcache.h"

namespace Spill {

GalleryModel::GalleryModel(Library::Handle handle, ThumbnailCache *thumbnails,
                           const GalleryFilters &filters, QObject *parent)
    : SummaryRowsModel(parent)
    , m_thumbnails(thumbnails)
    , m_filters(filters)
    , m_worker(std::move(handle), this)
{
    startQuery(0, GalleryCounts::MatchingAndTotal);
}

GalleryModel::~GalleryModel() = default;

void GalleryModel::setFilters(const GalleryFilters &filters)
{
    m_filters = filters;
    ++m_generation;
    m_worker.setLatestGeneration(m_generation);
    // The total does not depend on the filters: keep the one we have.
    startQuery(0, m_total < 0 ? GalleryCounts::MatchingAndTotal : GalleryCounts::Matching);
}

void GalleryModel::refresh()
{
    ++m_generation;
    m_worker.setLatestGeneration(m_generation);
    startQuery(0, GalleryCounts::MatchingAndTotal);
}

void GalleryModel::updateStory(const StorySummary &summary)
{
    if (summary.trashedAt.isValid()) {
        placeStory(summary, false, {});
        return;
    }
    const int generation = m_generation;
    m_worker.requestRows(generation, m_filters, {summary.id},
                         [this, generation, id = summary.id](const GalleryPage &page) {
                             if (generation != m_generation || !page.error.isEmpty())
                                 return; // a fresh first page is on its way
                             for (const StorySummary &row : page.stories) {
                                 if (row.id == id) {
                                     placeStory(row, true, page.snippets.value(id));
                                     return;
                                 }
                             }
                             StorySummary gone;
                             gone.id = id;
                             placeStory(gone, false, {});
                         });
}

void GalleryModel::removeStories(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        StorySummary gone;
        gone.id = id;
        placeStory(gone, false, {});
    }
}

GalleryModel::Row GalleryModel::makeRow(const StorySummary &summary, const QString &snippet) const
{
    Row row {summary, snippet, {}};
    for (const FailureKind kind : summary.failureKinds)
        row.kindKeys.append(failureKindKey(kind));
    return row;
}

void GalleryModel::placeStory(const StorySummary &summary, bool matches, const QString &snippet)
{
    const StoryQuery order = toStoryQuery(m_filters);
    const RowChange change = applyRow(makeRow(summary, snippet), matches, !m_hasMore && !m_loading,
                                      order.sortBy, order.descending);
    switch (change.kind) {
    case RowChange::Kind::Insert:
        ++m_matching;
        if (!m_filters.narrows())
            m_total = m_matching;
        emit countsChanged(m_matching, m_total);
        return;
    case RowChange::Kind::Remove:
        // Moved past the loaded rows (matches) is still counted.
        if (!matches) {
            --m_matching;
            if (!m_filters.narrows())
                m_total = m_matching;
            else if (summary.trashedAt.isValid())
                --m_total;
        }
        emit countsChanged(m_matching, m_total);
        return;
    case RowChange::Kind::None:
    case RowChange::Kind::Move:
    case RowChange::Kind::Update:
        return;
    }
}

void GalleryModel::rowsRearranged()
{
    m_rowsByHash.clear();
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        const QString &hash = m_rows.at(i).summary.realityPhotoHash;
        if (!hash.isEmpty())
            m_rowsByHash[hash].append(i);
    }
}

void GalleryModel::startQuery(int offset, GalleryCounts counts)
{
    setLoading(true);
    const int generation = m_generation;
    m_worker.requestPage(
        generation, m_filters, offset, PageSize, counts,
        [this, generation](const GalleryPage &page) { applyPage(page, generation); });
}

void GalleryModel::applyPage(const GalleryPage &page, int generation)
{
    if (generation != m_generation)
        return; // newer filters are on their way
    setLoading(false);
    if (!page.error.isEmpty()) {
        m_error = page.error;
        emit queryFailed(page.error);
        return;
    }
    m_error.clear();

    QList<Row> rows;
    rows.reserve(page.stories.size());
    for (const StorySummary &story : page.stories) {
        Row row {story, page.snippets.value(story.id), {}};
        for (const FailureKind kind : story.failureKinds)
            row.kindKeys.append(failureKindKey(kind));
        rows.append(row);
    }
    const auto indexHashes = [this](int first) {
        for (int i = first; i < static_cast<int>(m_rows.size()); ++i) {
            const QString &hash = m_rows.at(i).summary.realityPhotoHash;
            if (!hash.isEmpty())
                m_rowsByHash[hash].append(i);
        }
    };

    if (page.offset == 0) {
        beginResetModel();
        m_rows = rows;
        m_rowsByHash.clear();
        indexHashes(0);
        m_matching = page.matching;
        if (page.total >= 0)
            m_total = page.total;
        m_hasMore = rows.size() == PageSize && m_rows.size() < m_matching;
        endResetModel();
        emit countsChanged(m_matching, m_total);
    } else if (page.offset == m_rows.size()) {
        m_hasMore = rows.size() == PageSize && m_rows.size() + rows.size() < m_matching;
        if (!rows.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
            m_rows.append(rows);
            indexHashes(first);
            endInsertRows();
        }
    }
    emit pageLoaded();
}

void GalleryModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

qint64 GalleryModel::storyId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : 0;
}

const StorySummary *GalleryModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).summary : nullptr;
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const StorySummary &story = row.summary;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return story.title;
    case Qt::ToolTipRole: {
        QString tip =
            story.dish.isEmpty() ? story.title : QString(story.title + u" — " + story.dish);
        // A card shows the tags that fit; the tooltip names them all.
        if (!story.tags.isEmpty())
            tip += u'\n' + tr("Tags: %1").arg(story.tags.join(QStringLiteral(", ")));
        return tip;
    }
    case StoryIdRole:
        return story.id;
    case SlugRole:
        return story.slug;
    case DishRole:
        return story.dish;
    case CreatedRole:
        return story.created;
    case UpdatedRole:
        return story.updated;
    case FailureKindsRole:
        return row.kindKeys;
    case TagsRole:
        return story.tags;
    case OutcomeRole:
        return story.outcome ? outcomeKey(*story.outcome) : QString();
    case StatusRole:
        return statusKey(story.status);
    case ThumbnailRole:
        return thumbnail(index.row());
    case SnippetRole:
        return row.snippet;
    case LessonRole:
        return story.lesson;
    case RedeemedRole:
        return story.redeemed;
    default:
        return {};
    }
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StoryIdRole, "storyId");
    names.insert(SlugRole, "slug");
    names.insert(TitleRole, "title");
    names.insert(DishRole, "dish");
    names.insert(CreatedRole, "created");
    names.insert(UpdatedRole, "updated");
    names.insert(FailureKindsRole, "failureKinds");
    names.insert(TagsRole, "tags");
    names.insert(OutcomeRole, "outcome");
    names.insert(StatusRole, "status");
    names.insert(ThumbnailRole, "thumbnail");
    names.insert(SnippetRole, "snippet");
    names.insert(LessonRole, "lesson");
    names.insert(RedeemedRole, "redeemed");
    return names;
}

bool GalleryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void GalleryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startQuery(static_cast<int>(m_rows.size()), GalleryCounts::None);
}

QImage GalleryModel::thumbnail(int row) const
{
    const StorySummary &story = m_rows.at(row).summary;
    if (story.realityPhotoHash.isEmpty() || !m_thumbnails)
        return {};
    auto *self = const_cast<GalleryModel *>(this); // the caches are not the model's state
    const QImage image = self->m_thumbnailLru.image(story.realityPhotoHash);
    if (image.isNull())
        self->requestThumbnail(story.realityPhotoHash, story.realityPhotoSuffix);
    return image;
}

void GalleryModel::requestThumbnail(const QString &hash, const QString &suffix)
{
    if (m_inFlight.contains(hash) || m_failed.contains(hash))
        return;
    m_inFlight.insert(hash);
    onResult(m_thumbnails->request(hash, suffix, ThumbnailSize), this,
             [this, hash](const ThumbnailResult &result) {
                 thumbnailArrived(hash, result.image, result.ok() && !result.image.isNull());
             });
}

void GalleryModel::thumbnailArrived(const QString &hash, const QImage &image, bool ok)
{
    m_inFlight.remove(hash);
    if (!ok) {
        m_failed.insert(hash);
        return;
    }
    m_thumbnailLru.insert(hash, image);
    static const QList<int> roles {ThumbnailRole};
    for (const int row : m_rowsByHash.value(hash)) {
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed, roles);
    }
}

} // namespace Spill
