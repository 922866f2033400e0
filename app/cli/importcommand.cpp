// SPDX-License-Identifier: GPL-3.0-or-later
// `spill import FILE.json...`: stories in the spill-story/1 format, with
// their media copied into the library's media store.
#include "clicontext.h"
#include "clirunner.h"
#include "commands.h"
#include "media/mediastore.h"
#include "publishing/storyfileimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Spill::Cli {

namespace {

struct ImportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

} // namespace

int runImport(const CliContext &ctx)
{
    const std::unique_ptr<Library> library = ctx.openForWriting();
    if (!library)
        return ExitFailure;
    // Stories added to a damaged file could be lost with it.
    if (!library->quickCheck()) {
        ctx.error(ImportCommandText::tr("%1. Nothing was imported; see 'spill check'.")
                      .arg(library->lastError()));
        return ExitFailure;
    }
    const MediaStore store(library->folder());

    int failed = 0;
    int imported = 0;
    for (const QString &path : ctx.invocation().files) {
        StoryFileImport import(path, store, *library);
        const std::optional<Story> story = import.run();
        if (!story) {
            ctx.error(import.error());
            ++failed;
            continue;
        }
        ++imported;
        for (const QString &note : import.notes())
            ctx.error(note);
        ctx.out() << story->slug << u'\t' << printable(story->title) << Qt::endl;
    }
    if (failed > 0) {
        ctx.error(ImportCommandText::tr("%1 of %n files not imported; nothing was taken from them",
                                        nullptr, failed + imported)
                      .arg(failed));
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace Spill::Cli
