// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <thread>

namespace Spill::Cli {

// While it lives, whatever the C libraries under Spill write straight to
// file descriptor 2 (libpng's errors, exiv2's and FFmpeg's warnings) goes
// into a pipe instead; a thread reads it and writes each line to the real
// stderr as "PREFIX line", escaped to one line (see printable()). Spill's
// own messages go to terminalFd(), around the pipe, as they carry the
// prefix already. When the pipe cannot be made, and in sanitizer builds
// (whose reports must not wait in a pipe), nothing changes.
class StderrCapture
{
public:
    explicit StderrCapture(const QByteArray &prefix);
    // Puts the real stderr back and writes the lines still in the pipe.
    ~StderrCapture();
    StderrCapture(const StderrCapture &) = delete;
    StderrCapture &operator=(const StderrCapture &) = delete;

    bool isActive() const { return m_terminal >= 0; }

private:
    void forward();
    void writeLine(const QByteArray &line) const;

    QByteArray m_prefix;
    int m_terminal = -1; // a copy of the real stderr
    int m_pipe = -1; // the pipe's reading end
    std::thread m_reader;
};

// The real stderr: the copy a StderrCapture keeps while one is active, or 2.
int terminalFd();

// Writes all of `bytes` to `fd`, retrying after signals.
void writeAllTo(int fd, const QByteArray &bytes);

} // namespace Spill::Cli
