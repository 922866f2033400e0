// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Spill {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    qDeleteAll(m_items);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    // At its narrowest the layout is one column as wide as its widest item.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, false);
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    if (!owner)
        return 0;
    return owner->style()->layoutSpacing(QSizePolicy::ToolButton, QSizePolicy::ToolButton,
                                         orientation, nullptr, owner);
}

int FlowLayout::arrange(const QRect &rect, bool dryRun) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hGap = gap(Qt::Horizontal);
    const int vGap = gap(Qt::Vertical);
    const bool rightToLeft = parentWidget() && parentWidget()->isRightToLeft();

    int x = area.x();
    int y = area.y();
    int rowHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            x = area.x();
            y += rowHeight + vGap;
            rowHeight = 0;
        }
        if (!dryRun) {
            QRect placed(QPoint(x, y), hint);
            if (rightToLeft)
                placed.moveLeft(area.left() + area.right() - placed.right());
            item->setGeometry(placed);
        }
        x += hint.width() + hGap;
        rowHeight = std::max(rowHeight, hint.height());
    }
    const QMargins margins = contentsMargins();
    return y + rowHeight - rect.y() + margins.bottom();
}

} // namespace Spill
