// SPDX-License-Identifier: GPL-3.0-or-later
// The Export place's work off the GUI thread: rendering one story's preview
// and exporting a batch. Each call opens its own library connection, loads
// the stories and resolves their media to files in the library's store.
#pragma once

#include "export/batchexport.h"
#include "export/exporter.h"
#include "library/library.h"

#include <QImage>
#include <QList>
#include <QString>

#include <atomic>

namespace Spill {

// Media of a story stored in the library at `libraryFolder`.
MediaResolver libraryMediaResolver(const QString &libraryFolder);

struct PreviewResult
{
    qint64 storyId = 0;
    ExportFormat format = ExportFormat::Markdown;
    QString theme;
    QString title;
    // The html-single page for the rendered view (a QTextBrowser): inlined
    // images replaced by "preview:N" URLs into viewImages, already scaled
    // down here so the GUI thread never decodes a photo.
    QString viewHtml;
    QList<QImage> viewImages;
    QString sourceFile; // the source's path inside the export, e.g. "content/posts/x/index.md"
    QString source; // the chosen format's post file; inlined images shortened for reading
    QString markdown; // the markdown format's .md text, for "Copy Markdown"
    QString articleHtml; // the <article> of pageHtml, for "Copy HTML"
    QString error; // names the story; empty on success
};

// Renders the story in `format`, in html-single (the rendered view) and in
// markdown. Blocking: photos are decoded and re-encoded.
PreviewResult renderPreview(const Library::Handle &library, qint64 storyId, ExportFormat format,
                            const ExportOptions &options);

// Exports the stories to `outputDir` with one sync at the end. Stories that
// cannot be loaded are reported as errors naming their id.
BatchResult exportStories(const Library::Handle &library, const QList<qint64> &storyIds,
                          ExportFormat format, const ExportOptions &options,
                          const QString &outputDir, const BatchProgress &progress,
                          std::atomic<bool> &cancel);

// "data:image/jpeg;base64,<40 KB>" becomes "data:image/jpeg;base64,…" so a
// page's source stays readable.
QString shortenDataUrls(const QString &html);
// Prepares a page for the rendered view (see PreviewResult::viewHtml).
QString viewablePage(const QString &pageHtml, int maxImageWidth, QList<QImage> *images);
// The <article>…</article> element of a themed page (the whole <body>
// content when there is no article), or an empty string.
QString articleOf(const QString &pageHtml);

} // namespace Spill
