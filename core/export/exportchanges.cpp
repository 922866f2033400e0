// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchanges.h"

#include "post.h"

#include <QCoreApplication>

namespace Spill {

namespace {

struct ExportChangesText
{
    Q_DECLARE_TR_FUNCTIONS(ExportChanges)
};

QString size(int width, int height)
{
    return QStringLiteral("%1×%2").arg(width).arg(height);
}

void photoChanges(const PostMedia &media, bool singleFile, QStringList *changes)
{
    const QString name = singleFile ? media.sourceName : media.fileName;
    if (!singleFile && !media.sourceName.isEmpty() && media.sourceName != media.fileName)
        *changes << ExportChangesText::tr("the photo %1 is renamed %2")
                        .arg(media.sourceName, media.fileName);
    if (media.sourceWidth > 0 && media.sourceHeight > 0 &&
        (media.sourceWidth != media.width || media.sourceHeight != media.height))
        *changes << ExportChangesText::tr("the photo %1 is scaled down from %2 to %3")
                        .arg(name, size(media.sourceWidth, media.sourceHeight),
                             size(media.width, media.height));
    *changes << ExportChangesText::tr(
                    "the photo %1 loses its metadata (EXIF, GPS location, camera)")
                    .arg(name);
}

void clipChanges(const PostMedia &media, bool singleFile, QStringList *changes)
{
    const QString name = singleFile ? media.sourceName : media.fileName;
    if (singleFile && media.tooLargeToEmbed) {
        *changes << ExportChangesText::tr(
                        "the clip %1 is larger than %2 MB and is not embedded: its poster "
                        "frame stands in, with a note")
                        .arg(name)
                        .arg(EmbeddedClipLimit / (1024 * 1024));
        return;
    }
    if (!singleFile && !media.sourceName.isEmpty() && media.sourceName != media.fileName)
        *changes << ExportChangesText::tr("the clip %1 is renamed %2")
                        .arg(media.sourceName, media.fileName);
    *changes << ExportChangesText::tr(
                    "the clip %1 loses its metadata (location, dates, device, chapters)")
                    .arg(name);
}

} // namespace

QStringList exportChanges(const Post &post, ExportFormat format)
{
    QStringList changes;
    if (format == ExportFormat::Json)
        return changes;
    const bool singleFile = format == ExportFormat::HtmlSingle;
    for (const PostMedia &media : post.media) {
        if (media.isVideo())
            clipChanges(media, singleFile, &changes);
        else
            photoChanges(media, singleFile, &changes);
    }
    return changes;
}

} // namespace Spill
