// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTextLayout>

class QPainter;

namespace Spill {

// Plain text plus formatted ranges, ready for QTextLayout. Nothing in it is
// ever interpreted as markup, so titles and snippets need no escaping.
struct StyledText
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
};

// Turns a search snippet with matches wrapped in \x02 ... \x03 into plain
// text with `match` applied to each match. Unbalanced marks are tolerated.
StyledText parseSnippet(const QString &snippet, const QTextCharFormat &match);

// The text as it can be shown in `maxLines` lines of `width`, its first
// formatted range (a search match) in view: when the match would fall after
// the last line, words are left out at the front, marked with "…".
StyledText withFirstMatchInView(const StyledText &text, const QFont &font, qreal width,
                                int maxLines);

// Lays the text out in `width`, at most `maxLines` lines, its first
// formatted range kept in view (withFirstMatchInView()); when it does not
// fit, the last line ends in an ellipsis. Draws it when painter is set and
// returns the height used.
qreal drawWrappedText(QPainter *painter, const QPointF &topLeft, qreal width, const QFont &font,
                      const StyledText &text, int maxLines);

} // namespace Spill
