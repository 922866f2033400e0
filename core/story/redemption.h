// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Spill {

// Another story of the library, as a post names and links it.
struct StoryLink
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString publishedUrl; // where readers find it; empty while it is not online

    friend bool operator==(const StoryLink &, const StoryLink &) = default;
};

// How a fail was redeemed: by a later story in the library ("I tried
// again"), or by a post published elsewhere. Both ends mention each other
// in exports.
struct Redemption
{
    qint64 storyId = 0; // the story that redeems this one; 0 when none
    QString url; // or a published post elsewhere (http or https)
    QDate on; // when it was redeemed: the later story's start, or when linked
    StoryLink story; // the redeeming story as read with this one; never saved

    bool isSet() const { return storyId > 0 || !url.trimmed().isEmpty(); }
    // Where a reader follows it: the later story's post once it is online,
    // else the URL; empty when there is nowhere to go yet.
    QString link() const { return storyId > 0 ? story.publishedUrl : url.trimmed(); }

    friend bool operator==(const Redemption &, const Redemption &) = default;
};

} // namespace Spill
