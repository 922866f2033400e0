// SPDX-License-Identifier: GPL-3.0-or-later
// Rotating backups of a library's database in <library>/backups/.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Spill::Backup {

inline constexpr int KeepCount = 5;

// Writes a consistent copy of the open database with VACUUM INTO, first under
// a ".partial" name and then renamed, so a crash never leaves a half-written
// file that counts as a backup. Keeps the KeepCount newest and deletes older
// ones. `reason` ends up in the file name ("daily", "before-v2").
bool backupDatabase(QSqlDatabase db, const QString &libraryFolder, const QString &reason,
                    QString *error);

// The backups, newest first.
QStringList backupFiles(const QString &libraryFolder);

// When the newest backup was made; invalid when there is none.
QDateTime newestBackupTime(const QString &libraryFolder);

} // namespace Spill::Backup
