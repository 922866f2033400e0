// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebar.h"

namespace Spill {

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Places"));
    // A quiet column: the window's own colour, not a white list box.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
}

void Sidebar::addPlace(const QIcon &icon, const QString &name, const QString &shortcutText)
{
    auto *item = new QListWidgetItem(icon, name, this);
    item->setToolTip(tr("%1 (%2)").arg(name, shortcutText));
    item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 12));
    QFont font = item->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    item->setFont(font);
}

QSize Sidebar::minimumSizeHint() const
{
    // Never squeezed to "Gal…": the places' names stay whole.
    return {sizeHint().width(), QListWidget::minimumSizeHint().height()};
}

QSize Sidebar::sizeHint() const
{
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest =
            std::max(widest, QFontMetrics(item(row)->font()).horizontalAdvance(item(row)->text()));
    return {widest + iconSize().width() + 48, QListWidget::sizeHint().height()};
}

} // namespace Spill
