// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown.h"

#include "markdowndocument.h"

#include <QByteArray>
#include <QList>

#include <cctype>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cstring>

namespace Spill {

namespace {

using namespace MarkdownDocument;

bool isStrikethrough(cmark_node *node)
{
    return std::strcmp(cmark_node_get_type_string(node), "strikethrough") == 0;
}

bool isTextWithBrace(cmark_node *node)
{
    if (cmark_node_get_type(node) != CMARK_NODE_TEXT)
        return false;
    const char *literal = cmark_node_get_literal(node);
    return literal && std::strchr(literal, '{');
}

// Past this many "{" in one text node (a run the guard took out whole can
// hold millions), the node is written as one inline HTML node instead of a
// node per "{".
constexpr qsizetype MaxBracesSplit = 64;

// `literal` escaped as cmark-gfm's CommonMark renderer escapes text, every
// "{" an entity, for a node that is written verbatim. Where the renderer
// looks at what came before, this escapes more: a "-" or "1." at the start
// is escaped as if the node started a line, and "|" everywhere, as in a
// table cell. Nothing in it can act as Markdown.
QByteArray escapedText(const QByteArray &literal)
{
    QByteArray out;
    out.reserve(literal.size() + literal.size() / 2);
    bool lineStart = true; // only digits so far, as the renderer's begin_content
    for (qsizetype i = 0; i < literal.size(); ++i) {
        const char c = literal.at(i);
        const char next = i + 1 < literal.size() ? literal.at(i + 1) : '\0';
        const bool digit = c >= '0' && c <= '9';
        const bool followsDigit = i > 0 && literal.at(i - 1) >= '0' && literal.at(i - 1) <= '9';
        if (c == '{') {
            out += "&#123;";
        } else if (c >= 0 && c < 0x20) {
            out += "&#" + QByteArray::number(int(c)) + ';';
        } else if (std::strchr("*_[]#<>\\`~!|", c) ||
                   (c == '&' && std::isalpha(static_cast<unsigned char>(next))) ||
                   (lineStart && std::strchr("-+=", c)) ||
                   (lineStart && followsDigit && (c == '.' || c == ')') &&
                    (next == '\0' || std::isspace(static_cast<unsigned char>(next))))) {
            out += '\\';
            out += c;
        } else {
            out += c;
        }
        lineStart = lineStart && digit;
    }
    return out;
}

// Every "{" of a text node as an entity: the CommonMark renderer escapes
// text but writes an inline HTML node verbatim, which is how an entity gets
// through.
void writeBracesAsEntities(cmark_node *node)
{
    const QByteArray literal(cmark_node_get_literal(node));
    if (literal.count('{') > MaxBracesSplit) {
        cmark_node *text = cmark_node_new(CMARK_NODE_HTML_INLINE);
        cmark_node_set_literal(text, escapedText(literal).constData());
        cmark_node_insert_before(node, text);
        cmark_node_free(node);
        return;
    }
    const QList<QByteArray> pieces = literal.split('{');
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0) {
            cmark_node *entity = cmark_node_new(CMARK_NODE_HTML_INLINE);
            cmark_node_set_literal(entity, "&#123;");
            cmark_node_insert_before(node, entity);
        }
        if (!pieces.at(i).isEmpty()) {
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, pieces.at(i).constData());
            cmark_node_insert_before(node, text);
        }
    }
    cmark_node_free(node);
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    Document doc = parse(markdown);
    dropDisallowedUrls(doc.root.get());
    QString html = takeString(cmark_render_html(
        doc.root.get(), Options, cmark_parser_get_syntax_extensions(doc.parser.get())));
    // cmark writes void elements XHTML-style ("<br />"); themes use plain
    // HTML ("<br>"). Text never holds " />": cmark escapes every '>' in it.
    html.replace(QStringLiteral(" />"), QStringLiteral(">"));
    return html;
}

namespace {

bool isCode(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    return type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK;
}

// Code's words as text, which the renderer escapes: a code block becomes a
// paragraph, a code span its text.
void writeCodeAsText(cmark_node *root)
{
    for (cmark_node *code : collect(root, isCode)) {
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, cmark_node_get_literal(code));
        if (cmark_node_get_type(code) == CMARK_NODE_CODE_BLOCK) {
            cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_append_child(paragraph, text);
            cmark_node_insert_before(code, paragraph);
        } else {
            cmark_node_insert_before(code, text);
        }
        cmark_node_free(code);
    }
}

enum class Code { Kept, AsText };

// The Markdown formats' text: no raw HTML, no disallowed URL. `hasCode`
// says whether code was written as code.
QString renderSanitized(const QString &markdown, Code code, bool *hasCode)
{
    Document doc = parse(markdown);
    dropDisallowedUrls(doc.root.get());
    for (cmark_node *node : collect(doc.root.get(), isRawHtml))
        cmark_node_free(node); // unlinks it too
    if (code == Code::AsText)
        writeCodeAsText(doc.root.get());
    *hasCode = !collect(doc.root.get(), isCode, Nested::Skipped).empty();
    for (cmark_node *node : collect(doc.root.get(), isTextWithBrace))
        writeBracesAsEntities(node);
    // An indented code block first keeps its first line's indent: without
    // it, that line is no longer code, and code such as <a href=…> would be
    // read as HTML. Otherwise the spaces around the text go.
    cmark_node *first = cmark_node_first_child(doc.root.get());
    int fenceLength = 0;
    int fenceOffset = 0;
    char fenceCharacter = 0;
    const bool indentedCodeFirst = first && cmark_node_get_type(first) == CMARK_NODE_CODE_BLOCK &&
        !cmark_node_get_fenced(first, &fenceLength, &fenceOffset, &fenceCharacter);
    char *rendered = cmark_render_commonmark(doc.root.get(), Options, 0);
    doc.root.reset(); // before the text is copied again: it can be 10 MB
    QString written = takeString(rendered);
    if (!indentedCodeFirst)
        return written.trimmed();
    qsizetype end = written.size();
    while (end > 0 && written.at(end - 1).isSpace())
        --end;
    written.truncate(end);
    return written;
}

bool readsBackAsHtml(const QString &written)
{
    const Document doc = parse(written);
    return !collect(doc.root.get(), isRawHtml, Nested::Skipped).empty();
}

} // namespace

QString sanitizedMarkdown(const QString &markdown)
{
    bool hasCode = false;
    const QString written = renderSanitized(markdown, Code::Kept, &hasCode);
    // cmark-gfm writes some code spans back with backticks that pair up
    // otherwise when read again, and markup in the code comes alive
    // outside it. Read back, such a text holds raw HTML, which Spill never
    // writes: its code is then written as text.
    if (!hasCode || !readsBackAsHtml(written))
        return written;
    const QString asText = renderSanitized(markdown, Code::AsText, &hasCode);
    if (!readsBackAsHtml(asText))
        return asText;
    return QString::fromUtf8(escapedText(markdownToPlainText(markdown).toUtf8()));
}

QString markdownToPlainText(const QString &markdown)
{
    Document doc = parse(markdown);
    // Crossed-out words are a joke in the post but read as a typo in plain
    // text ("~Perfect~ Flat"), so a description leaves them out.
    // Strikethrough nests in strikethrough: freeing the outer frees the inner.
    for (cmark_node *node : collect(doc.root.get(), isStrikethrough, Nested::Skipped))
        cmark_node_free(node);
    return takeString(cmark_render_plaintext(doc.root.get(), Options, 0)).simplified();
}

} // namespace Spill
