// SPDX-License-Identifier: GPL-3.0-or-later
// Spill's Qt SQL driver over SQLite's C API, linked into the program. The
// library's connections use it instead of Qt's QSQLITE plugin: nothing is
// loaded when a connection opens (the plugin's loading was a third of a
// millisecond, a twentieth of `spill search`), and a statement's rows are
// read from SQLite as they are asked for, not copied into a cache first.
// Internal to core/library.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Spill::Sql {

// A connection named `name` through Spill's driver, not yet open. Its
// options are QSQLITE's: QSQLITE_BUSY_TIMEOUT=ms, QSQLITE_OPEN_READONLY,
// QSQLITE_OPEN_URI (the database name is then a file: URI).
//
// It differs from QSQLITE where Spill never goes: results are forward-only
// (last() and seek() backwards fail), a NULL reads as a null QString
// variant whatever the column's declared type, and the numerical precision
// policy is not applied (integers read as qint64, reals as double).
QSqlDatabase addSqliteDatabase(const QString &name);

} // namespace Spill::Sql
