// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appearance/colourroles.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace Spill {

// The gallery's pills, painted in the colours of core/appearance's
// colourroles.h, which this namespace also brings in (CardPalette::tint…).
namespace CardPalette {

using namespace Spill::Colours;

// A rounded label ("Burnt", "Draft"); height from the font, width from the text.
QSizeF pillSize(const QFont &font, const QString &text);
void paintPill(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
               const QColor &background, const QColor &foreground);

} // namespace CardPalette
} // namespace Spill
