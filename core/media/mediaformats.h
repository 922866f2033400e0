// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spill {

// Only these formats are ever decoded: an allowlist, not whatever plugin
// claims a file.
QStringList photoSuffixes(); // jpg, jpeg, png, webp
QStringList videoSuffixes(); // mp4, webm, mov

// The kind of media a file name promises, or nothing if Spill does not take it.
std::optional<MediaKind> mediaKindForFileName(const QString &fileName);

inline constexpr qint64 MaxVideoDurationMs = 2 * 60 * 1000;
inline constexpr qint64 MaxVideoBytes = 500LL * 1024 * 1024;

// A photo whose header claims more pixels than this is refused before any
// decoding, and no single decode may allocate more than the limit below.
inline constexpr qint64 MaxImagePixels = 100LL * 1000 * 1000;
inline constexpr int ImageAllocationLimitMb = 512;

// How many leading bytes sniffFormat() needs to decide.
inline constexpr int SniffBytes = 16;

// What the content of a file is, judged by its first bytes only.
struct SniffedFormat
{
    MediaKind kind = MediaKind::Photo;
    QByteArray readerFormat; // photos: the QImageReader format name (jpeg, png, webp)
    QString suffix; // the store's canonical suffix: jpg, png, webp, mp4, mov, webm
};

// Recognises JPEG, PNG, WebP, ISO media (MP4/MOV) and Matroska/WebM by their
// magic bytes. `nameSuffix` (lowercase) picks between mp4 and mov, which
// share one container. Nothing for anything else.
std::optional<SniffedFormat> sniffFormat(const QByteArray &head, const QString &nameSuffix);

} // namespace Spill
