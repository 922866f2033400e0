// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediastripview.h"

#include "mediatiledelegate.h"

#include <QPainter>
#include <QScrollBar>

namespace Spill {

namespace {

constexpr int Spacing = 2;

} // namespace

MediaStripView::MediaStripView(MediaTileDelegate *delegate, QWidget *parent)
    : QListView(parent)
    , m_delegate(delegate)
{
    setItemDelegate(delegate);
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setSpacing(Spacing);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    viewport()->setCursor(Qt::PointingHandCursor);
    // The strip behind shows through: its drop outline and its colour.
    viewport()->setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, &MediaStripView::refit);
    refit();
}

void MediaStripView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MediaStripView::refit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MediaStripView::refit);
    connect(model, &QAbstractItemModel::modelReset, this, &MediaStripView::refit);
    // A photo's shape never changes, but the first rows of a strip arrive
    // before it is laid out.
    connect(model, &QAbstractItemModel::layoutChanged, this, &MediaStripView::refit);
    refit();
}

void MediaStripView::refit()
{
    const bool empty = !model() || model()->rowCount() == 0;
    int height = 0;
    if (!empty) {
        height = m_delegate->tileHeight() + 2 * Spacing + 2 * frameWidth();
        if (horizontalScrollBar()->maximum() > 0)
            height += horizontalScrollBar()->sizeHint().height();
    }
    setFixedHeight(height);
    // An empty strip is no stop on the way through by Tab: its Add button is.
    setFocusPolicy(empty ? Qt::NoFocus : Qt::StrongFocus);
    updateGeometry();
}

QSize MediaStripView::sizeHint() const
{
    int width = Spacing;
    if (model()) {
        QStyleOptionViewItem option;
        option.initFrom(this);
        for (int row = 0; row < model()->rowCount(); ++row)
            width += m_delegate->sizeHint(option, model()->index(row, 0)).width() + 2 * Spacing;
    }
    return {width + 2 * frameWidth(), maximumHeight()};
}

QSize MediaStripView::minimumSizeHint() const
{
    return {0, maximumHeight()};
}

void MediaStripView::setDropSlot(int slot)
{
    if (slot == m_dropSlot)
        return;
    m_dropSlot = slot;
    viewport()->update();
}

void MediaStripView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    const int rows = model() ? model()->rowCount() : 0;
    if (m_dropSlot < 0 || rows == 0)
        return;
    // Where the dragged tile will land: a bar between two tiles.
    const bool after = m_dropSlot >= rows;
    const QRect box = visualRect(model()->index(after ? rows - 1 : m_dropSlot, 0));
    const int x = after ? box.right() + Spacing : box.left() - Spacing;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(x, box.top() + 2, x, box.bottom() - 2);
}

} // namespace Spill
