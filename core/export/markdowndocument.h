// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/export: a beat's Markdown parsed by cmark-gfm, as the
// writers of every format read it (markdown.cpp, markdownblocks.cpp).
#pragma once

#include <QString>

#include <cmark-gfm.h>
#include <memory>
#include <vector>

namespace Spill::MarkdownDocument {

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

// Parses with the table, strikethrough and autolink extensions, after the
// guard (markdownguard.h) took out what cmark-gfm cannot take.
Document parse(const QString &markdown);

enum class Nested {
    Included,
    // Only the outermost: a picked node's descendants are not looked at, so
    // freeing each picked node never frees another one twice.
    Skipped,
};

// The nodes `wanted` picks, in document order.
std::vector<cmark_node *> collect(cmark_node *root, bool (*wanted)(cmark_node *),
                                  Nested nested = Nested::Included);

bool isRawHtml(cmark_node *node);

// A link or image whose URL is not allowed becomes its text: the reader
// still sees the words, and no empty href or src is left behind. An allowed
// URL gets what could end its destination early (<, >, spaces) encoded.
void dropDisallowedUrls(cmark_node *root);

// Takes cmark's string, frees it.
QString takeString(char *rendered);

} // namespace Spill::MarkdownDocument
