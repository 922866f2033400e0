// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mediaformats.h"
#include "story/mediaorigin.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace Spill {

// What a photo's header says, read without decoding the pixels.
struct PhotoHeader
{
    QSize storedSize; // as encoded, before orientation
    int orientation = 1; // EXIF 1..8
    MediaOrigin origin; // capture time, camera, software, whether it was edited

    // Width and height as shown, after orientation.
    QSize displaySize() const;
};

// Photo decoding under Spill's safety rules: the QImageReader format is given
// explicitly (never guessed from plugins), headers claiming more than
// MaxImagePixels are refused, and every decode has an allocation limit.
// Failures return nothing and put a translated reason (without the file
// name, which callers add) into *reason.
std::optional<PhotoHeader> readPhotoHeader(const QString &path, const QByteArray &readerFormat,
                                           QString *reason);

// Decodes to fit within boxSize x boxSize, orientation applied. JPEGs are
// scaled by the decoder itself, so a 12-megapixel photo is never decoded in
// full for a thumbnail. boxSize <= 0 decodes at full size.
QImage decodePhoto(const QString &path, const QByteArray &readerFormat, int boxSize,
                   QString *reason, int allocationLimitMb = ImageAllocationLimitMb);

// True when a JPEG's marker structure runs up to its end-of-image marker:
// Qt's decoder fills a truncated JPEG with grey and still succeeds.
bool jpegIsComplete(QByteArrayView data);

// EXIF orientation value for the transformation QImageReader reports.
int exifOrientationFromTransformation(int transformations);

} // namespace Spill
