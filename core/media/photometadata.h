// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Spill {

// What Spill reads from a photo's EXIF and XMP metadata: how to show it, and
// how it came to be (the edited-photo ledger).
struct PhotoMetadata
{
    int orientation = 1; // EXIF values 1..8; 1 is upright
    QDateTime captureTime; // when it was taken, local time; invalid when unknown
    QString camera; // "Apple iPhone 13 mini": make and model; empty when unknown
    QString software; // what last wrote the file, as it names itself
    QDateTime modifyTime; // when the file was last changed, local time
    bool historyEdited = false; // the XMP history records a change after it was made
    QStringList edits; // what editing settings in XMP say was changed: "crop", "light", "colour"
};

// Reads the metadata with exiv2 from a whole JPEG, PNG or WebP file held in
// memory: EXIF first (Orientation, DateTimeOriginal, Make, Model, Software,
// DateTime), then XMP (tiff:, exif:, xmp:CreateDate/ModifyDate/CreatorTool,
// the xmpMM:History of edits and Camera Raw's crop and adjustments).
// Untrusted input: anything exiv2 cannot read is treated as absent.
// Thread-safe.
//
// This links exiv2, which the program loads only on first use: call
// readPhotoMetadataFromModule() (photometadataloader.h) from the store.
PhotoMetadata readPhotoMetadata(QByteArrayView file);

} // namespace Spill
