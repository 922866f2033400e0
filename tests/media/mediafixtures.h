// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

// Media made by the tests themselves: photos written with QImage, EXIF
// blocks written byte by byte, and clips encoded with ffmpeg.
namespace Spill::Test {

// A picture with a distinct colour in each quadrant (top-left red, top-right
// green, bottom-left blue, bottom-right white), so orientation can be checked.
QImage quadrantImage(QSize size);

// Encoded bytes of an image ("JPEG", "PNG", "WEBP").
QByteArray encode(const QImage &image, const char *format, int quality = 90);

// `jpeg` with an EXIF APP1 segment inserted after its SOI marker holding the
// orientation and, when not empty, DateTimeOriginal ("YYYY:MM:DD HH:MM:SS").
QByteArray withExif(const QByteArray &jpeg, int orientation, const QByteArray &dateTimeOriginal,
                    bool bigEndian = false);

// `jpeg` with an XMP APP1 segment inserted after its SOI marker holding the
// given rdf:Description attributes, e.g. `exif:DateTimeOriginal="..."`.
QByteArray withXmp(const QByteArray &jpeg, const QByteArray &descriptionAttributes);

// A PNG whose IHDR claims width x height, with a tiny empty IDAT: what an
// attacker sends to make a decoder allocate width x height pixels.
QByteArray pngHeaderOnly(quint32 width, quint32 height);

bool writeFile(const QString &path, const QByteArray &bytes);

// `file` after exiftool wrote the tags the arguments give ("-Make=Canon",
// "-XMP-crs:HasCrop=True"), as a camera or an editor would; *error says
// why when it returns nothing (exiftool is Debian's libimage-exiftool-perl).
QByteArray withTags(const QByteArray &file, const QStringList &arguments, QString *error);

// Runs ffmpeg with the arguments; returns its error output on failure, or an
// empty string on success.
QString runFfmpeg(const QStringList &arguments);

// A clip of three one-second colours: red, then green, then blue.
// Returns an error text, empty on success. suffix: mp4 (H.264) or webm (VP9).
QString makeColourClip(const QString &path, QSize size = QSize(160, 120));

// The dominant colour channel of the pixel at the image's centre: 'r', 'g', 'b' or '?'.
char dominantChannel(const QImage &image);

} // namespace Spill::Test
