// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownblocks.h"

#include "markdowndocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cstring>

namespace Spill {

namespace {

using namespace MarkdownDocument;

bool typeIs(cmark_node *node, const char *name)
{
    return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

// A block where only inline content may stand (a list item): its words as
// inline HTML, lines kept apart, so nothing the creator wrote is dropped.
QString flattened(const MarkdownBlock &block)
{
    if (block.kind == MarkdownBlock::Kind::Code)
        return QStringLiteral("<code>%1</code>").arg(block.html.toHtmlEscaped());
    QStringList parts;
    if (!block.html.isEmpty())
        parts.append(block.html);
    for (const QStringList &row : block.rows)
        parts.append(row.join(QStringLiteral(" · ")));
    for (const MarkdownBlock &child : block.children) {
        const QString text = flattened(child);
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QLatin1StringView("<br>"));
}

class BlockReader
{
public:
    explicit BlockReader(const Document &doc)
        : m_extensions(cmark_parser_get_syntax_extensions(doc.parser.get()))
    {
    }

    QList<MarkdownBlock> blocks(cmark_node *parent)
    {
        QList<MarkdownBlock> out;
        for (cmark_node *node = cmark_node_first_child(parent); node;
             node = cmark_node_next(node)) {
            if (std::optional<MarkdownBlock> block = read(node))
                out.append(std::move(*block));
        }
        return out;
    }

private:
    // The HTML of a node's inline children: they move into a paragraph of
    // their own, which is rendered and unwrapped.
    QString inlineHtml(cmark_node *node)
    {
        // The renderer looks at a paragraph's parents: it needs a document.
        cmark_node *document = cmark_node_new(CMARK_NODE_DOCUMENT);
        cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node_append_child(document, paragraph);
        while (cmark_node *child = cmark_node_first_child(node))
            cmark_node_append_child(paragraph, child);
        QString html = takeString(cmark_render_html(document, Options, m_extensions));
        cmark_node_free(document);
        html = html.trimmed();
        if (html.startsWith(QLatin1StringView("<p>")))
            html.remove(0, 3);
        if (html.endsWith(QLatin1StringView("</p>")))
            html.chop(4);
        // Plain HTML void elements, as in markdownToHtml().
        html.replace(QStringLiteral(" />"), QStringLiteral(">"));
        return html;
    }

    MarkdownBlock listItem(cmark_node *item)
    {
        MarkdownBlock block;
        QStringList parts;
        for (cmark_node *child = cmark_node_first_child(item); child;
             child = cmark_node_next(child)) {
            if (cmark_node_get_type(child) == CMARK_NODE_LIST) {
                if (std::optional<MarkdownBlock> nested = read(child))
                    block.children.append(*nested);
            } else if (cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH ||
                       cmark_node_get_type(child) == CMARK_NODE_HEADING) {
                parts.append(inlineHtml(child));
            } else if (std::optional<MarkdownBlock> other = read(child)) {
                // A quote, code or table inside an item: its text, in the item.
                const QString text = flattened(*other);
                if (!text.isEmpty())
                    parts.append(text);
            }
        }
        block.html = parts.join(QLatin1StringView("<br><br>"));
        return block;
    }

    std::optional<MarkdownBlock> read(cmark_node *node)
    {
        MarkdownBlock block;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            block.html = inlineHtml(node);
            if (block.html.trimmed().isEmpty())
                return std::nullopt;
            return block;
        case CMARK_NODE_HEADING:
            block.kind = MarkdownBlock::Kind::Heading;
            block.level = cmark_node_get_heading_level(node);
            block.html = inlineHtml(node);
            return block;
        case CMARK_NODE_LIST:
            block.kind = MarkdownBlock::Kind::List;
            block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            block.start = cmark_node_get_list_start(node);
            for (cmark_node *item = cmark_node_first_child(node); item;
                 item = cmark_node_next(item))
                block.children.append(listItem(item));
            return block;
        case CMARK_NODE_BLOCK_QUOTE:
            block.kind = MarkdownBlock::Kind::Quote;
            block.children = blocks(node);
            if (block.children.isEmpty())
                return std::nullopt;
            return block;
        case CMARK_NODE_CODE_BLOCK:
            block.kind = MarkdownBlock::Kind::Code;
            block.html = QString::fromUtf8(cmark_node_get_literal(node));
            if (block.html.endsWith(u'\n'))
                block.html.chop(1);
            return block;
        case CMARK_NODE_THEMATIC_BREAK:
            block.kind = MarkdownBlock::Kind::Rule;
            return block;
        default:
            break;
        }
        if (typeIs(node, "table")) {
            block.kind = MarkdownBlock::Kind::Table;
            const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
            const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(node);
            for (uint16_t i = 0; i < columns; ++i)
                block.align.append(alignments ? char(alignments[i]) : char(0));
            for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
                QStringList cells;
                for (cmark_node *cell = cmark_node_first_child(row); cell;
                     cell = cmark_node_next(cell))
                    cells.append(inlineHtml(cell));
                block.rows.append(cells);
            }
            return block;
        }
        return std::nullopt; // raw HTML blocks were dropped already
    }

    cmark_llist *m_extensions = nullptr;
};

} // namespace

QList<MarkdownBlock> markdownBlocks(const QString &markdown)
{
    Document doc = parse(markdown);
    dropDisallowedUrls(doc.root.get());
    for (cmark_node *node : collect(doc.root.get(), isRawHtml))
        cmark_node_free(node);
    return BlockReader(doc).blocks(doc.root.get());
}

} // namespace Spill
