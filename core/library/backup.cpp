// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "librarylocation.h"
#include "sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

namespace Spill::Backup {

namespace {

const QString Prefix = QStringLiteral("library-");
const QString Suffix = QStringLiteral(".sqlite");
// Sorts by time as text: library-20261127T190000123Z-daily.sqlite
const QString StampFormat = QStringLiteral("yyyyMMddTHHmmsszzz");

QDir backupDir(const QString &libraryFolder)
{
    return QDir(QDir(libraryFolder).filePath(QString::fromLatin1(LibraryBackupFolderName)));
}

} // namespace

QStringList backupFiles(const QString &libraryFolder)
{
    const QDir dir = backupDir(libraryFolder);
    QStringList names = dir.entryList({Prefix + u'*' + Suffix}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

QDateTime newestBackupTime(const QString &libraryFolder)
{
    const QStringList files = backupFiles(libraryFolder);
    if (files.isEmpty())
        return {};
    const QString name = QFileInfo(files.first()).fileName();
    QDateTime time =
        QDateTime::fromString(name.mid(Prefix.size(), StampFormat.size()), StampFormat);
    time.setTimeZone(QTimeZone::utc());
    // A name we cannot read counts as old, so a fresh backup gets made.
    return time.isValid() ? time : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
}

bool backupDatabase(QSqlDatabase db, const QString &libraryFolder, const QString &reason,
                    QString *error)
{
    QDir dir = backupDir(libraryFolder);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create the backup folder %1").arg(dir.path());
        return false;
    }
    // Leftovers of a backup interrupted by a crash.
    for (const QString &name : dir.entryList({QStringLiteral("*.partial")}, QDir::Files))
        dir.remove(name);

    const QString stamp = QDateTime::currentDateTimeUtc().toString(StampFormat) + u'Z';
    QString finalPath = dir.filePath(Prefix + stamp + u'-' + reason + Suffix);
    for (int n = 2; QFile::exists(finalPath); ++n)
        finalPath =
            dir.filePath(Prefix + stamp + u'-' + reason + u'-' + QString::number(n) + Suffix);
    const QString partialPath = finalPath + QStringLiteral(".partial");

    QString sqlError;
    if (!Sql::exec(db, QStringLiteral("VACUUM INTO ?"), {partialPath}, &sqlError)) {
        QFile::remove(partialPath);
        *error = QStringLiteral("cannot write the backup %1: %2").arg(finalPath, sqlError);
        return false;
    }
    if (!QFile::rename(partialPath, finalPath)) {
        QFile::remove(partialPath);
        *error = QStringLiteral("cannot rename the backup to %1").arg(finalPath);
        return false;
    }

    const QStringList files = backupFiles(libraryFolder);
    for (qsizetype i = KeepCount; i < files.size(); ++i)
        QFile::remove(files.at(i));
    return true;
}

} // namespace Spill::Backup
