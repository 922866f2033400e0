// SPDX-License-Identifier: GPL-3.0-or-later
// `spill publish --site URL --user NAME [--status draft|publish] (--all | SLUG...)`:
// each story as a WordPress post, through the same publisher as the Export
// place. A story published before to the site updates its post.
#include "clicontext.h"
#include "clirunner.h"
#include "commands.h"
#include "publishing/themefolders.h"
#include "wordpress/module/wordpressmodule.h"
#include "wordpress/publish/sitepublish.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Spill::Cli {

namespace {

struct PublishCommandText
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)
};

// SPILL_WP_APP_PASSWORD, else the keyring's entry for the site and user.
std::optional<QString> applicationPassword(const CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const QString fromEnvironment = qEnvironmentVariable("SPILL_WP_APP_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const WordPressModule::KeyringAnswer answer = WordPressModule::readPassword(inv.site, inv.user);
    if (answer.state == WordPressModule::KeyringAnswer::State::Done && !answer.secret.isEmpty())
        return answer.secret;
    const QString why = answer.state == WordPressModule::KeyringAnswer::State::NotFound
        ? PublishCommandText::tr("the keyring has none for %1 on this site").arg(inv.user)
        : answer.error;
    ctx.error(PublishCommandText::tr(
                  "no application password for %1 (%2): set SPILL_WP_APP_PASSWORD to one "
                  "made in WordPress under Users > Profile > Application Passwords, or "
                  "keep it in the keyring from Spill's Preferences")
                  .arg(inv.site, why));
    return std::nullopt;
}

} // namespace

int runPublish(const CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const std::optional<QString> password = applicationPassword(ctx);
    if (!password)
        return ExitFailure;
    const std::unique_ptr<Library> library = ctx.openForWriting();
    if (!library)
        return ExitFailure;
    const std::optional<QList<Story>> stories = selectedStories(ctx, *library);
    if (!stories)
        return ExitFailure;
    loadRemuxModuleForClips(*stories);

    QString missing;
    const std::unique_ptr<WordPressConnection> connection = WordPressModule::connect(
        WordPressSite {QUrl(inv.site), inv.user, *password}, nullptr, &missing);
    if (!connection) {
        ctx.error(missing);
        return ExitFailure;
    }
    WordPressError error;
    if (!connection->checkConnection(&error)) {
        ctx.error(error.message);
        return ExitFailure;
    }

    SitePublishJob job;
    job.library = library->handle();
    job.site = inv.site;
    job.status = inv.status;
    job.options.themeDirs = themeFolders();
    job.options.comments = inv.comments;
    for (const Story &story : *stories)
        job.storyIds.append(story.id);
    const std::atomic<bool> cancel = false;
    const SitePublishReport report = publishToSite(job, *connection, {}, cancel);
    for (const SitePublished &story : report.published)
        ctx.out() << printable(story.slug) << u'\t' << story.post.id << u'\t'
                  << printable(story.post.link) << u'\n';
    ctx.out().flush();
    for (const QString &note : report.notes)
        ctx.error(PublishCommandText::tr("note: %1").arg(note));
    for (const QString &failure : report.errors)
        ctx.error(failure);
    return report.ok() ? ExitSuccess : ExitFailure;
}

} // namespace Spill::Cli
