// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownguard.h"

#include <QStringView>

#include <algorithm>
#include <bitset>
#include <vector>

namespace Spill {

namespace {

// Far above what a person writes, far below where cmark-gfm slows down.
constexpr qsizetype MaxPipesPerLine = 256;
constexpr qsizetype MaxMarksPerParagraph = 2048;
constexpr qsizetype MaxLinesPerParagraph = 2048;
constexpr qsizetype MaxQuoteDepth = 32;
// 10 MB of ordinary prose is about 20,000 paragraphs; a fenced code block
// counts as one too.
constexpr qsizetype MaxBlocks = 100000;

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

// Where the text of a line quoted deeper than a reader can follow starts:
// the levels a reader can follow stay quoting.
qsizetype pastFollowableQuotes(QStringView line)
{
    qsizetype depth = 0;
    qsizetype at = 0;
    while (at < line.size() && (line.at(at) == u'>' || line.at(at) == u' ')) {
        if (line.at(at) == u'>' && ++depth > MaxQuoteDepth)
            break;
        ++at;
    }
    return at;
}

// Offsets into the text, so that no list as long as the text's lines is
// ever held: 10 MB of line breaks is ten million lines.
struct Paragraph
{
    qsizetype begin = 0; // its first line
    qsizetype end = 0; // past its last line, before the line break
    qsizetype lines = 0;
    qsizetype marks = 0;
    bool heavy = false;
};

// A line's text taken out on its own: from `cut` to `end`.
struct LineRun
{
    qsizetype paragraph = 0; // which one the line is in
    qsizetype cut = 0;
    qsizetype end = 0;
};

// A private-use character the text does not hold, to mark placeholders.
QChar unusedMarker(QStringView text)
{
    // One pass, not one per candidate: a text holding the first few
    // thousand candidates would otherwise be read as many times.
    constexpr char16_t First = 0xE000;
    constexpr char16_t Last = 0xF8FF;
    std::bitset<Last - First + 1> used;
    for (const QChar c : text) {
        if (c.unicode() >= First && c.unicode() <= Last)
            used.set(c.unicode() - First);
    }
    for (char16_t candidate = First; candidate < Last; ++candidate) {
        if (!used.test(candidate - First))
            return QChar(candidate);
    }
    return QChar(Last); // a text holding all 6,400 is not a story
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
    const QStringView all(text);

    // First pass: what needs changing, if anything.
    std::vector<Paragraph> paragraphs;
    std::vector<LineRun> lineRuns; // lines of too many pipes or too deep quoting
    bool inFence = false;
    bool inParagraph = false;
    qsizetype blocks = 0;
    // Like QStringView::split(u'\n'): a text ending in a line break ends
    // with an empty line.
    for (qsizetype begin = 0; begin <= all.size() && blocks <= MaxBlocks;) {
        qsizetype end = all.indexOf(u'\n', begin);
        if (end < 0)
            end = all.size();
        const QStringView line = all.mid(begin, end - begin);
        const qsizetype lineBegin = begin;
        begin = end + 1;
        if (isFence(line)) {
            inParagraph = false;
            inFence = !inFence;
            if (inFence)
                ++blocks;
            continue;
        }
        if (inFence || isBlank(line)) {
            inParagraph = false;
            continue;
        }
        if (!inParagraph) {
            if (++blocks > MaxBlocks)
                break;
            paragraphs.push_back(Paragraph {lineBegin, end, 0, 0, false});
            inParagraph = true;
        }
        Paragraph &paragraph = paragraphs.back();
        paragraph.end = end;
        ++paragraph.lines;
        qsizetype pipes = 0;
        for (const QChar c : line) {
            if (c == u'|')
                ++pipes;
            else if (isMark(c))
                ++paragraph.marks;
        }
        const qsizetype index = qsizetype(paragraphs.size()) - 1;
        if (quoteDepth(line) > MaxQuoteDepth)
            lineRuns.push_back(LineRun {index, lineBegin + pastFollowableQuotes(line), end});
        else if (pipes > MaxPipesPerLine)
            lineRuns.push_back(LineRun {index, lineBegin, end});
    }
    const bool tooManyBlocks = blocks > MaxBlocks;
    bool anyHeavy = false;
    for (Paragraph &paragraph : paragraphs) {
        paragraph.heavy =
            paragraph.marks > MaxMarksPerParagraph || paragraph.lines > MaxLinesPerParagraph;
        anyHeavy = anyHeavy || paragraph.heavy;
    }
    if (!tooManyBlocks && !anyHeavy && lineRuns.empty())
        return guarded;

    guarded.marker = unusedMarker(text);
    Runs runs(guarded);
    if (tooManyBlocks) {
        // Millions of tiny blocks: one paragraph of plain text.
        guarded.markdown = runs.placeholder(text);
        return guarded;
    }

    // Second pass: the text again, each run taken out as one placeholder
    // (a heavy paragraph whole, its line breaks and all).
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    const auto takeOut = [&](qsizetype from, qsizetype to) {
        out += all.mid(copied, from - copied);
        out += runs.placeholder(all.mid(from, to - from).toString());
        copied = to;
    };
    auto lineRun = lineRuns.cbegin();
    for (qsizetype i = 0; i < qsizetype(paragraphs.size()); ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        if (paragraph.heavy)
            takeOut(paragraph.begin, paragraph.end);
        for (; lineRun != lineRuns.cend() && lineRun->paragraph == i; ++lineRun) {
            if (!paragraph.heavy) // else its lines are in the paragraph's run already
                takeOut(lineRun->cut, lineRun->end);
        }
    }
    out += all.mid(copied);
    guarded.markdown = out;
    return guarded;
}

} // namespace Spill
