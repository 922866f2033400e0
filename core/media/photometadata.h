// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace Spill {

// The little Spill needs from a photo's EXIF and XMP metadata.
struct PhotoMetadata
{
    int orientation = 1; // EXIF values 1..8; 1 is upright
    QDateTime captureTime; // when it was taken, local time; invalid when unknown
};

// Reads orientation and capture time with exiv2 from a whole JPEG, PNG or
// WebP file held in memory: EXIF first (Orientation, DateTimeOriginal), then
// XMP (tiff:Orientation, exif:DateTimeOriginal, xmp:CreateDate). Untrusted
// input: anything exiv2 cannot read is treated as absent. Thread-safe.
//
// This links exiv2, which the program loads only on first use: call
// readPhotoMetadataFromModule() (mediametadatamodule.h) from the store.
PhotoMetadata readPhotoMetadata(QByteArrayView file);

} // namespace Spill
