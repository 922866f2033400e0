// SPDX-License-Identifier: GPL-3.0-or-later
#include "wholefile.h"

#include <QSaveFile>

#include <cerrno>
#include <unistd.h>

namespace Spill {

namespace {

QString reasonOf(const QSaveFile &file)
{
    const QString reason = file.errorString();
    return reason.isEmpty() ? qt_error_string(EIO) : reason;
}

} // namespace

int writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return written < 0 ? errno : EIO;
        done += written;
    }
    return 0;
}

QString commitWhole(QSaveFile &file)
{
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        // Taken before cancelWriting() replaces it with its own text.
        const QString reason = reasonOf(file);
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return reasonOf(file);
    return {};
}

QString writeWhole(QSaveFile &file, QByteArrayView bytes)
{
    if (!file.flush()) {
        const QString reason = reasonOf(file);
        file.cancelWriting();
        return reason;
    }
    if (const int error = writeAll(file.handle(), bytes); error != 0) {
        file.cancelWriting();
        return qt_error_string(error);
    }
    return commitWhole(file);
}

} // namespace Spill
