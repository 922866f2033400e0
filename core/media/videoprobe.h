// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Spill {

// What probing a clip found. error is empty on success.
struct VideoProbe
{
    qint64 durationMs = 0;
    int width = 0;
    int height = 0;
    QDateTime captured; // when it was recorded, the camera's clock; invalid: unknown
    QString camera;
    QImage frame; // the frame asked for, if any
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Probes a clip with Qt Multimedia in this process: duration, size and, when
// frameMs is given, the frame shown at that time (the poster frame).
//
// Untrusted files can crash or hang a decoder, so Spill runs this only inside
// the `spill __probe` child process (see VideoProber), never in the app
// itself. It runs its own event loop until done, so call it only where no
// other event loop runs, with a QGuiApplication on the offscreen platform.
VideoProbe probeVideoInProcess(const QString &path, std::optional<qint64> frameMs = std::nullopt);

// The frame shown at `ms`, or a null image with *error set.
QImage extractFrame(const QString &path, qint64 ms, QString *error = nullptr);

// The body of the hidden `__probe` command: arguments after `__probe`, i.e.
// `FILE [--frame MS --out PNG]`. Writes one JSON object to `out` and
// returns the process exit code (0 success, 1 probe failed, 2 bad arguments).
int runProbeCommand(const QStringList &arguments, QTextStream &out);

} // namespace Spill
