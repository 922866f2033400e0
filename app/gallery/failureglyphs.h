// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;
class QPalette;

namespace Spill {

// A simple vector drawing per failure kind (a flame for burnt, a sunken dome
// for collapsed, droplets for split...), drawn in the largest square that fits
// in rect. Vector so it stays crisp at any size and pixel ratio.
void paintFailureGlyph(QPainter *painter, const QRectF &rect, const QString &kindKey,
                       const QColor &color);

// The placeholder for a story without a photo: a soft tint of the failure
// kind's hue with its glyph in the middle. An empty key draws a neutral plate.
void paintFailurePlaceholder(QPainter *painter, const QRectF &rect, const QString &kindKey,
                             const QPalette &palette, qreal glyphScale = 0.46);

} // namespace Spill
