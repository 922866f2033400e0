// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowndocument.h"

#include "markdownguard.h"
#include "story/urlpolicy.h"

#include <QByteArray>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace Spill::MarkdownDocument {

namespace {

bool isText(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_TEXT;
}

bool isLinkOrImage(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE;
}

// The guard's placeholders become the runs they stand for, as one text
// node each: the renderers escape the text, so it shows as written.
void restorePlainRuns(cmark_node *root, const GuardedMarkdown &guarded)
{
    const QByteArray marker = QString(guarded.marker).toUtf8();
    for (cmark_node *node : collect(root, isText)) {
        const char *literal = cmark_node_get_literal(node);
        if (!literal || !std::strstr(literal, marker.constData()))
            continue;
        GuardedMarkdown piece = guarded;
        piece.markdown = QString::fromUtf8(literal);
        cmark_node_set_literal(node, piece.restored().toUtf8().constData());
    }
}

} // namespace

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

std::vector<cmark_node *> collect(cmark_node *root, bool (*wanted)(cmark_node *), Nested nested)
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

bool isRawHtml(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
}

namespace {

// The destination with what could end it early percent-encoded: the
// CommonMark renderer writes an autolink between < and > as it is, so a >
// (or <, a space, a control character) in its address would let the text
// after it be read as Markdown again (a live [a](javascript:…) link).
// Encoded, the address still leads to the same place.
QByteArray unambiguousUrl(const QByteArray &url)
{
    QByteArray encoded;
    for (const char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '<' || c == '>' || byte <= 0x20 || byte == 0x7F)
            encoded += '%' + QByteArray::number(byte, 16).rightJustified(2, '0').toUpper();
        else
            encoded += c;
    }
    return encoded;
}

} // namespace

void dropDisallowedUrls(cmark_node *root)
{
    for (cmark_node *node : collect(root, isLinkOrImage)) {
        const char *url = cmark_node_get_url(node);
        if (!url)
            continue;
        if (isAllowedLinkUrl(QString::fromUtf8(url))) {
            const QByteArray written = unambiguousUrl(url);
            if (written != url)
                cmark_node_set_url(node, written.constData());
            continue;
        }
        while (cmark_node *child = cmark_node_first_child(node))
            cmark_node_insert_before(node, child);
        cmark_node_free(node);
    }
}

QString takeString(char *rendered)
{
    const QString result = QString::fromUtf8(rendered);
    std::free(rendered);
    return result;
}

} // namespace Spill::MarkdownDocument
