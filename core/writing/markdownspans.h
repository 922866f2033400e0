// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Spill {

// What a stretch of Markdown source is. Spans nest: a Strong span inside a
// Heading, Markup spans at both ends of an Emphasis span.
enum class MarkdownKind : quint8 {
    Heading, // a whole heading line (level in MarkdownSpan::level)
    Emphasis, // *text* or _text_, delimiters included
    Strong, // **text** or __text__, delimiters included
    Strikethrough, // ~~text~~, delimiters included
    LinkText, // the text of [text](url), without brackets
    LinkUrl, // (url "title") or [ref] after a link or image; a whole autolink
    Image, // the alt text of ![alt](url), without brackets
    ListMarker, // "-", "*", "+", "1." or "1)"
    BlockQuote, // a whole block quote (outermost only), markers included
    InlineCode, // `code`, backticks included
    CodeBlock, // a fenced or indented code block, fences included
    Html, // raw HTML, inline or block
    Markup, // syntax characters: # * _ ~ [ ] ! > ` fences, rules, table rows
};

struct MarkdownSpan
{
    int start = 0; // UTF-16 offset into the text
    int length = 0;
    MarkdownKind kind = MarkdownKind::Markup;
    int level = 0; // heading level 1-6, else 0

    int end() const { return start + length; }
    bool operator==(const MarkdownSpan &other) const = default;
};

// The spans of a Markdown text (CommonMark plus the GitHub table,
// strikethrough and autolink extensions), sorted by start, longest first.
// Offsets are UTF-16 offsets into `text`, so they index the QString and a
// QTextDocument holding it. Pure and thread-safe: run it on a worker.
QList<MarkdownSpan> markdownSpans(const QString &text);

// Kinds whose words are not prose: spelling is not checked there.
bool isVerbatim(MarkdownKind kind);

} // namespace Spill
