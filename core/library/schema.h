// SPDX-License-Identifier: GPL-3.0-or-later
// The library's schema and its versioned migrations (PRAGMA user_version).
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Spill::Schema {

// The newest schema this build knows. A library with a higher user_version
// was written by a newer Spill and is only ever opened read-only.
inline constexpr int LatestVersion = 8;

// The statements of one migration, from version - 1 to version.
QStringList migrationStatements(int version);

// The SQL that builds stories' rows in the search index: for one story (one
// `?` for its id) or for all. Shared by the migration that fills the index and
// by every write, so both index the same text.
enum SearchRows { OneStory, AllStories };
QString searchIndexInsertSql(SearchRows rows);

// Whether a story row (alias `s`) is redeemed: linked to the story or to the
// post elsewhere that made it good (version 8). Its negation is "not yet".
inline const QString RedeemedSql =
    QStringLiteral("(s.redeemed_by IS NOT NULL OR s.redeemed_url != '')");

int userVersion(QSqlDatabase db, QString *error);

// Brings the database from its current version to LatestVersion, one
// migration per transaction (the new user_version is set inside it, so a
// crash leaves either the old or the new version, never a mix).
// `beforeMigration(version)` runs before each migration of an existing
// database (version > 0); returning false aborts with `error` set by it.
bool migrate(QSqlDatabase db, const std::function<bool(int, QString *)> &beforeMigration,
             QString *error);

} // namespace Spill::Schema
