// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace Spill::Colours {

// Every colour Spill paints beyond the palette's own roles comes from here,
// derived from the palette, so light and dark both work and the contrast
// test (paintedPairs() in contrast.h) sees the same colours the widgets do.
// Fixed hues name kinds, outcomes and statuses; they are mixed with the
// palette rather than used raw behind or as text.

QColor mix(const QColor &from, const QColor &to, qreal amount);
bool isDark(const QPalette &palette);

QColor failureKindHue(const QString &kindKey); // unknown keys get "other"'s hue
QColor outcomeHue(const QString &outcomeKey); // empty or unknown: a neutral grey
QColor statusHue(const QString &statusKey);
// The coach's marks.
enum class Tone { Warning, Suggestion, Good };
QColor toneHue(Tone tone);

// A soft background tinted with the hue, for placeholders and pills.
QColor tint(const QPalette &palette, const QColor &hue, qreal strength = 1.0);
// The strongest tint text is put on (a card's outcome pill).
constexpr qreal PillTint = 1.3;
// The hue made readable (WCAG AA) as text or strokes on tint() up to
// PillTint and on the base colour.
QColor ink(const QPalette &palette, const QColor &hue);
// `foreground` mixed towards `background` as far as `amount`, but never so
// far that it reads below WCAG AA on any of `backgrounds`.
QColor quieter(const QColor &foreground, const QList<QColor> &backgrounds, qreal amount);
// Black or white, whichever reads better on the colour (at least 4.58:1).
QColor readableOn(const QColor &background);

// Secondary text on the base colour, a tag pill or a selected card.
QColor muted(const QPalette &palette);
// Secondary text on the window colour (charts, quiet labels).
QColor mutedOnWindow(const QPalette &palette);
// The hairline around a card or a frame.
QColor hairline(const QPalette &palette);
// A card's face when selected.
QColor selectedCard(const QPalette &palette);
// A tag pill's background.
QColor tagBackground(const QPalette &palette);
// A search snippet's text, and the background of its matching words.
QColor snippetText(const QPalette &palette);
QColor matchBackground(const QPalette &palette);
// What the gallery's cards sit on.
QColor galleryBackground(const QPalette &palette);
// The frame behind a photo that has not arrived yet.
QColor photoFrame(const QPalette &palette);
// A soft fill for the editor's single-line fields.
QColor fieldFill(const QPalette &palette);
// The Write place's step list: the current step's tint and the quiet
// text of the steps on it.
QColor stepTint(const QPalette &palette, bool selected);
QColor stepMuted(const QPalette &palette, bool selected);
// The darkening laid over a photo under a clip's duration or a tile's label.
QColor photoScrim();

} // namespace Spill::Colours
