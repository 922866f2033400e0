// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingswriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSettings>

#include <memory>
#include <tuple>

namespace Spill {

namespace {

// Spill's settings file: `file`, or when it is empty the user's spill.ini.
// Only the writer opens it: a read through QSettings elsewhere would wait
// for the writer's sync.
std::unique_ptr<QSettings> openSettingsFile(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                           QStringLiteral("spill"), QStringLiteral("spill"));
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

// The file's modification time and size, read afresh.
std::pair<QDateTime, qint64> stamp(const QString &path)
{
    const QFileInfo info(path);
    return {info.lastModified(), info.exists() ? info.size() : -1};
}

} // namespace

SettingsWriter &SettingsWriter::shared()
{
    static SettingsWriter writer;
    // The last writes land while Qt is still whole: when the application
    // object goes, not among the statics that outlive it.
    static const bool flushAtExit = [] {
        qAddPostRoutine([] { shared().flush(); });
        return true;
    }();
    Q_UNUSED(flushAtExit);
    return writer;
}

SettingsWriter::SettingsWriter()
{
    // One thread: the writes reach the file in the order they were asked for.
    m_pool.setMaxThreadCount(1);
}

SettingsWriter::~SettingsWriter()
{
    flush();
}

void SettingsWriter::write(const QString &file, const QList<Change> &changes)
{
    if (changes.isEmpty())
        return;
    {
        QMutexLocker lock(&m_mutex);
        QMap<QString, Pending> &pending = m_pending[file];
        for (const Change &change : changes)
            pending.insert(change.first, {change.second, ++m_serial});
    }
    m_pool.start([this, file] { writePending(file); });
}

const SettingsWriter::Copy &SettingsWriter::currentCopy(const QString &file) const
{
    auto copy = m_copies.find(file);
    if (copy != m_copies.end()) {
        const auto [modified, size] = stamp(copy->path);
        if (modified == copy->modified && size == copy->size)
            return *copy;
    }
    // First asked for, or changed behind the writer's back: read it whole.
    const auto settings = openSettingsFile(file);
    Copy fresh;
    fresh.path = settings->fileName();
    std::tie(fresh.modified, fresh.size) = stamp(fresh.path);
    for (const QString &key : settings->allKeys())
        fresh.values.insert(key, settings->value(key));
    return *m_copies.insert(file, fresh);
}

QVariant SettingsWriter::value(const QString &file, const QString &key,
                               const QVariant &fallback) const
{
    QMutexLocker lock(&m_mutex);
    const auto pending = m_pending.constFind(file);
    if (pending != m_pending.cend()) {
        const auto found = pending->constFind(key);
        if (found != pending->cend())
            return found->value.isValid() ? found->value : fallback;
    }
    return currentCopy(file).values.value(key, fallback);
}

QStringList SettingsWriter::keysUnder(const QString &file, const QString &group) const
{
    const QString prefix = group + u'/';
    QMutexLocker lock(&m_mutex);
    QStringList keys;
    const Copy &copy = currentCopy(file);
    for (auto it = copy.values.cbegin(); it != copy.values.cend(); ++it) {
        if (it.key().startsWith(prefix))
            keys.append(it.key().mid(prefix.size()));
    }
    const auto pending = m_pending.constFind(file);
    if (pending == m_pending.cend())
        return keys;
    for (auto it = pending->cbegin(); it != pending->cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString key = it.key().mid(prefix.size());
        if (!it->value.isValid())
            keys.removeAll(key);
        else if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

void SettingsWriter::flush()
{
    m_pool.waitForDone();
}

QString SettingsWriter::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

// On the worker: everything asked for this file so far, in one sync. A later
// write of the same file finds nothing left to do, or only what came since.
void SettingsWriter::writePending(const QString &file)
{
    QMap<QString, Pending> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch = m_pending.value(file);
    }
    if (batch.isEmpty())
        return;
    const auto settings = openSettingsFile(file);
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        if (it->value.isValid())
            settings->setValue(it.key(), it->value);
        else
            settings->remove(it.key());
    }
    settings->sync();
    const bool written = settings->status() == QSettings::NoError;

    QMutexLocker lock(&m_mutex);
    if (!written) {
        // Kept in memory: this session still reads what was asked for.
        m_lastError =
            QStringLiteral("Could not write the settings file %1").arg(settings->fileName());
        qWarning("%s", qPrintable(m_lastError));
        return;
    }
    m_lastError.clear();
    // The copy holds what is on disk now, so the next read need not read it.
    auto copy = m_copies.find(file);
    if (copy != m_copies.end()) {
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            if (it->value.isValid())
                copy->values.insert(it.key(), it->value);
            else
                copy->values.remove(it.key());
        }
        std::tie(copy->modified, copy->size) = stamp(copy->path);
    }
    auto pending = m_pending.find(file);
    if (pending == m_pending.end())
        return;
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        const auto now = pending->constFind(it.key());
        if (now != pending->cend() && now->serial == it->serial)
            pending->remove(it.key());
    }
    if (pending->isEmpty())
        m_pending.erase(pending);
}

} // namespace Spill
