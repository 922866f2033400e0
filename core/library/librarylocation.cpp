// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylocation.h"

#include <QDir>
#include <QStandardPaths>

namespace Spill {

QString defaultLibraryPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("library"));
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
