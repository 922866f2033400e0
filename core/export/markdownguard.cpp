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

// A private-use character the text does not hold, to mark placeholders.
QChar unusedMarker(QStringView text)
{
    for (char16_t candidate = 0xE000; candidate < 0xF8FF; ++candidate) {
        if (!text.contains(QChar(candidate)))
            return QChar(candidate);
    }
    return QChar(0xF8FF); // a text holding all 6,400 is not a story
}

// Collects the runs taken out and writes their placeholders.
class Runs
{
public:
    explicit Runs(GuardedMarkdown &guarded)
        : m_guarded(guarded)
    {
    }

    QString placeholder(QString run)
    {
        run.replace(u'\n', u' ');
        m_guarded.plain.append(run);
        const QChar marker = m_guarded.marker;
        return marker + QString::number(m_guarded.plain.size() - 1) + marker;
    }

private:
    GuardedMarkdown &m_guarded;
};

} // namespace

QString GuardedMarkdown::restored() const
{
    if (plain.isEmpty())
        return markdown;
    const QStringList parts = markdown.split(marker);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i % 2 == 0) {
            out += parts.at(i);
            continue;
        }
        bool ok = false;
        const qsizetype index = parts.at(i).toLongLong(&ok);
        out += ok && index >= 0 && index < plain.size() ? plain.at(index) : parts.at(i);
    }
    return out;
}

GuardedMarkdown guardMarkdown(const QString &markdown)
{
    GuardedMarkdown guarded {markdown, QChar(), {}};
    // Fast exit for the common case: short text cannot be pathological.
    if (markdown.size() < MaxPipesPerLine)
        return guarded;
    // cmark ends a line at CR too; the copy is only used when changed.
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
    const bool tooManyBlocks = paragraphs > MaxParagraphs;
    if (!tooManyBlocks && heavy.isEmpty() && pipeLines.isEmpty() && deepQuotes.isEmpty())
        return guarded;

    guarded.marker = unusedMarker(text);
    Runs runs(guarded);
    if (tooManyBlocks) {
        // Millions of tiny blocks: one paragraph of plain text.
        guarded.markdown = runs.placeholder(text);
        return guarded;
    }

    // Second pass: rewrite only the lines found.
    QList<QString> replaced(lines.size());
    QList<bool> changed(lines.size(), false);
    QList<bool> dropped(lines.size(), false);
    for (const Paragraph &paragraph : std::as_const(heavy)) {
        // The whole paragraph as written, one run.
        const QStringView whole = QStringView(text).mid(
            lines.at(paragraph.first).data() - text.data(),
            lines.at(paragraph.last - 1).data() + lines.at(paragraph.last - 1).size() -
                lines.at(paragraph.first).data());
        replaced[paragraph.first] = runs.placeholder(whole.toString());
        changed[paragraph.first] = true;
        for (qsizetype i = paragraph.first + 1; i < paragraph.last; ++i)
            dropped[i] = true;
    }
    for (const qsizetype i : std::as_const(deepQuotes)) {
        if (changed.at(i) || dropped.at(i))
            continue; // in a heavy paragraph's run already
        // The levels a reader can follow stay quoting; the rest is text.
        const QStringView line = lines.at(i);
        qsizetype depth = 0;
        qsizetype at = 0;
        while (at < line.size() && (line.at(at) == u'>' || line.at(at) == u' ')) {
            if (line.at(at) == u'>' && ++depth > MaxQuoteDepth)
                break;
            ++at;
        }
        replaced[i] = line.left(at).toString() + runs.placeholder(line.mid(at).toString());
        changed[i] = true;
    }
    for (const qsizetype i : std::as_const(pipeLines)) {
        if (changed.at(i) || dropped.at(i))
            continue; // its pipes are in a run already
        replaced[i] = runs.placeholder(lines.at(i).toString());
        changed[i] = true;
    }
    QString out;
    out.reserve(text.size() / 4);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (dropped.at(i))
            continue;
        out += changed.at(i) ? QStringView(replaced.at(i)) : lines.at(i);
        if (i + 1 < lines.size())
            out += u'\n';
    }
    guarded.markdown = out;
    return guarded;
}

} // namespace Spill
