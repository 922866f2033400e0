// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/library.h"
#include "media/videoprober.h"
#include "wordpresspublisher.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Spill {

// Stories of a library going to one WordPress site: what the window's
// Publish dialog and `spill publish` both run.
struct SitePublishJob
{
    Library::Handle library;
    VideoProber prober; // makes poster frames the thumbnail cache lacks
    QString site; // the address as the creator gave it
    QList<qint64> storyIds;
    QString status = QStringLiteral("draft"); // "draft", "publish" or "future"
    QDateTime date; // "future"
    ExportOptions options;
    // Upload each story's media and give its blocks (SitePublished::blocks)
    // instead of making or changing a post ("Copy for WordPress").
    bool mediaOnly = false;
};

struct SitePublished
{
    qint64 storyId = 0;
    QString slug;
    QString title;
    WordPressPost post; // none for a mediaOnly job
    QString blocks; // a mediaOnly job: the post's block markup with the site's media
    int uploaded = 0; // files that went up this time (the others were on the site)
    // The story's status and address now (followPostStatus()), saved in the
    // library when `statusChanged`; an open document takes them from here.
    Status status = Status::Draft;
    QString publishedUrl;
    bool statusChanged = false;
};

struct SitePublishReport
{
    QList<SitePublished> published; // in the order asked for
    QStringList errors; // each names its story, the step and the reason
    QStringList notes;
    bool cancelled = false;

    bool ok() const { return errors.isEmpty() && !cancelled; }
};

// (story's index, how many, what it is doing), on the calling thread.
using SitePublishProgress =
    std::function<void(int story, int stories, const WordPressProgress &progress)>;

// Publishes each story in turn through `connection` and, after each one that
// succeeded, records its post and uploads in the library
// (Library::recordSitePost()) and its new status, through a connection of
// the calling thread's own. A mediaOnly job records only the uploads
// (Library::recordSiteUploads()), so that publishing later reuses them. A story that fails leaves
// the library as it was and the others still go. Blocking; `cancel` is checked between steps (the
// connection's own flag stops a transfer under way).
SitePublishReport publishToSite(const SitePublishJob &job, WordPressConnection &connection,
                                const SitePublishProgress &progress,
                                const std::atomic<bool> &cancel);

} // namespace Spill
