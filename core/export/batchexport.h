// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Spill {

class ExportSink;

// What Spill changed in one story on its way out (ExportResult::changes).
struct StoryChanges
{
    QString title;
    QStringList changes;
};

struct BatchResult
{
    QStringList files; // every file written, relative to the destination
    // Why stories failed (the others are still exported): each text once, so
    // stories that failed for the same reason, such as the same folder that
    // cannot be made, are one error.
    QStringList errors;
    QStringList notes; // the stories' ExportResult::notes
    QList<StoryChanges> changes; // one per story exported with any change, in order
    int exported = 0; // stories written completely
    bool cancelled = false;

    bool ok() const { return errors.isEmpty() && !cancelled; }
};

// Called after each story: how many are done out of how many. Runs on the
// exporting thread; a GUI forwards it with a queued signal.
using BatchProgress = std::function<void(int done, int total)>;

// Exports many stories with one writer, checking `cancel` between stories.
// Two stories may not share a slug (the second is refused, not renamed, so
// no link silently changes). At the end sink.finish() runs once: with a
// DirectorySink in Durability::AtFinish mode that is one sync for the whole
// batch instead of one per file; every file was already complete when it
// appeared. A cancelled batch still finishes what it wrote. A destination
// that refuses to be written to at all (sink.check() of no paths) is one
// error, and no story is exported.
BatchResult exportBatch(const Exporter &exporter, const QList<ExportInput> &stories,
                        const ExportOptions &options, ExportSink &sink,
                        const BatchProgress &progress, std::atomic<bool> &cancel);

} // namespace Spill
