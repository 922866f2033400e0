// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVariant>

#include <utility>

namespace Spill {

// Writes Spill's settings files on a worker thread, in the order asked, each
// write synced to disk, so the thread asking never waits for the file or the
// disk. Until a value is on disk, value() gives the value asked for, so
// reading right after writing sees the write. One writer serves the process:
// two writers of one file could put older values over newer ones.
//
// Reads come from a copy of each file kept here, read when first asked for
// and again only when the file changed on disk behind the writer's back
// (another program, a hand edit). Reading through QSettings instead would
// wait while the worker syncs the same file: QSettings locks a file's
// shared state for the whole write and fsync.
class SettingsWriter
{
public:
    using Change = std::pair<QString, QVariant>; // an invalid QVariant removes the key

    static SettingsWriter &shared();

    // `file` empty: the user's spill.ini.
    void write(const QString &file, const QList<Change> &changes);
    QVariant value(const QString &file, const QString &key, const QVariant &fallback = {}) const;
    // The keys under `group`, relative to it ("1/address" under
    // "wordpress-sites"), as they will be once every write asked for has
    // landed: the file's keys with those on their way added or removed.
    QStringList keysUnder(const QString &file, const QString &group) const;

    // Waits until every write asked for so far has ended: before leaving, and
    // for whoever reads the file itself.
    void flush();

    // The last write that failed, naming the file; empty while all succeed.
    QString lastError() const;

    SettingsWriter();
    ~SettingsWriter();
    SettingsWriter(const SettingsWriter &) = delete;
    SettingsWriter &operator=(const SettingsWriter &) = delete;

private:
    struct Pending
    {
        QVariant value;
        quint64 serial = 0;
    };
    // What a file holds, as last read or written here, and the file's
    // time and size then.
    struct Copy
    {
        QString path;
        QHash<QString, QVariant> values;
        QDateTime modified;
        qint64 size = -1;
    };
    void writePending(const QString &file);
    const Copy &currentCopy(const QString &file) const; // m_mutex held

    mutable QMutex m_mutex;
    QHash<QString, QMap<QString, Pending>> m_pending; // file → key → not yet on disk
    mutable QHash<QString, Copy> m_copies; // file → its copy
    quint64 m_serial = 0;
    QString m_lastError;
    QThreadPool m_pool;
};

} // namespace Spill
