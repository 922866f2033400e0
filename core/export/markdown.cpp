// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown.h"

#include "markdowndocument.h"

#include <QByteArray>
#include <QList>

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
