// SPDX-License-Identifier: GPL-3.0-or-later
// `spill publish --site URL --user NAME [--status draft|publish] (--all | SLUG...)`:
// each story as a WordPress post, through the same publisher as the Export
// place. A story published before to the site updates its post.
#include "clicontext.h"
#include "clirunner.h"
#include "commands.h"
#include "export/clipremuxloader.h"
#include "publishing/librarymedia.h"
#include "publishing/themefolders.h"
#include "wordpress/publish/wordpresspublisher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace Spill::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)
};

bool hasClip(const QList<Story> &stories)
{
    return std::any_of(stories.cbegin(), stories.cend(), [](const Story &story) {
        return std::any_of(story.media.cbegin(), story.media.cend(),
                           [](const MediaItem &item) { return item.kind == MediaKind::Video; });
    });
}

} // namespace

int runPublish(const CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const QString password = qEnvironmentVariable("SPILL_WP_APP_PASSWORD");
    if (password.isEmpty()) {
        ctx.error(Text::tr("no application password for %1: set SPILL_WP_APP_PASSWORD to one made "
                           "in WordPress under Users > Profile > Application Passwords")
                      .arg(printable(inv.site)));
        return ExitFailure;
    }
    const QUrl address(inv.site);
    const QString site = normalizedSiteAddress(address);

    const std::unique_ptr<Library> library = ctx.openForWriting();
    if (!library)
        return ExitFailure;
    const std::optional<QList<Story>> stories = selectedStories(ctx, *library);
    if (!stories)
        return ExitFailure;
    if (hasClip(*stories)) {
        // Loaded before any other thread exists, as `export` does.
        QString ignored;
        ClipRemuxModule::load(&ignored);
    }

    WordPressClient client(WordPressSite {address, inv.user, password});
    WordPressError error;
    if (!client.checkConnection(&error)) {
        ctx.error(printable(error.message));
        return ExitFailure;
    }

    ExportOptions options;
    options.themeDirs = themeFolders();
    options.comments = inv.comments;
    LibraryMedia media(library->folder());
    bool allPublished = true;
    for (const Story &story : *stories) {
        WordPressPublishRequest request;
        request.input = ExportInput {story, media.resolverFor(story.title)};
        request.options = options;
        request.status = inv.status;
        const std::optional<SitePost> previous = library->sitePost(story.id, site);
        const std::optional<QHash<QString, SiteUpload>> uploads = library->siteUploads(site);
        if (!previous || !uploads) {
            ctx.error(library->lastError());
            return ExitFailure;
        }
        request.previous = *previous;
        request.uploads = *uploads;

        const WordPressPublishResult result = publishToWordPress(client, request);
        for (const QString &note : media.takeNotes() + result.notes)
            ctx.error(Text::tr("note: %1").arg(printable(note)));
        if (!result.ok()) {
            ctx.error(printable(result.message));
            allPublished = false;
            continue;
        }
        const SitePost post {result.post.id, result.post.link, result.post.status, {}};
        if (!library->recordSitePost(story.id, site, post, result.uploads)) {
            ctx.error(Text::tr("story \"%1\" is post %2 on %3, but the library could not keep "
                               "that: %4")
                          .arg(printable(story.title))
                          .arg(result.post.id)
                          .arg(printable(site), library->lastError()));
            allPublished = false;
            continue;
        }
        Story followed = story;
        followPostStatus(&followed, result.post.status, result.post.link);
        if ((followed.status != story.status || followed.publishedUrl != story.publishedUrl) &&
            !library->saveStory(followed, Library::RevisionStatusChange)) {
            ctx.error(library->lastError());
            allPublished = false;
        }
        ctx.out() << printable(story.slug) << u'\t' << result.post.id << u'\t'
                  << printable(result.post.link) << u'\n';
        ctx.out().flush();
    }
    return allPublished ? ExitSuccess : ExitFailure;
}

} // namespace Spill::Cli
