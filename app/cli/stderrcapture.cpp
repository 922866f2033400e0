// SPDX-License-Identifier: GPL-3.0-or-later
#include "stderrcapture.h"

#include "clicontext.h"

#include <QString>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

// A sanitizer's report is written to stderr just before the process
// ends: through the pipe, the reader thread might not pass it on in time.
// Sanitizer builds keep stderr as it is.
#if defined(__SANITIZE_ADDRESS__)
#define SPILL_KEEPS_STDERR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPILL_KEEPS_STDERR 1
#endif
#endif

namespace Spill::Cli {

namespace {

std::atomic<int> terminal {STDERR_FILENO};

// A line longer than this without a newline is written in pieces.
constexpr qsizetype LongestLine = 64 * 1024;

} // namespace

int terminalFd()
{
    return terminal.load();
}

void writeAllTo(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // stderr itself is gone: there is nowhere left to say so
        done += n;
    }
}

StderrCapture::StderrCapture(const QByteArray &prefix)
    : m_prefix(prefix)
{
#ifdef SPILL_KEEPS_STDERR
    return;
#endif
    std::fflush(stderr);
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return;
    const int copy = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (copy < 0 || ::dup2(ends[1], STDERR_FILENO) < 0) {
        if (copy >= 0)
            ::close(copy);
        ::close(ends[0]);
        ::close(ends[1]);
        return;
    }
    ::close(ends[1]);
    m_terminal = copy;
    m_pipe = ends[0];
    terminal.store(copy);
    m_reader = std::thread([this] { forward(); });
}

StderrCapture::~StderrCapture()
{
    if (!isActive())
        return;
    std::fflush(stderr);
    // Closes the pipe's writing end: the reader sees its end and stops.
    ::dup2(m_terminal, STDERR_FILENO);
    terminal.store(STDERR_FILENO);
    m_reader.join();
    ::close(m_pipe);
    ::close(m_terminal);
}

void StderrCapture::forward()
{
    QByteArray pending;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_pipe, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        pending.append(buffer, n);
        qsizetype start = 0;
        for (qsizetype end; (end = pending.indexOf('\n', start)) >= 0; start = end + 1)
            writeLine(pending.mid(start, end - start));
        pending.remove(0, start);
        if (pending.size() > LongestLine) {
            writeLine(pending);
            pending.clear();
        }
    }
    writeLine(pending);
}

void StderrCapture::writeLine(const QByteArray &line) const
{
    if (line.trimmed().isEmpty())
        return;
    writeAllTo(m_terminal, m_prefix + printable(QString::fromLocal8Bit(line)).toLocal8Bit() + '\n');
}

} // namespace Spill::Cli
