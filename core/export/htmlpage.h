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

// The post's JSON-LD, safe inside a <script> element: a schema.org
// BlogPosting with `image`, and when the story has a fixed recipe, an array
// of that and a Recipe whose picture is `recipeImage`, the dream photo
// (recipeStructuredData()).
QString structuredDataJsonLd(const Post &post, const QString &image, const QString &recipeImage);

} // namespace Spill
