// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace Spill {

// How remuxing a clip went. A clip that would pass `maxBytes` stops there:
// tooLarge, no error.
struct ClipRemux
{
    QString error; // names the clip; empty on success
    // Set with `error` when it was `out` that would not take the bytes: the
    // reason alone, for the writer to say with the name of its own file (a
    // full output disk is not the clip's fault).
    QString writeError;
    bool tooLarge = false;
    qint64 bytes = 0; // written to the output

    bool ok() const { return error.isEmpty() && !tooLarge; }
};

// Copies the clip at `sourcePath` into `out` (open for writing) without
// decoding: every audio, video and subtitle packet unchanged and the streams
// in their order, in a container of the same kind (`suffix`: "mp4", "mov",
// "webm", "mkv"). Nothing else travels: no container or stream metadata
// (location, dates, make and model, encoder, handler names), no chapters,
// and no data streams (GoPro and phone telemetry carry GPS tracks there).
// The display matrix stays, so a phone clip keeps its orientation.
// `maxBytes` > 0 caps the output. Runs only inside the spill-remux module,
// which links libavformat (see clipremuxloader.h).
ClipRemux remuxClip(const QString &sourcePath, const QString &suffix, QIODevice &out,
                    qint64 maxBytes = 0);

} // namespace Spill
