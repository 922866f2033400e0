// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjobs.h"

#include "export/exportsink.h"
#include "library/librarylocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Spill {

MediaResolver libraryMediaResolver(const QString &libraryFolder)
{
    return [libraryFolder](const MediaItem &item) {
        MediaSource source;
        source.file =
            mediaFilePath(libraryFolder, item.hash, QFileInfo(item.file).suffix().toLower());
        return source;
    };
}

namespace {

// Two side by side (the intended/actual pair) fit the preview pane.
constexpr int PreviewImageWidth = 300;

QString fileEndingWith(const MemorySink &sink, QStringView suffix)
{
    for (auto it = sink.files().cbegin(); it != sink.files().cend(); ++it) {
        if (it.key().endsWith(suffix))
            return it.key();
    }
    return {};
}

struct Rendered
{
    QString file;
    QString text;
    QString error;
};

Rendered renderOne(const ExportInput &input, ExportFormat format, const ExportOptions &options)
{
    const std::unique_ptr<Exporter> exporter = exporterFor(format);
    if (!exporter)
        return {{},
                {},
                QCoreApplication::translate("Export", "The format %1 has no preview")
                    .arg(exportFormatKey(format))};
    MemorySink sink;
    const ExportResult result = exporter->exportStory(input, options, sink);
    if (!result.ok())
        return {{}, {}, result.error};
    const QString file = fileEndingWith(sink, exportFormatUsesTheme(format) ? u".html" : u".md");
    return {file, QString::fromUtf8(sink.files().value(file)), {}};
}

} // namespace

PreviewResult renderPreview(const Library::Handle &handle, qint64 storyId, ExportFormat format,
                            const ExportOptions &options)
{
    PreviewResult preview;
    preview.storyId = storyId;
    preview.format = format;
    preview.theme = options.theme;
    QString error;
    const std::unique_ptr<Library> library = Library::connect(handle, &error);
    if (!library) {
        preview.error = error;
        return preview;
    }
    const std::optional<Story> story = library->story(storyId);
    if (!story) {
        preview.error = QCoreApplication::translate("Export", "Story %1 could not be loaded: %2")
                            .arg(storyId)
                            .arg(library->lastError());
        return preview;
    }
    preview.title = story->title;
    const ExportInput input {*story, libraryMediaResolver(handle.folder)};

    const Rendered page = renderOne(input, ExportFormat::HtmlSingle, options);
    const Rendered markdown = renderOne(input, ExportFormat::Markdown, options);
    preview.viewHtml = viewablePage(page.text, PreviewImageWidth, &preview.viewImages);
    preview.articleHtml = articleOf(page.text);
    preview.markdown = markdown.text;
    Rendered chosen;
    if (format == ExportFormat::HtmlSingle)
        chosen = page;
    else if (format == ExportFormat::Markdown)
        chosen = markdown;
    else
        chosen = renderOne(input, format, options);
    preview.sourceFile = chosen.file;
    preview.source = shortenDataUrls(chosen.text);
    for (const QString &failure : {chosen.error, page.error, markdown.error}) {
        if (!failure.isEmpty()) {
            preview.error = failure;
            break;
        }
    }
    return preview;
}

BatchResult exportStories(const Library::Handle &handle, const QList<qint64> &storyIds,
                          ExportFormat format, const ExportOptions &options,
                          const QString &outputDir, const BatchProgress &progress,
                          std::atomic<bool> &cancel)
{
    BatchResult result;
    QString error;
    const std::unique_ptr<Library> library = Library::connect(handle, &error);
    const std::unique_ptr<Exporter> exporter = exporterFor(format);
    if (!library || !exporter) {
        result.errors.append(library ? QCoreApplication::translate("Export",
                                                                   "The format %1 cannot be "
                                                                   "exported here")
                                           .arg(exportFormatKey(format))
                                     : error);
        return result;
    }
    QList<ExportInput> inputs;
    inputs.reserve(storyIds.size());
    const MediaResolver resolver = libraryMediaResolver(handle.folder);
    for (qint64 id : storyIds) {
        if (cancel.load()) {
            result.cancelled = true;
            return result;
        }
        if (std::optional<Story> story = library->story(id))
            inputs.append({std::move(*story), resolver});
        else
            result.errors.append(
                QCoreApplication::translate("Export", "Story %1 could not be loaded: %2")
                    .arg(id)
                    .arg(library->lastError()));
    }
    DirectorySink sink(outputDir, DirectorySink::Durability::AtFinish);
    BatchResult batch = exportBatch(*exporter, inputs, options, sink, progress, cancel);
    batch.errors = result.errors + batch.errors;
    return batch;
}

QString shortenDataUrls(const QString &html)
{
    static const QRegularExpression dataUrl(
        QStringLiteral("(data:[a-z/+.-]+;base64,)[A-Za-z0-9+/=]{64,}"));
    QString out = html;
    out.replace(dataUrl, QStringLiteral("\\1…"));
    return out;
}

QString viewablePage(const QString &pageHtml, int maxImageWidth, QList<QImage> *images)
{
    // QTextDocument sizes an image by its width/height attributes and knows
    // no max-width, so they go and the image itself is made to fit.
    static const QRegularExpression size(QStringLiteral("\\s(?:width|height)=\"\\d+\""));
    static const QRegularExpression dataUrl(
        QStringLiteral("data:image/[a-z+.-]+;base64,([A-Za-z0-9+/=]+)"));
    QString html = pageHtml;
    html.remove(size);
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = dataUrl.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QImage image = QImage::fromData(QByteArray::fromBase64(match.captured(1).toLatin1()));
        if (image.width() > maxImageWidth)
            image = image.scaledToWidth(maxImageWidth, Qt::SmoothTransformation);
        out += QStringView(html).mid(last, match.capturedStart() - last);
        out += QStringLiteral("preview:%1").arg(images->size());
        images->append(image);
        last = match.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

QString articleOf(const QString &pageHtml)
{
    const qsizetype start = pageHtml.indexOf(u"<article");
    const qsizetype end = pageHtml.lastIndexOf(u"</article>");
    if (start >= 0 && end > start)
        return pageHtml.mid(start, end - start + qsizetype(qstrlen("</article>")));
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = body.match(pageHtml);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

} // namespace Spill
