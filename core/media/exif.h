// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Spill {

// The little Spill needs from a JPEG's EXIF block.
struct ExifInfo
{
    int orientation = 1; // EXIF values 1..8; 1 is upright
    QDateTime captureTime; // DateTimeOriginal, local time; invalid when absent
};

// Reads orientation and DateTimeOriginal from the APP1 segment of a JPEG
// whose leading bytes are given (the first 128 KiB are plenty). Untrusted
// input: every offset is checked, and anything malformed is treated as absent.
ExifInfo readJpegExif(const QByteArray &jpegHead);

} // namespace Spill
