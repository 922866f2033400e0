// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

// A library is a folder holding library.sqlite and media/.
inline constexpr char LibraryDatabaseFileName[] = "library.sqlite";
inline constexpr char LibraryMediaFolderName[] = "media";
// Rotating copies made with VACUUM INTO.
inline constexpr char LibraryBackupFolderName[] = "backups";
// Held by the one Spill that may write the library.
inline constexpr char LibraryLockFileName[] = "library.lock";

// Where Spill keeps its library when none is chosen: the platform's
// application data folder. Needs the application name to be set first.
QString defaultLibraryPath();

// The process id of another Spill on this machine that holds the library's
// lock in `folder` now (it may write the library), or 0: no lock, a lock
// left by a process that ended, one held on another machine, or our own.
qint64 libraryLockHolder(const QString &folder);

// The library's database file inside `folder`.
QString libraryDatabasePath(const QString &folder);

// Where the media store keeps a file: <folder>/media/<hash>.<suffix>
// (just <hash> when the suffix is empty). The suffix is stored lowercase.
QString mediaFilePath(const QString &folder, const QString &hash, const QString &suffix);

} // namespace Spill
