// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaorigins.h"

#include "mediapaths.h"
#include "photometadataloader.h"
#include "photoorigin.h"

#include <QFile>

namespace Spill {

int readMissingOrigins(QList<MediaItem> &media, const QString &libraryFolder)
{
    int filled = 0;
    for (MediaItem &item : media) {
        if (item.origin.known || item.kind != MediaKind::Photo)
            continue;
        QFile file(storedMediaFile(libraryFolder, item));
        if (!file.open(QIODevice::ReadOnly) || file.size() <= 0)
            continue;
        const uchar *bytes = file.map(0, file.size());
        if (!bytes)
            continue;
        QString error;
        const auto metadata = readPhotoMetadataFromModule(
            QByteArrayView(reinterpret_cast<const char *>(bytes), file.size()), &error);
        file.unmap(const_cast<uchar *>(bytes));
        if (!metadata)
            continue;
        item.origin = photoOrigin(*metadata);
        ++filled;
    }
    return filled;
}

} // namespace Spill
