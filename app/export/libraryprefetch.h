// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Spill {

// Brings a large library into memory ahead of its first calls, on the
// thread that loaded it. Loading maps a library's file but reads little of
// it: the first calls into Chromium then fault its code in page by page
// (reading the disk when the system has dropped the file from its cache),
// and those calls must run on the GUI thread.
namespace LibraryPrefetch {

// The files this process has mapped (libraries, mostly), by path.
QSet<QString> mappedFiles();

// Maps in every page of the read-only parts (code and constants) of the
// files mapped now and not in `before`, reading them from the disk where
// they are not in the system's cache. Returns the bytes it mapped in.
qint64 mapInSince(const QSet<QString> &before);

// Reads the files at `paths` into the system's cache; those that cannot be
// opened are passed over (the library says so itself when it needs them).
// Returns the bytes read.
qint64 readAhead(const QStringList &paths);

} // namespace LibraryPrefetch

} // namespace Spill
