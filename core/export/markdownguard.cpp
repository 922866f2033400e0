// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownguard.h"

#include <QList>
#include <QStringView>

namespace Spill {

namespace {

// Far above what a person writes, far below where cmark-gfm slows down.
constexpr qsizetype MaxPipesPerLine = 256;
constexpr qsizetype MaxMarksPerParagraph = 2048;
constexpr qsizetype MaxLinesPerParagraph = 2048;
constexpr qsizetype MaxQuoteDepth = 32;
// 10 MB of ordinary prose is about 20,000 paragraphs.
constexpr qsizetype MaxParagraphs = 100000;

bool isMark(QChar c)
{
    switch (c.unicode()) {
    case u'*':
    case u'_':
    case u'~':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'`':
    case u'!':
        return true;
    default:
        return false;
    }
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// ``` or ~~~ after at most three spaces: a code fence opens or closes.
bool isFence(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == u' ')
        ++i;
    const QStringView rest = line.mid(i);
    return rest.startsWith(u"```") || rest.startsWith(u"~~~");
}

qsizetype quoteDepth(QStringView line)
{
    qsizetype depth = 0;
    for (const QChar c : line) {
        if (c == u'>')
            ++depth;
        else if (c != u' ')
            break;
    }
    return depth;
}

struct Paragraph
{
    qsizetype first = 0; // line index
    qsizetype last = 0; // exclusive
    qsizetype marks = 0;
};

QString escapeMarks(QStringView line)
{
    QString out;
    out.reserve(line.size() + line.size() / 4);
    for (const QChar c : line) {
        if (isMark(c) || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

QString defusePathologicalMarkdown(const QString &markdown)
{
    // Fast exit for the common case: short text cannot be pathological.
    if (markdown.size() < MaxPipesPerLine)
        return markdown;
    // cmark ends a line at CR too; the copy is only returned when changed.
    QString normalised;
    if (markdown.contains(u'\r')) {
        normalised = markdown;
        normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    }
    const QString &text = normalised.isNull() ? markdown : normalised;
    const QList<QStringView> lines = QStringView(text).split(u'\n');

    // First pass: what needs changing, if anything.
    QList<Paragraph> heavy; // paragraphs with too many marks or lines
    QList<qsizetype> pipeLines;
    QList<qsizetype> deepQuotes;
    bool inFence = false;
    Paragraph current {0, 0, 0};
    bool inParagraph = false;
    qsizetype paragraphs = 0;
    const auto closeParagraph = [&](qsizetype end) {
        if (!inParagraph)
            return;
        ++paragraphs;
        current.last = end;
        if (current.marks > MaxMarksPerParagraph ||
            current.last - current.first > MaxLinesPerParagraph)
            heavy.append(current);
        inParagraph = false;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        if (isFence(line)) {
            closeParagraph(i);
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (isBlank(line)) {
            closeParagraph(i);
            continue;
        }
        if (!inParagraph) {
            current = Paragraph {i, i, 0};
            inParagraph = true;
        }
        qsizetype pipes = 0;
        for (const QChar c : line) {
            if (c == u'|')
                ++pipes;
            else if (isMark(c))
                ++current.marks;
        }
        if (pipes > MaxPipesPerLine)
            pipeLines.append(i);
        if (quoteDepth(line) > MaxQuoteDepth)
            deepQuotes.append(i);
    }
    closeParagraph(lines.size());
    if (paragraphs > MaxParagraphs) {
        // Millions of tiny blocks: one paragraph of plain text, every mark
        // escaped, every break a space.
        QString plain = escapeMarks(text);
        plain.replace(u'\n', u' ').replace(u'|', QStringLiteral("&#124;"));
        return plain;
    }
    if (heavy.isEmpty() && pipeLines.isEmpty() && deepQuotes.isEmpty())
        return markdown;

    // Second pass: rewrite only the lines found.
    QList<QString> replaced(lines.size());
    QList<bool> changed(lines.size(), false);
    QList<bool> joinWithNext(lines.size(), false);
    for (const qsizetype i : std::as_const(deepQuotes)) {
        // The marks beyond the limit are kept, escaped, as text.
        const QStringView line = lines.at(i);
        QString out;
        qsizetype depth = 0;
        qsizetype at = 0;
        while (at < line.size() && (line.at(at) == u'>' || line.at(at) == u' ')) {
            if (line.at(at) == u'>' && ++depth > MaxQuoteDepth)
                out += u'\\';
            out += line.at(at++);
        }
        replaced[i] = out + line.mid(at).toString();
        changed[i] = true;
    }
    for (const qsizetype i : std::as_const(pipeLines)) {
        // An entity: the table extension does not count it as a cell border.
        const QString base = changed.at(i) ? replaced.at(i) : lines.at(i).toString();
        replaced[i] = QString(base).replace(u'|', QStringLiteral("&#124;"));
        changed[i] = true;
    }
    for (const Paragraph &paragraph : std::as_const(heavy)) {
        const bool escape = paragraph.marks > MaxMarksPerParagraph;
        const bool join = paragraph.last - paragraph.first > MaxLinesPerParagraph;
        for (qsizetype i = paragraph.first; i < paragraph.last; ++i) {
            if (escape) {
                replaced[i] =
                    escapeMarks(changed.at(i) ? QStringView(replaced.at(i)) : lines.at(i));
                changed[i] = true;
            }
            if (join && i + 1 < paragraph.last)
                joinWithNext[i] = true;
        }
    }
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (changed.at(i))
            out += replaced.at(i);
        else
            out += lines.at(i);
        if (i + 1 < lines.size())
            out += joinWithNext.at(i) ? u' ' : u'\n';
    }
    return out;
}

} // namespace Spill
