// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

struct Post;

// "What I changed" as Markdown, in the post's language: a third-level
// heading and a table with one row per change (what, what the recipe said,
// what was done, and whether it caused the fail). Empty when the story has
// no changes. Every format shows it in the "what went wrong" section: the
// Markdown formats as it is, HTML and WordPress rendered from it.
QString changesMarkdown(const Post &post);

// Its two parts, for formats that make the heading themselves: the heading's
// text (plain) and the table (Markdown); both empty without changes.
QString changesHeading(const Post &post);
QString changesTableMarkdown(const Post &post);

} // namespace Spill
