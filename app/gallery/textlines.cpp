// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlines.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Spill {

StyledText parseSnippet(const QString &snippet, const QTextCharFormat &match)
{
    StyledText out;
    out.text.reserve(snippet.size());
    int start = -1;
    for (const QChar ch : snippet) {
        if (ch == QChar(u'\x02')) {
            start = static_cast<int>(out.text.size());
        } else if (ch == QChar(u'\x03')) {
            if (start >= 0 && out.text.size() > start)
                out.formats.append({start, static_cast<int>(out.text.size()) - start, match});
            start = -1;
        } else if (ch == QChar(u'\n') || ch == QChar(u'\r') || ch == QChar(u'\t')) {
            out.text.append(QChar(u' '));
        } else {
            out.text.append(ch);
        }
    }
    if (start >= 0 && out.text.size() > start) // a match cut off by the snippet's end
        out.formats.append({start, static_cast<int>(out.text.size()) - start, match});
    return out;
}

namespace {

// Lays out up to maxLines lines, the last one `lastLineShortBy` narrower.
// Returns whether all text fitted.
bool layoutLines(QTextLayout &layout, qreal width, int maxLines, qreal lastLineShortBy)
{
    layout.clearLayout();
    layout.beginLayout();
    qreal y = 0;
    bool fitted = true;
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const bool last = i == maxLines - 1;
        line.setLineWidth(last ? std::max<qreal>(1, width - lastLineShortBy) : width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        if (last && line.textStart() + line.textLength() < layout.text().size())
            fitted = false;
    }
    layout.endLayout();
    return fitted;
}

// Where the text laid out in `maxLines` lines of `width` stops showing, with
// room kept for an ellipsis when it does not all fit.
int visibleEnd(const StyledText &text, const QFont &font, qreal width, int maxLines)
{
    QTextLayout layout(text.text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    if (layoutLines(layout, width, maxLines, 0))
        return int(text.text.size());
    layoutLines(layout, width, maxLines, QFontMetricsF(font).horizontalAdvance(QChar(0x2026)));
    const QTextLine last = layout.lineAt(layout.lineCount() - 1);
    return last.textStart() + last.textLength();
}

} // namespace

StyledText withFirstMatchInView(const StyledText &text, const QFont &font, qreal width,
                                int maxLines)
{
    if (text.formats.isEmpty() || width <= 0 || maxLines <= 0)
        return text;
    StyledText shown = text;
    const QChar ellipsis(0x2026);
    // Words go from the front, one at a time, until the first match shows;
    // never the match itself.
    while (true) {
        const QTextLayout::FormatRange &first = shown.formats.first();
        if (first.start + first.length <= visibleEnd(shown, font, width, maxLines))
            return shown;
        qsizetype cut = shown.text.startsWith(ellipsis) ? 1 : 0;
        while (cut < first.start && !shown.text.at(cut).isSpace())
            ++cut;
        while (cut < first.start && shown.text.at(cut).isSpace())
            ++cut;
        if (cut >= first.start || cut == 0)
            return shown; // the match starts the text: nothing left to drop
        const int shift = 1 - int(cut);
        shown.text = ellipsis + shown.text.mid(cut);
        for (QTextLayout::FormatRange &range : shown.formats)
            range.start += shift;
    }
}

qreal drawWrappedText(QPainter *painter, const QPointF &topLeft, qreal width, const QFont &font,
                      const StyledText &source, int maxLines)
{
    if (source.text.isEmpty() || maxLines <= 0 || width <= 0)
        return 0;
    const StyledText text = withFirstMatchInView(source, font, width, maxLines);
    QTextLayout layout(text.text, font);
    layout.setFormats(text.formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);

    const QString ellipsis(QChar(0x2026));
    const qreal ellipsisWidth = QFontMetricsF(font).horizontalAdvance(ellipsis);
    bool fitted = layoutLines(layout, width, maxLines, 0);
    if (!fitted)
        layoutLines(layout, width, maxLines, ellipsisWidth);

    const QTextLine lastLine = layout.lineAt(layout.lineCount() - 1);
    if (painter) {
        layout.draw(painter, topLeft);
        if (!fitted) {
            // Trailing spaces would push the ellipsis away from the last word.
            const int end = lastLine.textStart() + lastLine.textLength();
            int visibleEnd = end;
            while (visibleEnd > lastLine.textStart() && text.text.at(visibleEnd - 1).isSpace())
                --visibleEnd;
            const qreal x = lastLine.cursorToX(visibleEnd);
            painter->save();
            painter->setFont(font);
            painter->drawText(
                QPointF(topLeft.x() + x, topLeft.y() + lastLine.y() + lastLine.ascent()), ellipsis);
            painter->restore();
        }
    }
    return lastLine.y() + lastLine.height();
}

} // namespace Spill
