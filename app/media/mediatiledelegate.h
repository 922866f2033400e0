// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Spill {

// Draws one photo or clip of a strip: its thumbnail filling the tile (a
// sketched placeholder while it loads, a cross when it failed), the role
// badge on dreams and realities, a play badge and the length on clips, and
// the caption along the bottom. Reads only the model's roles
// (MediaStripModel, MediaThumbnailModel); decodes nothing.
class MediaTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Tiles are `height` pixels tall; their width follows the picture's shape.
    explicit MediaTileDelegate(int height, QObject *parent = nullptr);

    int tileHeight() const { return m_height; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_height;
};

} // namespace Spill
