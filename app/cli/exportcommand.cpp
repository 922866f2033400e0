// SPDX-License-Identifier: GPL-3.0-or-later
// `spill export --format markdown|hugo|jekyll|html|html-single|json`: the
// same publishing calls as the Export place, so the same story gives the
// same files from either.
#include "clicontext.h"
#include "clirunner.h"
#include "commands.h"
#include "export/clipremuxloader.h"
#include "publishing/publish.h"
#include "publishing/themefolders.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace Spill::Cli {

namespace {

struct ExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

} // namespace

void loadRemuxModuleForClips(const QList<Story> &stories)
{
    // A clip goes out through the remux module. Loaded here, before the
    // work starts its threads, its libraries' thread-local storage is set
    // up while this is the only thread; a failure is reported per clip.
    const bool clips = std::any_of(stories.cbegin(), stories.cend(), [](const Story &story) {
        return std::any_of(story.media.cbegin(), story.media.cend(),
                           [](const MediaItem &item) { return item.kind == MediaKind::Video; });
    });
    if (clips) {
        QString ignored;
        ClipRemuxModule::load(&ignored);
    }
}

int runExport(const CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    ExportOptions options;
    options.themeDirs = themeFolders();
    options.comments = inv.comments;
    options.shareKit = inv.shareKit;
    if (exportFormatUsesTheme(*inv.format)) {
        const ThemeChoice theme = findTheme(inv.theme, options.themeDirs);
        if (!theme.ok()) {
            ctx.error(theme.error);
            return ExitFailure;
        }
        options.theme = theme.name;
    }

    const std::unique_ptr<Library> library = ctx.openForReading();
    if (!library)
        return ExitFailure;
    const std::optional<QList<Story>> stories = selectedStories(ctx, *library);
    if (!stories)
        return ExitFailure;

    if (*inv.format != ExportFormat::Json)
        loadRemuxModuleForClips(*stories);

    // The running program probes clips for poster frames (`spill __probe`).
    const PublishSource source {library->handle(), VideoProber()};
    std::atomic<bool> cancel = false;
    const BatchResult result =
        publishStories(source, *stories, *inv.format, options, inv.outDir, {}, cancel);
    for (const QString &file : result.files)
        ctx.out() << outputPath(ctx, file) << u'\n';
    ctx.out().flush();
    for (const QString &note : result.notes)
        ctx.error(ExportCommandText::tr("note: %1").arg(note));
    // The same list the Export place shows before an export (exportChanges()).
    for (const StoryChanges &story : result.changes) {
        for (const QString &change : story.changes)
            ctx.error(ExportCommandText::tr("change: story \"%1\": %2").arg(story.title, change));
    }
    for (const QString &error : result.errors)
        ctx.error(error);
    return result.ok() ? ExitSuccess : ExitFailure;
}

} // namespace Spill::Cli
