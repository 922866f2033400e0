// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "export/sharekit.h"
#include "publish.h"

#include <QImage>
#include <QList>
#include <QString>

namespace Spill {

struct PreviewResult
{
    qint64 storyId = 0;
    ExportFormat format = ExportFormat::Markdown;
    QString theme;
    QString title;
    // The story's html-single page in the chosen theme, byte for byte what
    // that export writes: the rendered view shows it in a browser engine.
    QString pageHtml;
    QString sourceFile; // the source's path inside the export, e.g. "content/posts/x/index.md"
    QString source; // the chosen format's main file; inlined images shortened for reading
    QString markdown; // the markdown format's .md text, for "Copy Markdown"
    QString articleHtml; // the <article> of the html-single page, for "Copy HTML"
    // The post in WordPress's block markup without its photos and clips,
    // which only an upload puts on the site, for "Copy for WordPress".
    QString wordpressBlocks;
    int mediaLeftOut = 0; // photos and clips not in wordpressBlocks
    QStringList changes; // what the export in `format` changes on the way out (exportChanges())
    // With options.shareKit: the kit as the export writes it, and each
    // picture made small for showing (ShareThumbnailHeight pixels high).
    ShareKit shareKit;
    QList<QImage> shareThumbnails;
    QString error; // names the story; empty on success
};

inline constexpr int ShareThumbnailHeight = 160;

// Renders the story in `format`, in html-single (the rendered view, in
// options.theme whatever the format) and in markdown, from the same media (posters included) a
// batch export uses. Blocking: photos are decoded and re-encoded; reads through a connection of the
// calling thread's own.
PreviewResult renderPreview(const PublishSource &source, qint64 storyId, ExportFormat format,
                            const ExportOptions &options);

// "data:image/jpeg;base64,<40 KB>" becomes "data:image/jpeg;base64,…" so a
// page's source stays readable.
QString shortenDataUrls(const QString &html);
// The <article>…</article> element of a themed page (the whole <body>
// content when there is no article), or an empty string.
QString articleOf(const QString &pageHtml);

} // namespace Spill
