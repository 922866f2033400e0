// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

struct Post;
struct PostMedia;

// The caption readers see under a photo or clip: the creator's own and, for
// a photo whose file says it was edited after it was taken (and which the
// creator left marked), what is known of the edit in the post's language:
// "edited: colour and crop", "edited with Snapseed", or "edited after it
// was taken". Plain text; empty when there is nothing to show.
QString mediaCaption(const Post &post, const PostMedia &media);

// The evidence timeline (story/evidencetimeline.h) in the "what went wrong"
// section: its heading (plain text) and list (Markdown, times in the post's
// language, the creator's words as text); both empty without a timeline.
QString timelineHeading(const Post &post);
QString timelineListMarkdown(const Post &post);

// Both as one Markdown block under a third-level heading.
QString timelineMarkdown(const Post &post);

// The timeline as an HTML figure: the heading as its caption, an ordered
// list with each time in a <time> element (the camera's clock, no zone).
QString timelineFigureHtml(const Post &post);

} // namespace Spill
