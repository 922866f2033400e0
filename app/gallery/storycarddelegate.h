// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace Spill {

// Paints a gallery item as a card: the thumbnail cropped to fill (or a drawn
// placeholder for the failure kind), a failure-kind badge, the title on up to
// two lines, the dish and date, a search snippet when there is one, the
// status badge, and along the bottom the outcome and as many tags as fit. Reads only the roles in
// gallery/galleryroles.h.
//
// Everything but the thumbnail is drawn from the palette and the font, so the
// card is crisp at any pixel ratio and follows light and dark themes. The
// card's size comes from the font; a card is taller when its index carries a
// snippet, and a view with uniform item sizes takes the first item's size, so
// a page of search results gets room for snippets and a plain page does not.
class StoryCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StoryCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where the parts of a card go inside `itemRect` for `font`.
    struct Geometry
    {
        QRectF card;
        QRectF thumbnail;
        QRectF text; // the column under the thumbnail, inside the padding
        qreal radius = 0;
        qreal padding = 0;
    };
    static Geometry geometry(const QRect &itemRect, const QFont &font, bool withSnippet);
    static QSize cardSize(const QFont &font, bool withSnippet);

private:
    void paintThumbnail(QPainter *painter, const QRectF &rect, const QImage &image) const;

    struct ThumbKey
    {
        qint64 image;
        int width;
        int height;
        friend bool operator==(const ThumbKey &, const ThumbKey &) = default;
        friend size_t qHash(const ThumbKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.image, key.width, key.height);
        }
    };
    // Thumbnails scaled to their card at the screen's pixel ratio, so a scroll
    // repaint blits instead of rescaling. Bounded in kilobytes.
    mutable QCache<ThumbKey, QPixmap> m_scaled;
};

} // namespace Spill
