// SPDX-License-Identifier: GPL-3.0-or-later
// Writing files whole: a full disk or a failing write is reported, in the
// words of its errno, and never leaves a cut-short file in place.
#pragma once

#include <QByteArrayView>
#include <QString>

class QSaveFile;

namespace Spill {

// Writes all of `bytes` to `fd` with write(2), past QFileDevice's buffer
// (on a full disk Qt's own text can be "Unknown error", while the errno
// says what happened). 0, or the errno of the write that failed.
int writeAll(int fd, QByteArrayView bytes);

// Flushes an open QSaveFile and commits it. QSaveFile::commit() flushes
// its buffer without checking the result (Qt 6.4), so on a full disk it
// would replace the old file with a cut-short one. An empty string, or why
// it failed (then the old file, if any, is left as it was).
QString commitWhole(QSaveFile &file);

// Writes `bytes` into an open QSaveFile and commits it: an empty string,
// or why it failed, as commitWhole().
QString writeWhole(QSaveFile &file, QByteArrayView bytes);

} // namespace Spill
