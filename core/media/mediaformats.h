// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

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

} // namespace Spill
