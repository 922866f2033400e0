// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "library/siteposts.h"
#include "wordpress/wordpressclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Spill {

// One story going to a WordPress site, with what the library knows of it
// there (read by the caller: Library::sitePost() and siteUploads()).
struct WordPressPublishRequest
{
    ExportInput input; // the story and where its media lives
    ExportOptions options; // the post's language, photo size, comments
    QString status = QStringLiteral("draft"); // "draft", "publish" or "future"
    QDateTime date; // "future": when the site publishes it
    SitePost previous; // postId 0: the story has no post on this site yet
    QHash<QString, SiteUpload> uploads; // the site's files by SHA-256
    // Only upload the media and make the post's blocks, for the creator to
    // paste ("Copy for WordPress"): no post is made or changed.
    bool mediaOnly = false;
};

struct WordPressProgress
{
    QString step; // "Uploading photo 2 of 5", in words
    qint64 done = 0; // bytes of the step, when it has any
    qint64 total = 0;
};

struct WordPressPublishResult
{
    WordPressError error; // kind None on success
    QString message; // on failure: names the story, the step and the reason
    WordPressPost post; // none when mediaOnly
    QString blocks; // mediaOnly: the post's block markup, showing the site's media
    // Every file the post uses on the site, by SHA-256, for
    // Library::recordSitePost(): reused ones included.
    QHash<QString, SiteUpload> uploads;
    int uploaded = 0; // how many files went up this time
    QStringList notes; // worth telling the creator even on success

    bool ok() const { return error.ok(); }
};

// Publishes the story as a post: its photos prepared as for export (scaled,
// GPS and EXIF gone), its clips remuxed without metadata, each with its
// poster frame, uploaded first with alt text and caption; a file the site
// already has (known by its SHA-256, from the library or found on the site
// after an interrupted publish) is not uploaded again. Then the post, in
// block markup (wordpressBlockMarkup()), with tags, categories from the
// failure kinds (both created when missing), the excerpt and the featured
// image (the reality photo, else the dream). With previous.postId the same
// post is updated; without, a post this story made before under its slug
// (a publish whose reply was lost) is taken over, so a retry never makes a
// second post. With mediaOnly, stops once the media are up and gives the
// post's blocks instead. The library is not touched: the caller records
// the result.
// Blocking, for a worker thread; cancelled through the connection's flag.
WordPressPublishResult
publishToWordPress(WordPressConnection &client, const WordPressPublishRequest &request,
                   const std::function<void(const WordPressProgress &)> &progress = {});

// The story's status and address after its post reached the site with
// `postStatus` and `link`: "publish" makes it published at the link; any
// other status leaves a story published elsewhere alone and takes a story
// published at this link back to ready.
void followPostStatus(Story *story, const QString &postStatus, const QString &link);

} // namespace Spill
