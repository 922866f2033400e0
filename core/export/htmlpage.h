// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

struct Post;
struct Theme;

// Renders a post through a theme's Mustache template. Every text reaches the
// template as data that {{x}} escapes; only HTML Spill made safe itself (beat
// Markdown rendered by cmark-gfm, the JSON-LD block, the style element) is
// passed for {{{x}}}. `singleFile` inlines the style sheet, the images and
// the clips embedClips() embedded; a clip too large to embed shows its poster
// frame with a note.
QString renderHtmlPage(const Post &post, const Theme &theme, bool singleFile, QString *error);

// The JSON-LD BlogPosting for a post, safe inside a <script> element.
QString blogPostingJsonLd(const Post &post, const QString &image);

} // namespace Spill
