// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Spill {

// How a photo or clip came to be, as its own file tells it: the edited-photo
// ledger. Read when the file enters the library, never typed by the
// creator, and never written into exports.
struct MediaOrigin
{
    bool known = false; // read from the file; false for media stored before Spill kept this
    QDateTime captured; // when it was taken, as the camera's clock showed; invalid: unknown
    QString camera; // "Apple iPhone 13 mini"; empty when unknown
    QString software; // what last wrote the file, as it names itself
    QDateTime modified; // when the file was last changed, as it says
    bool edited = false; // changed after it was taken, by what the file says
    QStringList edits; // what was changed, when the file says: "crop", "light", "colour"

    friend bool operator==(const MediaOrigin &, const MediaOrigin &) = default;
};

// True when `software` names a photo editor (Lightroom, Photoshop, GIMP,
// Snapseed and the like) rather than a camera or phone's own firmware.
bool isPhotoEditor(const QString &software);

// The kinds of change a file can name, in the order a post lists them.
QStringList mediaEditKeys();

} // namespace Spill
