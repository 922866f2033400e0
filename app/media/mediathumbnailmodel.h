// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/mediastripmodel.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QImage>

namespace Spill {

class ThumbnailCache;
struct ThumbnailResult;

// A strip's rows with their thumbnails: Qt::DecorationRole is the image,
// made on the thumbnail cache's own threads, never on the GUI thread. A
// row asks for its thumbnail when it arrives and again only when its
// picture changes (another poster frame); when the image comes, that row
// alone says so with dataChanged. Images are kept by what they show, so a
// row removed and put back by undo shows its picture at once.
class MediaThumbnailModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role {
        ThumbnailStateRole = MediaStripModel::ThumbnailKeyRole + 1, // ThumbnailState
    };
    enum class ThumbnailState { Loading, Shown, Failed };

    MediaThumbnailModel(MediaStripModel *strip, ThumbnailCache *thumbnails,
                        QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    MediaStripModel *strip() const { return m_strip; }
    ThumbnailState state(int row) const;
    // Every row's thumbnail is drawn or has failed, and there is a row.
    bool settled() const;

signals:
    // Every row's thumbnail is drawn or has failed.
    void thumbnailsReady();

private:
    struct Entry
    {
        QImage image;
        QString error;
        bool loading = true;
    };

    void want(int first, int last, bool rowsArrived);
    void arrived(const QString &key, const ThumbnailResult &result);
    void forgetUnused();

    MediaStripModel *m_strip;
    ThumbnailCache *m_thumbnails;
    QHash<QString, Entry> m_entries; // by MediaStripModel::thumbnailKey
};

} // namespace Spill
