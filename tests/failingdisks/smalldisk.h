// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Spill::Test {

// A small tmpfs mounted on a temporary folder, to run out of space for
// real. Mounting needs root (or CAP_SYS_ADMIN); where it is not permitted,
// mounted() is false and reason() says why, so the test can skip.
class SmallDisk
{
public:
    explicit SmallDisk(int kibibytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString reason() const { return m_reason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes a filler file until the disk is full; true when it filled up.
    bool fill();
    // Deletes the filler: the disk has room again.
    void makeRoom();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_reason;
};

// strerror() of ENOSPC as the C library says it.
QString noSpaceText();

// A report says the disk is full in words: strerror(ENOSPC), or SQLite's
// own "database or disk is full" for a failed write to the library.
bool saysDiskIsFull(const QString &report);

} // namespace Spill::Test
