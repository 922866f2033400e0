// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace Spill {

// WCAG 2.x relative luminance of an opaque sRGB colour, 0 (black) to 1 (white).
double relativeLuminance(const QColor &colour);
// WCAG 2.x contrast ratio, 1 to 21. A translucent foreground is laid over
// the background first; the background is taken as opaque.
double contrastRatio(const QColor &foreground, const QColor &background);
// `top` laid over the opaque `bottom`.
QColor composite(const QColor &top, const QColor &bottom);

// The least ratio WCAG AA asks of normal-size text.
constexpr double MinimumTextContrast = 4.5;

// One colour Spill paints on another: text, or a mark that carries meaning
// (a coach mark, a glyph, a chart's label).
struct ColourPair
{
    QString what; // "card pill: rescued", for the test's message
    QColor foreground;
    QColor background;
};

// Every foreground/background pair Spill paints with this palette: the
// palette's own text roles, and each colour the places derive from it
// (colourroles.h). A widget that paints a new pair adds it here, so the
// contrast test covers it.
QList<ColourPair> paintedPairs(const QPalette &palette);

} // namespace Spill
