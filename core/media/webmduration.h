// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <optional>

namespace Spill {

// The duration a WebM/Matroska file declares in its Segment Info, read from
// the file's first bytes (the Info element precedes the clusters). Qt 6.4's
// FFmpeg backend reports 0 for these files. Bounds-checked: untrusted input.
std::optional<qint64> webmDeclaredDurationMs(QByteArrayView head);

} // namespace Spill
