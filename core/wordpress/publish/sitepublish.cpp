// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepublish.h"

#include "publishing/librarymedia.h"

#include <QCoreApplication>

namespace Spill {

namespace {

struct SitePublishText
{
    Q_DECLARE_TR_FUNCTIONS(SitePublish)
};

} // namespace

SitePublishReport publishToSite(const SitePublishJob &job, WordPressConnection &connection,
                                const SitePublishProgress &progress,
                                const std::atomic<bool> &cancel)
{
    SitePublishReport report;
    QString error;
    const std::unique_ptr<Library> library = Library::connect(job.library, &error);
    if (!library) {
        report.errors.append(error);
        return report;
    }
    const QString site = normalizedSiteAddress(QUrl(job.site));
    if (site.isEmpty()) {
        report.errors.append(
            SitePublishText::tr("\"%1\" is not the address of a website (http or https)")
                .arg(job.site));
        return report;
    }
    LibraryMedia media(job.library.folder, job.prober);
    const int total = int(job.storyIds.size());
    for (int i = 0; i < total; ++i) {
        if (cancel.load()) {
            report.cancelled = true;
            break;
        }
        const qint64 id = job.storyIds.at(i);
        library->clearError();
        const std::optional<Story> story = library->story(id);
        const std::optional<SitePost> previous = story ? library->sitePost(id, site) : std::nullopt;
        const std::optional<QHash<QString, SiteUpload>> uploads =
            previous ? library->siteUploads(site) : std::nullopt;
        if (!uploads) {
            report.errors.append(SitePublishText::tr("Story %1 could not be read: %2")
                                     .arg(id)
                                     .arg(library->lastError()));
            continue;
        }

        WordPressPublishRequest request;
        request.input = ExportInput {*story, media.resolverFor(story->title)};
        request.options = job.options;
        request.status = job.status;
        request.date = job.date;
        request.previous = *previous;
        request.uploads = *uploads;
        request.mediaOnly = job.mediaOnly;
        const WordPressPublishResult result =
            publishToWordPress(connection, request, [&](const WordPressProgress &step) {
                if (progress)
                    progress(i, total, step);
            });
        report.notes += media.takeNotes() + result.notes;
        if (result.error.kind == WordPressError::Kind::Cancelled) {
            report.cancelled = true;
            break;
        }
        if (!result.ok()) {
            report.errors.append(result.message);
            continue;
        }

        SitePublished done;
        done.storyId = id;
        done.slug = story->slug;
        done.title = story->title;
        done.uploaded = result.uploaded;
        if (job.mediaOnly) {
            done.status = story->status;
            done.publishedUrl = story->publishedUrl;
            done.blocks = result.blocks;
            if (!library->recordSiteUploads(site, result.uploads))
                report.notes.append(
                    SitePublishText::tr("Story \"%1\": its photos and clips are on %2, but "
                                        "the library could not keep that, so publishing "
                                        "will look for them there again: %3")
                        .arg(story->title, site, library->lastError()));
            report.published.append(done);
            continue;
        }

        const SitePost post {result.post.id, result.post.link, result.post.status, {}};
        if (!library->recordSitePost(id, site, post, result.uploads)) {
            report.errors.append(
                SitePublishText::tr("Story \"%1\" is post %2 on %3, but the library could "
                                    "not keep that: %4")
                    .arg(story->title)
                    .arg(result.post.id)
                    .arg(site, library->lastError()));
            continue;
        }
        done.post = result.post;
        // The story as it is now: the creator may have written on while the
        // files went up, and only the status and address follow the post.
        const std::optional<Story> current = library->story(id);
        const Story &before = current ? *current : *story;
        Story followed = before;
        followPostStatus(&followed, result.post.status, result.post.link);
        done.status = followed.status;
        done.publishedUrl = followed.publishedUrl;
        done.statusChanged =
            followed.status != before.status || followed.publishedUrl != before.publishedUrl;
        if (done.statusChanged && !library->saveStory(followed, Library::RevisionStatusChange))
            report.errors.append(
                SitePublishText::tr("Story \"%1\" was published, but its status could not "
                                    "be saved: %2")
                    .arg(story->title, library->lastError()));
        report.published.append(done);
    }
    return report;
}

} // namespace Spill
