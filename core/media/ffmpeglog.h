// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Spill {

Q_DECLARE_LOGGING_CATEGORY(lcFfmpeg)

// FFmpeg writes its own log straight to stderr: with Qt Multimedia's FFmpeg
// backend that is a search for hardware decoders on every clip ("Cannot
// load libcuda.so.1", "Cannot open the X11 display"), and the backend adds
// the same search through qDebug(). Neither tells a creator anything.
// After this call FFmpeg's lines go to the `spill.ffmpeg` category, off
// unless QT_LOGGING_RULES turns it on, and qDebug()'s default category is
// off (Spill logs only in its own categories). Errors that matter reach the
// creator through the player's and the probe's own messages.
void quietFfmpeg();

} // namespace Spill
