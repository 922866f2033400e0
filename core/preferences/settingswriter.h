// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVariant>

#include <memory>
#include <utility>

class QSettings;

namespace Spill {

// Spill's settings file: `file`, or when it is empty the user's spill.ini.
std::unique_ptr<QSettings> openSettingsFile(const QString &file);

// Writes Spill's settings files on a worker thread, in the order asked, each
// write synced to disk, so the thread asking never waits for the file or the
// disk. Until a value is on disk, value() gives the value asked for, so
// reading right after writing sees the write. One writer serves the process:
// two writers of one file could put older values over newer ones.
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
    void writePending(const QString &file);

    mutable QMutex m_mutex;
    QHash<QString, QMap<QString, Pending>> m_pending; // file → key → not yet on disk
    quint64 m_serial = 0;
    QString m_lastError;
    QThreadPool m_pool;
};

} // namespace Spill
