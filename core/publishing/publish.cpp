// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish.h"

#include "export/exportsink.h"
#include "jsonstoryexporter.h"
#include "librarymedia.h"

#include <QCoreApplication>

namespace Spill {

namespace {

struct PublishText
{
    Q_DECLARE_TR_FUNCTIONS(Publishing)
};

} // namespace

std::unique_ptr<Exporter> publishingExporterFor(ExportFormat format)
{
    if (format == ExportFormat::Json)
        return std::make_unique<JsonStoryExporter>();
    return exporterFor(format);
}

BatchResult publishStories(const PublishSource &source, const QList<Story> &stories,
                           ExportFormat format, const ExportOptions &options,
                           const QString &outputDir, const BatchProgress &progress,
                           std::atomic<bool> &cancel)
{
    const std::unique_ptr<Exporter> exporter = publishingExporterFor(format);
    if (!exporter) {
        BatchResult result;
        result.errors.append(
            PublishText::tr("The format %1 cannot be exported").arg(exportFormatKey(format)));
        return result;
    }
    LibraryMedia media(source.library.folder, source.prober,
                       format == ExportFormat::Json ? LibraryMedia::Posters::None
                                                    : LibraryMedia::Posters::Resolve);
    QList<ExportInput> inputs;
    inputs.reserve(stories.size());
    for (const Story &story : stories)
        inputs.append({story, media.resolverFor(story.title)});
    DirectorySink sink(outputDir, DirectorySink::Durability::AtFinish);
    BatchResult result = exportBatch(*exporter, inputs, options, sink, progress, cancel);
    result.notes += media.takeNotes();
    return result;
}

BatchResult publishStoriesById(const PublishSource &source, const QList<qint64> &storyIds,
                               ExportFormat format, const ExportOptions &options,
                               const QString &outputDir, const BatchProgress &progress,
                               std::atomic<bool> &cancel)
{
    BatchResult result;
    QString error;
    const std::unique_ptr<Library> library = Library::connect(source.library, &error);
    if (!library) {
        result.errors.append(error);
        return result;
    }
    QList<Story> stories;
    stories.reserve(storyIds.size());
    for (qint64 id : storyIds) {
        if (cancel.load()) {
            result.cancelled = true;
            return result;
        }
        if (std::optional<Story> story = library->story(id))
            stories.append(std::move(*story));
        else
            result.errors.append(PublishText::tr("Story %1 could not be loaded: %2")
                                     .arg(id)
                                     .arg(library->lastError()));
    }
    BatchResult batch =
        publishStories(source, stories, format, options, outputDir, progress, cancel);
    batch.errors = result.errors + batch.errors;
    return batch;
}

} // namespace Spill
