// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/batchexport.h"
#include "export/exporter.h"
#include "library/library.h"
#include "media/videoprober.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace Spill {

// Where stories go out from: a library and the prober that makes the poster
// frames of its clips when the thumbnail cache has none. Plain values, so a
// worker thread can take a copy.
struct PublishSource
{
    Library::Handle library;
    VideoProber prober;
};

// The writer for any format, the interchange format (Json) included.
std::unique_ptr<Exporter> publishingExporterFor(ExportFormat format);

// Exports the stories to `outputDir` with one sync at the end, their media
// resolved from the source's library (see LibraryMedia). Blocking; `cancel`
// is checked between stories and `progress` runs on the calling thread.
// Every error and note names its story; the other stories are still written.
BatchResult publishStories(const PublishSource &source, const QList<Story> &stories,
                           ExportFormat format, const ExportOptions &options,
                           const QString &outputDir, const BatchProgress &progress,
                           std::atomic<bool> &cancel);

// The same for stories given by id, read through a connection of the
// calling thread's own. A story that cannot be read is an error naming its
// id; the others are still exported.
BatchResult publishStoriesById(const PublishSource &source, const QList<qint64> &storyIds,
                               ExportFormat format, const ExportOptions &options,
                               const QString &outputDir, const BatchProgress &progress,
                               std::atomic<bool> &cancel);

} // namespace Spill
