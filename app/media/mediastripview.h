// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace Spill {

class MediaTileDelegate;

// A strip's tiles in one row, left to right, scrolling sideways when they
// do not fit. As wide as its tiles and as tall as one (nothing when it has
// none), so the strip's Add button sits right after the last tile. Shows
// where a dragged tile will land; the strip takes the drop.
class MediaStripView : public QListView
{
    Q_OBJECT

public:
    explicit MediaStripView(MediaTileDelegate *delegate, QWidget *parent = nullptr);

    // Where a dragged tile would land: before row `slot` (rowCount: after
    // the last), or -1 for none.
    void setDropSlot(int slot);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setModel(QAbstractItemModel *model) override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refit();

    MediaTileDelegate *m_delegate;
    int m_dropSlot = -1;
};

} // namespace Spill
