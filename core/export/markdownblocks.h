// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Spill {

// A beat's Markdown as a list of blocks, for writers that build their own
// block structure (the WordPress block markup). Parsed as the other formats
// parse it: raw HTML dropped, URLs checked, pathological runs kept as text.
// Inline content comes as HTML, escaped by cmark-gfm: text never holds a
// raw '<' or '&'.
struct MarkdownBlock
{
    enum class Kind { Paragraph, Heading, List, Quote, Code, Rule, Table };
    Kind kind = Kind::Paragraph;
    QString html; // Paragraph, Heading, a list item's own text: inline HTML; Code: the text
    int level = 0; // Heading: 1-6
    bool ordered = false; // List
    int start = 1; // List, ordered
    QList<MarkdownBlock> children; // Quote: its blocks; List: its items (Kind::Paragraph,
                                   // each with its nested lists as children)
    QList<QStringList> rows; // Table: cells' inline HTML, the header row first
    QList<char> align; // Table: 'l', 'c', 'r' or 0 per column
};

QList<MarkdownBlock> markdownBlocks(const QString &markdown);

} // namespace Spill
