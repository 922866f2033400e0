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
// Quotes and lists nested on one line: cmark-gfm's CommonMark renderer
// writes the prefix of every level for every level, so 1,000 levels are a
// million characters written, for each such line.
constexpr qsizetype MaxNesting = 32;
// 10 MB of ordinary prose is about 20,000 paragraphs; a fenced code block
// counts as one too.
constexpr qsizetype MaxBlocks = 100000;
// What the paragraphs left to parse may cost together, in nodes of
// cmark-gfm's tree as lineNodes() counts them: past this, the paragraphs
// that cost the most for their length are made plain until the rest is
// within it. Every construct is linear in cmark-gfm, but many make a node or
// more per character, and a node is about 200 bytes: 10 MB of "& " was ten
// million nodes, 1.8 GB. A MB of Spill's own documentation counts 50,000 to
// 150,000, so only stories of several MB of dense Markdown reach it.
constexpr qint64 MaxNodes = 1000000;
constexpr qint64 BytesPerNode = 200;
// cmark-gfm's autolink extension tries up to this many "@" in one text node
// as an e-mail address; each try reads or copies the rest of the node, and
// nothing is freed until the document is.
constexpr qint64 AutolinkTries = 1000;

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

// "---", "* * *" or "_ _ _": a thematic break, which no list marker opens.
bool isThematicBreak(QStringView rest)
{
    QChar mark;
    qsizetype marks = 0;
    for (const QChar c : rest) {
        if (c == u' ' || c == u'\t')
            continue;
        if (marks == 0 && (c == u'-' || c == u'*' || c == u'_'))
            mark = c;
        else if (c != mark)
            return false;
        ++marks;
    }
    return marks >= 3;
}

// The containers a line opens with markers: quote marks and list markers
// ("-", "+", "*", "1." or "1)"), each a container of its own however many
// stand on the line. Past MaxNesting of them, `*cut` is where the next one
// starts (else -1).
qsizetype containerMarkers(QStringView line, qsizetype *cut)
{
    // A thematic break can only be what ends the line in "-" or "*" and
    // blanks: the rest of the line is read once, not once for each marker.
    const auto tailOf = [line](QChar mark) {
        qsizetype start = line.size();
        while (start > 0 &&
               (line.at(start - 1) == mark || line.at(start - 1) == u' ' ||
                line.at(start - 1) == u'\t'))
            --start;
        return start;
    };
    const qsizetype dashes = tailOf(u'-');
    const qsizetype stars = tailOf(u'*');
    qsizetype markers = 0;
    qsizetype at = 0;
    *cut = -1;
    while (at < line.size()) {
        const char16_t c = line.at(at).unicode();
        if (c == u' ' || c == u'\t') {
            ++at;
            continue;
        }
        qsizetype after = at + 1;
        if (c == u'-' || c == u'+' || c == u'*') {
            if (((c == u'-' && at >= dashes) || (c == u'*' && at >= stars)) &&
                isThematicBreak(line.mid(at)))
                break;
        } else if (c != u'>') {
            // An ordered list's marker: up to nine digits, then "." or ")".
            qsizetype digits = at;
            while (digits < line.size() && digits - at < 9 && line.at(digits) >= u'0' &&
                   line.at(digits) <= u'9')
                ++digits;
            if (digits == at || digits == line.size() ||
                (line.at(digits) != u'.' && line.at(digits) != u')'))
                break;
            after = digits + 1;
        }
        // A list marker stands apart from what follows; a quote mark need not.
        if (c != u'>' && after < line.size() && line.at(after) != u' ' && line.at(after) != u'\t')
            break;
        if (++markers > MaxNesting && *cut < 0)
            *cut = at;
        at = after;
    }
    return markers;
}

// "|---|:-:|": the row under a table's header. Every row after it has as
// many cells as it has, whatever the row holds.
bool isDelimiterRow(QStringView line)
{
    bool pipe = false;
    bool dash = false;
    for (const QChar c : line) {
        if (c == u'|')
            pipe = true;
        else if (c == u'-')
            dash = true;
        else if (c != u':' && c != u' ' && c != u'\t')
            return false;
    }
    return pipe && dash;
}

// The nodes cmark-gfm may make of one line of a paragraph, estimated from
// above (measured: at most about 250 bytes of the parse's peak memory per
// node counted): its text and the line break after it; a list, its item
// and paragraph for each of the `containers` it opens; two per table cell;
// for a mark ("[", "&", a backslash...), the mark's own text node and the
// one after it, as for "{", which the Markdown formats write as an entity
// node of its own (sanitizedMarkdown()); three for "*" and "~" (emphasis);
// a text node for "w", where the autolink extension looks for "www.";
// three for ":" ("http:") and "@", a link, its text and the text after it.
// At each "@" the autolink extension reads or copies the rest of the text
// node, at most the rest of the line: that counts as a node per
// BytesPerNode.
qint64 lineNodes(QStringView line, qsizetype containers, qsizetype tableColumns)
{
    qint64 nodes = 2 + 3 * containers + 2 * tableColumns;
    qint64 ats = 0;
    for (const QChar c : line) {
        switch (c.unicode()) {
        case u'w':
            nodes += 1;
            break;
        case u'@':
            ++ats;
            nodes += 3;
            break;
        case u':':
        case u'*':
        case u'~':
            nodes += 3;
            break;
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'`':
        case u'!':
        case u'&':
        case u'\\':
        case u'|':
        case u'{':
            nodes += 2;
            break;
        default:
            break;
        }
    }
    return nodes + std::min(ats, AutolinkTries) * line.size() / BytesPerNode;
}

// Offsets into the text, so that no list as long as the text's lines is
// ever held: 10 MB of line breaks is ten million lines.
struct Paragraph
{
    qsizetype begin = 0; // its first line
    qsizetype end = 0; // past its last line, before the line break
    qsizetype lines = 0;
    qsizetype marks = 0;
    qsizetype columns = 0; // of the table it holds, from its delimiter row
    qint64 nodes = 0; // what cmark-gfm may make of it, estimated from above
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
    std::vector<LineRun> lineRuns; // lines of too many pipes or too deep nesting
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
            paragraphs.push_back(Paragraph {});
            paragraphs.back().begin = lineBegin;
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
        qsizetype cut = -1;
        const qsizetype containers = containerMarkers(line, &cut);
        paragraph.nodes += lineNodes(line, containers, paragraph.columns);
        if (paragraph.lines > 1 && isDelimiterRow(line))
            paragraph.columns = std::max(paragraph.columns, pipes + 1);
        const qsizetype index = qsizetype(paragraphs.size()) - 1;
        if (cut >= 0)
            lineRuns.push_back(LineRun {index, lineBegin + cut, end});
        else if (pipes > MaxPipesPerLine)
            lineRuns.push_back(LineRun {index, lineBegin, end});
    }
    const bool tooManyBlocks = blocks > MaxBlocks;
    bool anyHeavy = false;
    qint64 nodes = 0;
    for (Paragraph &paragraph : paragraphs) {
        paragraph.heavy =
            paragraph.marks > MaxMarksPerParagraph || paragraph.lines > MaxLinesPerParagraph;
        anyHeavy = anyHeavy || paragraph.heavy;
        if (!paragraph.heavy)
            nodes += paragraph.nodes;
    }
    if (!tooManyBlocks && nodes > MaxNodes) {
        // The costliest for their length first: the least text made plain.
        std::vector<Paragraph *> costliest;
        for (Paragraph &paragraph : paragraphs) {
            if (!paragraph.heavy)
                costliest.push_back(&paragraph);
        }
        std::stable_sort(costliest.begin(), costliest.end(),
                         [](const Paragraph *a, const Paragraph *b) {
                             return a->nodes * (b->end - b->begin) > b->nodes * (a->end - a->begin);
                         });
        for (Paragraph *paragraph : costliest) {
            if (nodes <= MaxNodes)
                break;
            paragraph->heavy = true;
            anyHeavy = true;
            nodes -= paragraph->nodes;
        }
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
