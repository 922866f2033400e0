// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown.h"

#include "markdownguard.h"
#include "story/urlpolicy.h"

#include <QByteArray>
#include <QList>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace Spill {

namespace {

// Safe mode is the default: CMARK_OPT_UNSAFE is never set.
constexpr int Options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

// A parsed document and the parser whose extensions its renderers need.
struct Document
{
    std::unique_ptr<cmark_parser, ParserDeleter> parser;
    std::unique_ptr<cmark_node, NodeDeleter> root;
};

bool isText(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_TEXT;
}

// The guard's placeholders become the runs they stand for, as one text
// node each: the renderers escape the text, so it shows as written.
void restorePlainRuns(cmark_node *root, const GuardedMarkdown &guarded)
{
    const QByteArray marker = QString(guarded.marker).toUtf8();
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || !isText(node))
            continue;
        const char *literal = cmark_node_get_literal(node);
        if (!literal || !std::strstr(literal, marker.constData()))
            continue;
        GuardedMarkdown piece = guarded;
        piece.markdown = QString::fromUtf8(literal);
        cmark_node_set_literal(node, piece.restored().toUtf8().constData());
    }
    cmark_iter_free(iter);
}

Document parse(const QString &markdown)
{
    // Registration fills a global list without a lock; exports run on
    // worker threads, so it happens exactly once.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    Document doc;
    doc.parser.reset(cmark_parser_new(Options));
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(doc.parser.get(), extension);
    }
    const GuardedMarkdown guarded = guardMarkdown(markdown);
    const QByteArray utf8 = guarded.markdown.toUtf8();
    cmark_parser_feed(doc.parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    doc.root.reset(cmark_parser_finish(doc.parser.get()));
    if (guarded.changed())
        restorePlainRuns(doc.root.get(), guarded);
    return doc;
}

QString takeString(char *rendered)
{
    const QString result = QString::fromUtf8(rendered);
    std::free(rendered);
    return result;
}

enum class Nested {
    Included,
    // Only the outermost: a picked node's descendants are not looked at, so
    // freeing each picked node never frees another one twice.
    Skipped,
};

// The nodes `wanted` picks, in document order.
std::vector<cmark_node *> collect(cmark_node *root, bool (*wanted)(cmark_node *),
                                  Nested nested = Nested::Included)
{
    std::vector<cmark_node *> nodes;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && wanted(node)) {
            nodes.push_back(node);
            if (nested == Nested::Skipped && cmark_node_first_child(node))
                cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
        }
    }
    cmark_iter_free(iter);
    return nodes;
}

bool isLinkOrImage(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE;
}

bool isRawHtml(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
}

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

// A link or image whose URL is not allowed becomes its text: the reader
// still sees the words, and no empty href or src is left behind.
void dropDisallowedUrls(cmark_node *root)
{
    for (cmark_node *node : collect(root, isLinkOrImage)) {
        const char *url = cmark_node_get_url(node);
        if (!url || isAllowedLinkUrl(QString::fromUtf8(url)))
            continue;
        while (cmark_node *child = cmark_node_first_child(node))
            cmark_node_insert_before(node, child);
        cmark_node_free(node);
    }
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

QString sanitizedMarkdown(const QString &markdown)
{
    Document doc = parse(markdown);
    dropDisallowedUrls(doc.root.get());
    for (cmark_node *node : collect(doc.root.get(), isRawHtml))
        cmark_node_free(node); // unlinks it too
    // The CommonMark renderer writes an inline HTML node verbatim, which is
    // how an entity gets through unescaped.
    for (cmark_node *node : collect(doc.root.get(), isTextWithBrace)) {
        const QByteArray literal(cmark_node_get_literal(node));
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
    return takeString(cmark_render_commonmark(doc.root.get(), Options, 0)).trimmed();
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
