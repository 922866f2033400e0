// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Spill {

// A photo made ready for the web: turned upright by its EXIF orientation,
// scaled so its longer side is at most `longEdge`, and re-encoded (JPEG at
// quality 85; PNG stays PNG). Re-encoding writes pixels only, so EXIF, GPS
// and any other metadata of the original are gone.
struct WebImage
{
    QByteArray bytes;
    QString suffix; // "jpg" or "png"
    QString mimeType;
    int width = 0;
    int height = 0;
    int sourceWidth = 0; // the photo's own size, upright
    int sourceHeight = 0;
    QString error; // names the file when it cannot be read
};

WebImage encodeWebImage(const QString &path, int longEdge);

} // namespace Spill
