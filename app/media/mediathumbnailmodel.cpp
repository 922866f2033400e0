// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediathumbnailmodel.h"

#include "async/continuation.h"
#include "media/thumbnailcache.h"

#include <QFileInfo>

namespace Spill {

namespace {

// Thumbnails are cached at this size and drawn smaller; the importer
// already stores its preview at this size, so a fresh import is a hit.
constexpr int ThumbnailSize = 256;

} // namespace

MediaThumbnailModel::MediaThumbnailModel(MediaStripModel *strip, ThumbnailCache *thumbnails,
                                         QObject *parent)
    : QIdentityProxyModel(parent)
    , m_strip(strip)
    , m_thumbnails(thumbnails)
{
    setSourceModel(strip);
    connect(strip, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { want(first, last, true); });
    connect(strip, &QAbstractItemModel::modelReset, this,
            [this] { want(0, m_strip->rowCount() - 1, true); });
    connect(strip, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                want(topLeft.row(), bottomRight.row(), false);
            });
    connect(strip, &QAbstractItemModel::rowsRemoved, this, &MediaThumbnailModel::forgetUnused);
    want(0, strip->rowCount() - 1, true);
}

QVariant MediaThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DecorationRole || role == ThumbnailStateRole || role == Qt::ToolTipRole) {
        const auto entry =
            m_entries.constFind(MediaStripModel::thumbnailKey(m_strip->item(index.row())));
        const bool failed = entry != m_entries.cend() && !entry->loading && !entry->error.isEmpty();
        if (role == Qt::DecorationRole)
            return entry == m_entries.cend() ? QImage() : entry->image;
        if (role == ThumbnailStateRole)
            return int(state(index.row()));
        if (failed)
            return entry->error; // the tooltip says why there is no picture
    }
    return QIdentityProxyModel::data(index, role);
}

MediaThumbnailModel::ThumbnailState MediaThumbnailModel::state(int row) const
{
    const auto entry = m_entries.constFind(MediaStripModel::thumbnailKey(m_strip->item(row)));
    if (entry == m_entries.cend() || entry->loading)
        return ThumbnailState::Loading;
    return entry->image.isNull() ? ThumbnailState::Failed : ThumbnailState::Shown;
}

bool MediaThumbnailModel::settled() const
{
    if (m_strip->rowCount() == 0)
        return false;
    for (int row = 0; row < m_strip->rowCount(); ++row) {
        if (state(row) == ThumbnailState::Loading)
            return false;
    }
    return true;
}

void MediaThumbnailModel::want(int first, int last, bool rowsArrived)
{
    bool asked = false;
    for (int row = std::max(first, 0); row <= last && row < m_strip->rowCount(); ++row) {
        const MediaItem &item = m_strip->item(row);
        const QString key = MediaStripModel::thumbnailKey(item);
        if (m_entries.contains(key))
            continue;
        m_entries.insert(key, Entry {});
        asked = true;
        if (!m_thumbnails) {
            m_entries[key].loading = false;
            continue;
        }
        // Runs on the cache's pool; a strip gone by then is simply not told.
        onResult(m_thumbnails->request(item.hash, QFileInfo(item.file).suffix().toLower(),
                                       ThumbnailSize, item.posterMs.value_or(0)),
                 this, [this, key](const ThumbnailResult &result) { arrived(key, result); });
    }
    // Rows that came with pictures already known are ready at once.
    if (rowsArrived && !asked && settled())
        emit thumbnailsReady();
}

void MediaThumbnailModel::arrived(const QString &key, const ThumbnailResult &result)
{
    auto entry = m_entries.find(key);
    if (entry == m_entries.end())
        return;
    entry->loading = false;
    entry->image = result.image;
    entry->error = result.error;
    for (int row = 0; row < m_strip->rowCount(); ++row) {
        if (MediaStripModel::thumbnailKey(m_strip->item(row)) == key) {
            const QModelIndex changed = index(row, 0);
            emit dataChanged(changed, changed,
                             {Qt::DecorationRole, Qt::ToolTipRole, ThumbnailStateRole});
        }
    }
    if (settled())
        emit thumbnailsReady();
}

void MediaThumbnailModel::forgetUnused()
{
    // Keep a few pictures no row shows, for undo; drop the rest.
    if (m_entries.size() <= 2 * m_strip->rowCount() + 8)
        return;
    QSet<QString> used;
    for (int row = 0; row < m_strip->rowCount(); ++row)
        used.insert(MediaStripModel::thumbnailKey(m_strip->item(row)));
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!it->loading && !used.contains(it.key()))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace Spill
