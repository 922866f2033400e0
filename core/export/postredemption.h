// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Spill {

struct Post;

// A line of the box near the top of a post that ties a fail to its
// redemption: "Redeemed: Soufflé, take two" on the fail, "Where this began:
// The soufflé that sank" on the story that made it good. Plain text; `url`
// (http or https) is empty while the other post is not online.
struct PostLink
{
    QString label; // in the post's language, with its colon
    QString text;
    QString url;
};
QList<PostLink> redemptionLinks(const Post &post);

// The box as Markdown: a quote, one line each, the links as links; empty
// when the story is neither redeemed nor a redemption.
QString redemptionMarkdown(const Post &post);

} // namespace Spill
