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

// A name a file gives itself (a camera, a program): one line of printable
// text, at most 80 characters. Files are untrusted: control characters and
// non-characters are dropped.
QString originName(const QString &text);

// The camera as people say it: "Canon" and "Canon EOS R6" make "Canon EOS
// R6"; "Apple" and "iPhone 13" make "Apple iPhone 13".
QString cameraName(const QString &make, const QString &model);

// True when `software` names a photo editor (Lightroom, Photoshop, GIMP,
// Snapseed and the like) rather than a camera or phone's own firmware.
bool isPhotoEditor(const QString &software);

// The kinds of change a file can name, in the order a post lists them.
QStringList mediaEditKeys();
// The English source text of a kind of change ("crop"), for translating
// into the interface's language or a post's; context "Story".
const char *mediaEditSource(const QString &key);

} // namespace Spill
