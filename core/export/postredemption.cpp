// SPDX-License-Identifier: GPL-3.0-or-later
#include "postredemption.h"

#include "markdownpost.h"
#include "post.h"
#include "story/urlpolicy.h"

#include <QStringList>

namespace Spill {

QList<PostLink> redemptionLinks(const Post &post)
{
    const PostWords &words = post.words;
    const Story &story = post.story;
    QList<PostLink> links;
    if (const Redemption &redemption = story.redemption; redemption.isSet()) {
        const QString title =
            redemption.storyId > 0 ? redemption.story.title.simplified() : QString();
        links.append(
            {words.text(QT_TRANSLATE_NOOP("Export", "Redeemed:")),
             title.isEmpty() ? words.text(QT_TRANSLATE_NOOP("Export", "I tried again")) : title,
             allowedWebUrl(redemption.link())});
    }
    for (const StoryLink &fail : story.redeems) {
        const QString title = fail.title.simplified();
        links.append(
            {words.text(QT_TRANSLATE_NOOP("Export", "Where this began:")),
             title.isEmpty() ? words.text(QT_TRANSLATE_NOOP("Export", "an earlier fail")) : title,
             allowedWebUrl(fail.publishedUrl)});
    }
    return links;
}

QString redemptionMarkdown(const Post &post)
{
    QStringList lines;
    for (const PostLink &link : redemptionLinks(post)) {
        const QString text = escapeMarkdownText(link.text);
        lines << u"> **" + escapeMarkdownText(link.label) + u"** " +
                (link.url.isEmpty() ? text : u'[' + text + u"](<" + link.url + u">)");
    }
    return lines.join(QStringLiteral("\\\n"));
}

} // namespace Spill
