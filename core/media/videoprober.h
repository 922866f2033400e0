// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "videoprobe.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Spill {

// Probes clips in a child process, so a file that crashes or hangs a decoder
// costs only that process: it is killed after the timeout.
//
// Runs `<program> <leading arguments> FILE [--frame MS --out PNG]` and reads
// the JSON object runProbeCommand() prints. By default the program is the
// running executable with the leading argument `__probe` (the hidden
// subcommand of `spill`). Blocking: call it from a worker thread.
class VideoProber
{
public:
    static constexpr int DefaultTimeoutMs = 15000;

    // The running executable with `__probe`.
    VideoProber();
    VideoProber(QString program, QStringList leadingArguments, int timeoutMs = DefaultTimeoutMs);

    QString program() const { return m_program; }
    QStringList leadingArguments() const { return m_leadingArguments; }
    int timeoutMs() const { return m_timeoutMs; }

    // Duration and size; with frameMs, also the frame at that time.
    // Errors are translated and name the file, as displayName when given
    // (the store probes a temporary copy under the name the user knows).
    VideoProbe probe(const QString &path, std::optional<qint64> frameMs = std::nullopt,
                     const QString &displayName = {}) const;

private:
    QString m_program;
    QStringList m_leadingArguments;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Spill
