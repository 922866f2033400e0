// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace Spill {

QString defaultLibraryPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("library"));
}

qint64 libraryLockHolder(const QString &folder)
{
    const QLockFile lock(QDir(folder).filePath(QString::fromLatin1(LibraryLockFileName)));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0 ||
        pid == QCoreApplication::applicationPid() || host != QSysInfo::machineHostName())
        return 0;
    // Signal 0 only asks whether the process exists.
    const bool alive = ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
    return alive ? pid : 0;
}

QString libraryDatabasePath(const QString &folder)
{
    return QDir(folder).filePath(QString::fromLatin1(LibraryDatabaseFileName));
}

QString mediaFilePath(const QString &folder, const QString &hash, const QString &suffix)
{
    const QString name = suffix.isEmpty() ? hash : hash + u'.' + suffix.toLower();
    return QDir(folder).filePath(QString::fromLatin1(LibraryMediaFolderName) + u'/' + name);
}

} // namespace Spill
