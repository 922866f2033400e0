// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardpalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace Spill::CardPalette {

QSizeF pillSize(const QFont &font, const QString &text)
{
    const QFontMetricsF fm(font);
    const qreal height = std::ceil(fm.height() * 1.3);
    return {std::ceil(fm.horizontalAdvance(text) + height * 0.75), height};
}

void paintPill(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
               const QColor &background, const QColor &foreground)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(rect, radius, radius);
    painter->setFont(font);
    painter->setPen(foreground);
    const QString shown =
        QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width() - radius * 0.9);
    painter->drawText(rect, Qt::AlignCenter, shown);
    painter->restore();
}

} // namespace Spill::CardPalette
