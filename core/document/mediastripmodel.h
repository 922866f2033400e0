// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"
#include "storydocument.h"

#include <QAbstractListModel>
#include <QList>
#include <QMetaObject>
#include <QPointer>

namespace Spill {

// One beat's photos and clips in a story document, one row each, in the
// story's order. A view of the document: every change the document makes
// (an edit, an undo, another view's edit) reaches the views row by row.
// A caption or alt text edit is a dataChanged of that row; adding,
// removing and reordering are inserted, removed and moved rows, never a
// reset, so views keep their selection and their thumbnails. Only showing
// another document resets. Edits go to the document, not through here.
class MediaStripModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CaptionRole = Qt::UserRole + 1,
        AltRole,
        MediaRoleRole, // MediaRole as int
        RoleLabelRole, // "Dream", "Reality", … as shown
        DecorativeRole,
        KindRole, // MediaKind as int
        DurationRole, // clips: milliseconds
        PosterRole, // clips: the poster frame's time in ms, or null
        SizeRole, // the photo's or clip's own size in pixels
        HashRole,
        FileRole,
        EditedMarkRole, // photos its file says were edited, the mark left on

        // Names the picture a thumbnail shows: the hash and, for clips, the
        // poster time. When it changes, the thumbnail must be made again.
        ThumbnailKeyRole,
    };

    explicit MediaStripModel(Beat beat, QObject *parent = nullptr);

    Beat beat() const { return m_beat; }
    // Follows another document (null: no rows). The one reset.
    void setDocument(StoryDocument *document);
    StoryDocument *document() const { return m_document; }

    const MediaItem &item(int row) const { return m_items.at(row); }
    // The row's index into the whole story's media list.
    int storyIndex(int row) const { return m_indices.value(row, -1); }
    // The row showing the story's item `index`, or -1.
    int rowOf(int index) const { return int(m_indices.indexOf(index)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // A dragged item carries its whole-list index, so another beat's strip
    // can take it too.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    static QString mimeType();

    // What identifies an item's thumbnail: hash and poster time.
    static QString thumbnailKey(const MediaItem &item);

private:
    void follow();
    void itemChanged(int index);

    Beat m_beat;
    QPointer<StoryDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    QList<MediaItem> m_items;
    QList<int> m_indices;
};

} // namespace Spill
