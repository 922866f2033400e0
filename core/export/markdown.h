// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

// Beat texts are GitHub-flavoured Markdown (tables, strikethrough, autolinks),
// parsed by cmark-gfm in its safe mode: raw HTML never passes through, and
// links or images whose URL fails isAllowedLinkUrl() lose their URL.

// HTML for a theme; raw HTML in the source becomes an HTML comment.
QString markdownToHtml(const QString &markdown);

// Normalised CommonMark for the Markdown formats, safe for the renderers on
// the other side (Hugo's Goldmark, Jekyll's kramdown): raw HTML dropped, URLs
// checked, and every "{" written as an entity so neither kramdown attribute
// lists ("{: onclick=...}") nor Hugo shortcodes ("{{< ... >}}") can form.
QString sanitizedMarkdown(const QString &markdown);

// Plain text with whitespace collapsed, for descriptions.
QString markdownToPlainText(const QString &markdown);

} // namespace Spill
