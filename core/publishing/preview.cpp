// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview.h"

#include "export/exportsink.h"
#include "librarymedia.h"
#include "wordpress/blocks/blockmarkup.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Spill {

namespace {

struct PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(Publishing)
};

// The file a reader of the format looks at first.
QStringView mainFileEnding(ExportFormat format)
{
    if (format == ExportFormat::Json)
        return u".json";
    return exportFormatUsesTheme(format) ? u".html" : u".md";
}

// The preview shows one text file: copied files (clips, the interchange
// format's media) are noted, never read into memory.
class PreviewSink : public MemorySink
{
public:
    QString copyFile(const QString &relativePath, const QString &) override
    {
        return write(relativePath, {});
    }
    QString writeWith(const QString &relativePath, const ExportProducer &) override
    {
        return write(relativePath, {});
    }
};

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
    QStringList changes;
};

Rendered renderOne(const ExportInput &input, ExportFormat format, const ExportOptions &options)
{
    const std::unique_ptr<Exporter> exporter = publishingExporterFor(format);
    if (!exporter)
        return {{},
                {},
                PreviewText::tr("The format %1 has no preview").arg(exportFormatKey(format)),
                {}};
    PreviewSink sink;
    const ExportResult result = exporter->exportStory(input, options, sink);
    if (!result.ok())
        return {{}, {}, result.error, {}};
    const QString file = fileEndingWith(sink, mainFileEnding(format));
    return {file, QString::fromUtf8(sink.files().value(file)), {}, result.changes};
}

} // namespace

PreviewResult renderPreview(const PublishSource &source, qint64 storyId, ExportFormat format,
                            const ExportOptions &options)
{
    PreviewResult preview;
    preview.storyId = storyId;
    preview.format = format;
    preview.theme = options.theme;
    QString error;
    const std::unique_ptr<Library> library = Library::connect(source.library, &error);
    if (!library) {
        preview.error = error;
        return preview;
    }
    const std::optional<Story> story = library->story(storyId);
    if (!story) {
        preview.error = PreviewText::tr("Story %1 could not be loaded: %2")
                            .arg(storyId)
                            .arg(library->lastError());
        return preview;
    }
    preview.title = story->title;
    LibraryMedia media(source.library.folder, source.prober);
    const ExportInput input {*story, media.resolverFor(story->title)};

    // The kit is made once, below, not by each format's writer.
    ExportOptions postOptions = options;
    postOptions.shareKit = false;
    const Rendered page = renderOne(input, ExportFormat::HtmlSingle, postOptions);
    const Rendered markdown = renderOne(input, ExportFormat::Markdown, postOptions);
    preview.pageHtml = page.text;
    preview.articleHtml = articleOf(page.text);
    preview.markdown = markdown.text;
    QString blocksError;
    if (const std::optional<Post> post = preparePost(input, options, &blocksError, false)) {
        preview.wordpressBlocks = wordpressBlockMarkup(*post, {});
        preview.mediaLeftOut = int(story->media.size());
    }
    Rendered chosen;
    if (format == ExportFormat::HtmlSingle)
        chosen = page;
    else if (format == ExportFormat::Markdown)
        chosen = markdown;
    else
        chosen = renderOne(input, format, postOptions);
    if (options.shareKit) {
        QString kitError;
        if (const std::optional<Post> post = preparePost(input, options, &kitError)) {
            preview.shareKit = makeShareKit(*post);
            for (const ShareImage &image : std::as_const(preview.shareKit.images))
                preview.shareThumbnails.append(
                    image.image.scaledToHeight(ShareThumbnailHeight, Qt::SmoothTransformation));
        }
    }
    preview.sourceFile = chosen.file;
    preview.changes = chosen.changes;
    preview.source = shortenDataUrls(chosen.text);
    for (const QString &failure : {chosen.error, page.error, markdown.error}) {
        if (!failure.isEmpty()) {
            preview.error = failure;
            break;
        }
    }
    return preview;
}

QString shortenDataUrls(const QString &html)
{
    static const QRegularExpression dataUrl(
        QStringLiteral("(data:[a-z/+.-]+;base64,)[A-Za-z0-9+/=]{64,}"));
    QString out = html;
    out.replace(dataUrl, QStringLiteral("\\1…"));
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
