// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QString>

class QPainter;

namespace Spill {

// Colours for the gallery, derived from the palette so light and dark themes
// both work: a fixed hue per failure kind, outcome and status, mixed with the
// palette's base and text colours rather than used raw.
namespace CardPalette {

QColor mix(const QColor &from, const QColor &to, qreal amount);
bool isDark(const QPalette &palette);

QColor failureKindHue(const QString &kindKey); // unknown keys get "other"'s hue
QColor outcomeHue(const QString &outcomeKey); // empty or unknown: a neutral grey
QColor statusHue(const QString &statusKey);

// A soft background tinted with the hue, for placeholders and pills.
QColor tint(const QPalette &palette, const QColor &hue, qreal strength = 1.0);
// The hue made readable as text or strokes on tint().
QColor ink(const QPalette &palette, const QColor &hue);
// Secondary text: between the text and the base colour.
QColor muted(const QPalette &palette);
// The hairline around a card or a frame.
QColor hairline(const QPalette &palette);

// A rounded label ("Burnt", "Draft"); height from the font, width from the text.
QSizeF pillSize(const QFont &font, const QString &text);
void paintPill(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
               const QColor &background, const QColor &foreground);

} // namespace CardPalette
} // namespace Spill
