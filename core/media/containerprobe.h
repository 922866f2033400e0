// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace Spill {

// What a clip's container declares, read with libavformat without decoding
// a frame. error is empty on success.
struct ContainerInfo
{
    QString format; // libavformat's demuxer: "mov,mp4,m4a,3gp,3g2,mj2" or "matroska,webm"
    qint64 durationMs = 0; // 0 when the container declares none
    int width = 0; // of the first video stream; 0 without one
    int height = 0;
    // When it was recorded, as the camera's clock showed it: a phone's own
    // local creation date, else the container's creation_time (UTC) in this
    // machine's time zone; invalid when unknown or clearly unset (before 1990).
    QDateTime captured;
    QString camera; // make and model, when the phone names them
    QString error;

    bool ok() const { return error.isEmpty(); }
    bool hasVideo() const { return width > 0 && height > 0; }
};

// Opens a clip with libavformat, allowing only the MP4/MOV (ISO media) and
// Matroska/WebM demuxers and the file protocol. Untrusted input: it runs in
// the `spill __probe` child process only (see VideoProber); libavformat is
// linked into the video module, never into the program itself.
ContainerInfo probeContainer(const QString &path);

// The same for a file held in memory (tests and fuzzing).
ContainerInfo probeContainerBytes(QByteArrayView bytes);

} // namespace Spill
