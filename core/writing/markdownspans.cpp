// SPDX-License-Identifier: GPL-3.0-or-later
#include "writing/markdownspans.h"

#include "writing/utf8source.h"

#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cstring>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>

namespace Spill {

namespace {

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct IterDeleter
{
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

cmark_node *parse(const std::string &bytes)
{
    // Registration fills a global table: once, before any worker parses.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_SOURCEPOS));
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), bytes.data(), bytes.size());
    return cmark_parser_finish(parser.get());
}

bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

bool isInlineNode(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

bool typeIs(cmark_node *node, const char *name)
{
    const char *type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, name) == 0;
}

// Walks cmark's tree and turns nodes into spans. cmark-gfm's inline source
// positions are exact on a paragraph's first line but assume every later
// line starts where the first did (they ignore stripped indentation, quote
// markers and lazy lines), and the autolink extension reports no or shifted
// positions. Both are corrected here against the source text.
class SpanWalker
{
public:
    explicit SpanWalker(const Utf8Source &source)
        : m_src(source)
    {
    }

    void walk(cmark_node *root);
    QList<MarkdownSpan> takeSpans() { return std::move(m_spans); }

private:
    void enterBlock(cmark_node *node, cmark_node_type type);
    void enterInline(cmark_node *node, cmark_node_type type);
    void enterLeaf(cmark_node *node);
    void blockQuote(cmark_node *node);
    void listItem(cmark_node *node);
    void codeBlock(cmark_node *node);
    void heading(cmark_node *node);
    void delimited(cmark_node *node, MarkdownKind kind, int width);
    void inlineCode(cmark_node *node);
    void link(cmark_node *node, bool image);
    void autolink(cmark_node *node);

    void add(qsizetype from, qsizetype to, MarkdownKind kind, int level = 0);
    qsizetype start(cmark_node *node) const;
    qsizetype end(cmark_node *node) const; // exclusive
    int lastLine(cmark_node *node) const;
    int lineDelta(int line) const;
    qsizetype contentStart(int line) const;
    qsizetype quoteMarker(int line, int depth);

    const Utf8Source &m_src;
    QList<MarkdownSpan> m_spans;
    int m_quoteDepth = 0;

    // The paragraph, heading or table cell whose inlines are being walked.
    cmark_node *m_leaf = nullptr;
    int m_leafLine = 0;
    std::vector<int> m_deltas; // column correction per line of the leaf
    int m_lineShift = 0; // line correction for the leaf's inlines
    qsizetype m_cursor = 0; // inlines before this byte are done
    qsizetype m_leafEnd = 0;

    std::unordered_map<int, std::vector<qsizetype>> m_quoteMarkers;
};

void SpanWalker::walk(cmark_node *root)
{
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        const bool isInline = (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
        if (event == CMARK_EVENT_ENTER) {
            if (isInline)
                enterInline(node, type);
            else
                enterBlock(node, type);
        } else if (event == CMARK_EVENT_EXIT) {
            if (type == CMARK_NODE_BLOCK_QUOTE)
                --m_quoteDepth;
            if (node == m_leaf)
                m_leaf = nullptr;
            if (isInline && m_leaf)
                m_cursor = std::max(m_cursor, end(node));
        }
    }
}

void SpanWalker::enterBlock(cmark_node *node, cmark_node_type type)
{
    switch (type) {
    case CMARK_NODE_BLOCK_QUOTE:
        ++m_quoteDepth;
        blockQuote(node);
        break;
    case CMARK_NODE_ITEM:
        listItem(node);
        break;
    case CMARK_NODE_CODE_BLOCK:
        codeBlock(node);
        break;
    case CMARK_NODE_HTML_BLOCK:
        add(start(node), end(node), MarkdownKind::Html);
        break;
    case CMARK_NODE_THEMATIC_BREAK:
        add(start(node), m_src.lineEnd(cmark_node_get_start_line(node)), MarkdownKind::Markup);
        break;
    case CMARK_NODE_HEADING:
        heading(node);
        enterLeaf(node);
        break;
    case CMARK_NODE_PARAGRAPH:
        enterLeaf(node);
        break;
    default:
        if (typeIs(node, "table")) {
            // The delimiter row under the header: | --- | :-: |
            const int line = cmark_node_get_start_line(node) + 1;
            if (line <= lastLine(node))
                add(contentStart(line), m_src.lineEnd(line), MarkdownKind::Markup);
        } else if (typeIs(node, "table_cell")) {
            enterLeaf(node);
        }
        break;
    }
}

void SpanWalker::enterInline(cmark_node *node, cmark_node_type type)
{
    if (!m_leaf)
        return;
    switch (type) {
    case CMARK_NODE_CODE:
        inlineCode(node);
        break;
    case CMARK_NODE_HTML_INLINE:
        add(start(node), end(node), MarkdownKind::Html);
        break;
    case CMARK_NODE_EMPH:
        delimited(node, MarkdownKind::Emphasis, 1);
        break;
    case CMARK_NODE_STRONG:
        delimited(node, MarkdownKind::Strong, 2);
        break;
    case CMARK_NODE_LINK:
        link(node, false);
        break;
    case CMARK_NODE_IMAGE:
        link(node, true);
        break;
    default:
        if (typeIs(node, "strikethrough"))
            delimited(node, MarkdownKind::Strikethrough, 0);
        break;
    }
}

void SpanWalker::enterLeaf(cmark_node *node)
{
    m_leaf = node;
    m_leafLine = cmark_node_get_start_line(node);
    const int firstColumn = cmark_node_get_start_column(node);
    const int last = lastLine(node);
    m_deltas.assign(size_t(std::max(0, last - m_leafLine + 1)), 0);
    for (int line = m_leafLine + 1; line <= last; ++line) {
        const int actual = int(contentStart(line) - m_src.lineStart(line)) + 1;
        m_deltas[size_t(line - m_leafLine)] = actual - firstColumn;
    }
    m_cursor = start(node);
    m_leafEnd = m_src.lineEnd(last);

    // Reference definitions at the top of a paragraph are cut from its text,
    // and cmark numbers the remaining lines from the paragraph's first line.
    m_lineShift = 0;
    if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH &&
        m_src.at(contentStart(m_leafLine)) == '[') {
        for (cmark_node *child = cmark_node_last_child(node); child;
             child = cmark_node_previous(child)) {
            const int childEnd = cmark_node_get_end_line(child);
            if (childEnd > 0) {
                m_lineShift = std::max(0, last - childEnd);
                break;
            }
        }
    }
}

void SpanWalker::blockQuote(cmark_node *node)
{
    const int first = cmark_node_get_start_line(node);
    const int last = lastLine(node);
    // Inner quotes share the outer one's range: one span, not one per level.
    if (m_quoteDepth == 1)
        add(start(node), end(node), MarkdownKind::BlockQuote);
    for (int line = first; line <= last; ++line) {
        qsizetype marker = -1;
        if (line == first) {
            marker = start(node);
            while (isSpaceOrTab(m_src.at(marker)))
                ++marker;
            if (m_src.at(marker) != '>')
                marker = -1;
        } else {
            marker = quoteMarker(line, m_quoteDepth);
        }
        if (marker >= 0)
            add(marker, marker + 1, MarkdownKind::Markup);
    }
}

void SpanWalker::listItem(cmark_node *node)
{
    const qsizetype from = start(node);
    qsizetype to = from;
    while (to - from < 9 && m_src.at(to) >= '0' && m_src.at(to) <= '9')
        ++to;
    if (to > from) {
        if (m_src.at(to) == '.' || m_src.at(to) == ')')
            add(from, to + 1, MarkdownKind::ListMarker);
    } else if (std::strchr("-+*", m_src.at(from)) && m_src.at(from) != '\0') {
        add(from, from + 1, MarkdownKind::ListMarker);
    }
}

void SpanWalker::codeBlock(cmark_node *node)
{
    add(start(node), end(node), MarkdownKind::CodeBlock);
    int fenceLength = 0;
    int fenceOffset = 0;
    char fenceChar = 0;
    if (!cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar) || fenceLength <= 0)
        return;
    const int first = cmark_node_get_start_line(node);
    add(start(node), m_src.lineEnd(first), MarkdownKind::Markup);
    const int last = lastLine(node);
    if (last <= first)
        return;
    qsizetype pos = m_src.lineStart(last);
    const qsizetype lineEnd = m_src.lineEnd(last);
    while (pos < lineEnd && (isSpaceOrTab(m_src.at(pos)) || m_src.at(pos) == '>'))
        ++pos;
    qsizetype run = pos;
    while (run < lineEnd && m_src.at(run) == fenceChar)
        ++run;
    if (run - pos >= fenceLength)
        add(pos, lineEnd, MarkdownKind::Markup);
}

void SpanWalker::heading(cmark_node *node)
{
    const int level = cmark_node_get_heading_level(node);
    const int first = cmark_node_get_start_line(node);
    const int last = lastLine(node);
    const qsizetype from = start(node);
    if (last == first) { // ATX: # Title #
        const qsizetype lineEnd = m_src.lineEnd(first);
        add(from, lineEnd, MarkdownKind::Heading, level);
        qsizetype hashes = from;
        while (hashes < lineEnd && m_src.at(hashes) == '#')
            ++hashes;
        add(from, hashes, MarkdownKind::Markup);
        // A closing sequence lies after the content cmark reports.
        qsizetype tail = std::max(end(node), hashes);
        while (tail < lineEnd && m_src.at(tail) != '#')
            ++tail;
        qsizetype tailEnd = lineEnd;
        while (tailEnd > tail && isSpaceOrTab(m_src.at(tailEnd - 1)))
            --tailEnd;
        add(tail, tailEnd, MarkdownKind::Markup);
    } else { // Setext: the title lines, then === or ---
        add(from, m_src.lineEnd(last), MarkdownKind::Heading, level);
        add(contentStart(last), m_src.lineEnd(last), MarkdownKind::Markup);
    }
}

void SpanWalker::delimited(cmark_node *node, MarkdownKind kind, int width)
{
    const qsizetype from = start(node);
    const qsizetype to = end(node);
    if (from < 0 || to <= from)
        return;
    add(from, to, kind);
    const char delimiter = m_src.at(from);
    if (width == 0) { // ~text~ or ~~text~~
        while (width < 2 && m_src.at(from + width) == '~')
            ++width;
    }
    if (width == 0 || to - from < 2 * width)
        return;
    for (qsizetype i = 0; i < width; ++i) {
        if (m_src.at(from + i) != delimiter || m_src.at(to - 1 - i) != delimiter)
            return;
    }
    add(from, from + width, MarkdownKind::Markup);
    add(to - width, to, MarkdownKind::Markup);
    m_cursor = std::max(m_cursor, from);
}

void SpanWalker::inlineCode(cmark_node *node)
{
    // cmark reports the content between the backtick runs.
    const qsizetype from = start(node);
    const qsizetype to = end(node);
    if (from < 0 || to < from)
        return;
    const qsizetype leafStart = m_src.lineStart(m_leafLine);
    qsizetype open = from;
    while (open > leafStart && m_src.at(open - 1) == '`')
        --open;
    qsizetype close = to;
    while (close < m_leafEnd && close - to < from - open && m_src.at(close) == '`')
        ++close;
    add(open, close, MarkdownKind::InlineCode);
    add(open, from, MarkdownKind::Markup);
    add(to, close, MarkdownKind::Markup);
    m_cursor = std::max(m_cursor, close);
}

void SpanWalker::link(cmark_node *node, bool image)
{
    const qsizetype from = start(node);
    const char first = m_src.at(from);
    if (from < 0 || cmark_node_get_start_line(node) <= 0 ||
        (image ? first != '!' : first != '[' && first != '<')) {
        if (!image)
            autolink(node);
        return;
    }
    const qsizetype to = end(node);
    m_cursor = std::max(m_cursor, from);
    if (first == '<') { // <https://example.com>
        add(from, to, MarkdownKind::LinkUrl);
        return;
    }
    const qsizetype textStart = from + (image ? 2 : 1);
    qsizetype bracket = textStart;
    if (cmark_node *last = cmark_node_last_child(node)) {
        const qsizetype lastEnd = end(last);
        if (lastEnd > bracket)
            bracket = lastEnd;
    }
    while (bracket < to && m_src.at(bracket) != ']')
        ++bracket;
    if (bracket >= to && m_src.at(bracket) != ']')
        return;
    add(from, textStart, MarkdownKind::Markup);
    add(textStart, bracket, image ? MarkdownKind::Image : MarkdownKind::LinkText);
    add(bracket, bracket + 1, MarkdownKind::Markup);
    add(bracket + 1, to, MarkdownKind::LinkUrl);
}

void SpanWalker::autolink(cmark_node *node)
{
    // A bare URL, www. address or e-mail address turned into a link by the
    // extension: its text is the source text, so find it after the cursor.
    cmark_node *text = cmark_node_first_child(node);
    const char *literal = text ? cmark_node_get_literal(text) : nullptr;
    if (!literal || !*literal)
        return;
    const std::string_view needle(literal);
    const size_t found = m_src.bytes().find(needle, size_t(std::max<qsizetype>(m_cursor, 0)));
    if (found == std::string::npos || qsizetype(found + needle.size()) > m_leafEnd)
        return;
    add(qsizetype(found), qsizetype(found + needle.size()), MarkdownKind::LinkUrl);
    m_cursor = qsizetype(found + needle.size());
}

void SpanWalker::add(qsizetype from, qsizetype to, MarkdownKind kind, int level)
{
    if (from < 0 || to < 0)
        return;
    from = std::min(from, m_src.size());
    to = std::clamp<qsizetype>(to, 0, m_src.size());
    if (to <= from)
        return;
    const int start = m_src.utf16Offset(from);
    const int length = m_src.utf16Offset(to) - start;
    if (length > 0)
        m_spans.append(MarkdownSpan {start, length, kind, level});
}

qsizetype SpanWalker::start(cmark_node *node) const
{
    int line = cmark_node_get_start_line(node);
    const int column = cmark_node_get_start_column(node);
    if (line <= 0 || column <= 0)
        return -1;
    if (isInlineNode(node)) {
        // A link that spans lines reports the line of its closing bracket.
        const cmark_node_type type = cmark_node_get_type(node);
        cmark_node *child = cmark_node_first_child(node);
        if ((type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) && child) {
            const int childLine = cmark_node_get_start_line(child);
            if (childLine > 0 && childLine < line)
                line = childLine;
        }
        line += m_lineShift;
        return m_src.byteOffset(line, column + lineDelta(line));
    }
    return m_src.byteOffset(line, column);
}

qsizetype SpanWalker::end(cmark_node *node) const
{
    int line = cmark_node_get_end_line(node);
    const int column = cmark_node_get_end_column(node);
    if (line <= 0)
        return -1;
    if (!isInlineNode(node)) {
        if (column <= 0) // the block ended with the line before
            return m_src.lineEnd(line - 1);
        return std::min(m_src.byteOffset(line, column) + 1, m_src.lineEnd(line));
    }
    line += m_lineShift;
    return std::min(m_src.byteOffset(line, column + lineDelta(line)) + 1, m_src.lineEnd(line));
}

int SpanWalker::lastLine(cmark_node *node) const
{
    const int line = cmark_node_get_end_line(node);
    const int last = cmark_node_get_end_column(node) <= 0 ? line - 1 : line;
    return std::clamp(last, cmark_node_get_start_line(node), m_src.lineCount());
}

int SpanWalker::lineDelta(int line) const
{
    if (!m_leaf || line <= m_leafLine)
        return 0;
    const size_t index = size_t(line - m_leafLine);
    return index < m_deltas.size() ? m_deltas[index] : 0;
}

qsizetype SpanWalker::contentStart(int line) const
{
    // Skip the container markers cmark stripped: up to one ">" per open quote.
    qsizetype pos = m_src.lineStart(line);
    const qsizetype lineEnd = m_src.lineEnd(line);
    for (int depth = 0; depth < m_quoteDepth; ++depth) {
        while (pos < lineEnd && isSpaceOrTab(m_src.at(pos)))
            ++pos;
        if (m_src.at(pos) != '>' || pos >= lineEnd)
            break;
        ++pos;
    }
    while (pos < lineEnd && isSpaceOrTab(m_src.at(pos)))
        ++pos;
    return pos;
}

qsizetype SpanWalker::quoteMarker(int line, int depth)
{
    auto it = m_quoteMarkers.find(line);
    if (it == m_quoteMarkers.end()) {
        std::vector<qsizetype> markers;
        const qsizetype lineEnd = m_src.lineEnd(line);
        for (qsizetype pos = m_src.lineStart(line); pos < lineEnd; ++pos) {
            const char c = m_src.at(pos);
            if (c == '>')
                markers.push_back(pos);
            else if (!isSpaceOrTab(c))
                break;
        }
        it = m_quoteMarkers.emplace(line, std::move(markers)).first;
    }
    return depth >= 1 && size_t(depth) <= it->second.size() ? it->second[size_t(depth - 1)] : -1;
}

} // namespace

QList<MarkdownSpan> markdownSpans(const QString &text)
{
    const Utf8Source source(text);
    std::unique_ptr<cmark_node, NodeDeleter> document(parse(source.bytes()));
    if (!document)
        return {};
    SpanWalker walker(source);
    walker.walk(document.get());
    QList<MarkdownSpan> spans = walker.takeSpans();
    std::stable_sort(spans.begin(), spans.end(), [](const MarkdownSpan &a, const MarkdownSpan &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    return spans;
}

bool isVerbatim(MarkdownKind kind)
{
    switch (kind) {
    case MarkdownKind::LinkUrl:
    case MarkdownKind::InlineCode:
    case MarkdownKind::CodeBlock:
    case MarkdownKind::Html:
        return true;
    default:
        return false;
    }
}

} // namespace Spill
