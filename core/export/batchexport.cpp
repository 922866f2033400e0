// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchexport.h"

#include "exportsink.h"
#include "post.h"

#include <QCoreApplication>
#include <QSet>

namespace Spill {

BatchResult exportBatch(const Exporter &exporter, const QList<ExportInput> &stories,
                        const ExportOptions &options, ExportSink &sink,
                        const BatchProgress &progress, std::atomic<bool> &cancel)
{
    BatchResult result;
    // A destination that cannot be written at all (its folder cannot be
    // made, its list of Spill's files is not a file) is said once, not once
    // per story and again at the end.
    if (QString error = sink.check({}); !error.isEmpty()) {
        result.errors << error;
        return result;
    }
    QSet<QString> slugs;
    const int total = static_cast<int>(stories.size());
    for (int i = 0; i < total; ++i) {
        if (cancel.load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        const ExportInput &input = stories.at(i);
        const QString slug = exportSlug(input.story);
        if (slugs.contains(slug)) {
            result.errors << QCoreApplication::translate(
                                 "Export",
                                 "Story \"%1\": another story in this export already "
                                 "uses the slug \"%2\"")
                                 .arg(input.story.title, slug);
        } else {
            slugs.insert(slug);
            const ExportResult one = exporter.exportStory(input, options, sink);
            result.files << one.files;
            result.notes << one.notes;
            if (one.ok() && !one.changes.isEmpty())
                result.changes.append({input.story.title, one.changes});
            if (one.ok())
                ++result.exported;
            else if (!result.errors.contains(one.error))
                result.errors << one.error;
        }
        if (progress)
            progress(i + 1, total);
    }
    if (QString error = sink.finish(); !error.isEmpty() && !result.errors.contains(error))
        result.errors << error;
    return result;
}

} // namespace Spill
