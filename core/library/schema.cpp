// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "sqlsupport.h"
#include "story/story.h"

#include <QSqlQuery>

namespace Spill::Schema {

namespace {

// Version 1: stories, media, tags, failure kinds and revisions. Times are
// UTC ISO 8601 text (see sqlsupport.h). A trashed story keeps its rows and
// gets trashed_at; emptying the trash deletes it with its media rows,
// revisions and links (ON DELETE CASCADE).
const char *const Version1[] = {
    R"(CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        dish TEXT NOT NULL DEFAULT '',
        recipe_url TEXT NOT NULL DEFAULT '',
        intended TEXT NOT NULL DEFAULT '',
        went_wrong TEXT NOT NULL DEFAULT '',
        salvage TEXT NOT NULL DEFAULT '',
        lesson TEXT NOT NULL DEFAULT '',
        call_to_action TEXT NOT NULL DEFAULT '',
        outcome TEXT CHECK (outcome IN ('rescued', 'partly', 'binned')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'published')),
        published_url TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        trashed_at TEXT
    ))",
    // The gallery filters on trashed_at and sorts by one of these; the index
    // also answers count(*) without reading the wide story rows.
    "CREATE INDEX stories_created ON stories (trashed_at, created)",
    "CREATE INDEX stories_updated ON stories (trashed_at, updated)",
    "CREATE INDEX stories_title ON stories (trashed_at, title COLLATE NOCASE)",
    R"(CREATE TABLE media (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        hash TEXT NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('photo', 'video')),
        beat TEXT NOT NULL,
        role TEXT NOT NULL,
        alt TEXT NOT NULL DEFAULT '',
        decorative INTEGER NOT NULL DEFAULT 0,
        caption TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        poster_ms INTEGER,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0,
        duration_ms INTEGER NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX media_story ON media (story_id, position)",
    "CREATE INDEX media_hash ON media (hash)",
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
    R"(CREATE TABLE story_tags (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, tag_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX story_tags_tag ON story_tags (tag_id)",
    "CREATE TABLE failure_kinds (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)",
    R"(CREATE TABLE story_failure_kinds (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        kind_id INTEGER NOT NULL REFERENCES failure_kinds (id),
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, kind_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX story_failure_kinds_kind ON story_failure_kinds (kind_id)",
    R"(CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        created TEXT NOT NULL,
        reason TEXT NOT NULL,
        snapshot TEXT NOT NULL
    ))",
    "CREATE INDEX revisions_story ON revisions (story_id, created)",
};

// Version 2: the full-text index over title, dish, beats and tags. A plain
// FTS5 table (it keeps its own copy of the text, which search reads back to
// mark its matches) with rowid = story id. Diacritics are folded ("souffle"
// finds "Soufflé"; SearchMarker folds with the same options); the
// prefix indexes make search-as-you-type cheap for short prefixes. The rank
// weights title over dish over tags over the beats' text.
const char *const Version2[] = {
    R"(CREATE VIRTUAL TABLE story_search USING fts5 (
        title, dish, beats, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
    ))",
    "INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 3.0)')",
};

// Version 3: the heading readers see above each beat. NULL is the default
// heading, '' none, anything else the creator's own text (which is never
// blank: clearing a heading hides it).
const char *const Version3[] = {
    "ALTER TABLE stories ADD COLUMN intended_heading TEXT",
    "ALTER TABLE stories ADD COLUMN went_wrong_heading TEXT",
    "ALTER TABLE stories ADD COLUMN salvage_heading TEXT",
    "ALTER TABLE stories ADD COLUMN lesson_heading TEXT",
    "ALTER TABLE stories ADD COLUMN call_to_action_heading TEXT",
};

// Version 4: where stories went on WordPress sites. A story has at most one
// post per site (the address, normalised by normalizedSiteAddress()); a file
// uploaded to a site is known there by the SHA-256 of the bytes sent, so a
// republish uploads only what is new or changed. Rows are written only after
// a publish succeeded; deleting a story from the trash forgets its posts, not
// the site's files (which other stories may use).
const char *const Version4[] = {
    R"(CREATE TABLE site_posts (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        site TEXT NOT NULL,
        post_id INTEGER NOT NULL,
        link TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL,
        PRIMARY KEY (story_id, site)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE site_uploads (
        site TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        media_id INTEGER NOT NULL,
        url TEXT NOT NULL,
        PRIMARY KEY (site, sha256)
    ) WITHOUT ROWID)",
};

// Version 5: "what I changed", the ways the cooking left the recipe, in the
// creator's order. Their words join the beats' in the search index, so the
// index is built again for every story.
const char *const Version5[] = {
    R"(CREATE TABLE story_changes (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL
            CHECK (kind IN ('ingredient', 'quantity', 'step', 'time', 'temperature', 'tool')),
        subject TEXT NOT NULL DEFAULT '',
        planned TEXT NOT NULL DEFAULT '',
        actual TEXT NOT NULL DEFAULT '',
        caused_fail INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (story_id, position)
    ) WITHOUT ROWID)",
    "DELETE FROM story_search",
};

// Version 6: the fixed recipe, the recipe as the creator would cook it now:
// ingredients and steps, each in the creator's order. Their words are
// searched too, so the index is built again.
const char *const Version6[] = {
    R"(CREATE TABLE story_recipe (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        part TEXT NOT NULL CHECK (part IN ('ingredient', 'step')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (story_id, part, position)
    ) WITHOUT ROWID)",
    "DELETE FROM story_search",
};

// Version 7: the edited-photo ledger. What a stored file says of how it came
// to be, read when it entered the library, is kept once per file (by its
// hash); capture and modification times are the camera's wall-clock time,
// "yyyy-MM-ddTHH:mm:ss", with no zone. A media row keeps whether the
// creator turned its "edited" mark off, and why.
const char *const Version7[] = {
    R"(CREATE TABLE media_origins (
        hash TEXT PRIMARY KEY,
        captured TEXT,
        camera TEXT NOT NULL DEFAULT '',
        software TEXT NOT NULL DEFAULT '',
        modified TEXT,
        edited INTEGER NOT NULL DEFAULT 0,
        edits TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID)",
    "ALTER TABLE media ADD COLUMN edited_mark_off INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE media ADD COLUMN edited_mark_reason TEXT NOT NULL DEFAULT ''",
};

// Version 8: redemption. A fail names the story that redeemed it (gone from
// the library: none) or a post elsewhere, and the day it was redeemed
// ("yyyy-MM-dd"); the redeeming story finds its fails by that column.
const char *const Version8[] = {
    "ALTER TABLE stories ADD COLUMN redeemed_by INTEGER "
    "REFERENCES stories (id) ON DELETE SET NULL",
    "ALTER TABLE stories ADD COLUMN redeemed_url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE stories ADD COLUMN redeemed_on TEXT",
    "CREATE INDEX stories_redeemed_by ON stories (redeemed_by) WHERE redeemed_by IS NOT NULL",
};

QStringList toList(const char *const *begin, const char *const *end)
{
    QStringList list;
    for (auto it = begin; it != end; ++it)
        list.append(QString::fromUtf8(*it));
    return list;
}

bool applyMigration(QSqlDatabase db, int version, QString *error)
{
    Sql::Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    for (const QString &statement : migrationStatements(version)) {
        if (!Sql::exec(db, statement, {}, error))
            return false;
    }
    if (version == 1) {
        for (FailureKind kind : allFailureKinds()) {
            if (!Sql::exec(db, QStringLiteral("INSERT INTO failure_kinds (key) VALUES (?)"),
                           {failureKindKey(kind)}, error))
                return false;
        }
    }
    // The index holds what the latest schema indexes: filled by the last
    // migration that changed what it holds (a library always takes all).
    if (version == 6) {
        if (!Sql::exec(db, searchIndexInsertSql(AllStories), {}, error))
            return false;
    }
    // PRAGMA takes no bound values; the version is our own integer.
    if (!Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), {}, error))
        return false;
    return transaction.commit(error);
}

} // namespace

QStringList migrationStatements(int version)
{
    switch (version) {
    case 1:
        return toList(std::begin(Version1), std::end(Version1));
    case 2:
        return toList(std::begin(Version2), std::end(Version2));
    case 3:
        return toList(std::begin(Version3), std::end(Version3));
    case 4:
        return toList(std::begin(Version4), std::end(Version4));
    case 5:
        return toList(std::begin(Version5), std::end(Version5));
    case 6:
        return toList(std::begin(Version6), std::end(Version6));
    case 7:
        return toList(std::begin(Version7), std::end(Version7));
    case 8:
        return toList(std::begin(Version8), std::end(Version8));
    default:
        return {};
    }
}

QString searchIndexInsertSql(SearchRows rows)
{
    // Beats are joined with blank lines, then the changes' words, one change
    // a line, then the fixed recipe, one ingredient or step a line; tags with
    // spaces, in story order.
    return QStringLiteral(
               "INSERT INTO story_search (rowid, title, dish, beats, tags) "
               "SELECT s.id, s.title, s.dish, "
               "s.intended || char(10, 10) || s.went_wrong || char(10, 10) || s.salvage "
               "|| char(10, 10) || s.lesson || char(10, 10) || s.call_to_action "
               "|| coalesce(char(10, 10) || (SELECT group_concat(line, char(10)) FROM "
               "(SELECT c.subject || ' ' || c.planned || ' ' || c.actual AS line "
               "FROM story_changes c WHERE c.story_id = s.id ORDER BY c.position)), '') "
               "|| coalesce(char(10, 10) || (SELECT group_concat(text, char(10)) FROM "
               "(SELECT r.text FROM story_recipe r WHERE r.story_id = s.id "
               "ORDER BY r.part, r.position)), ''), "
               "coalesce((SELECT group_concat(name, ' ') FROM (SELECT t.name FROM story_tags st "
               "JOIN tags t ON t.id = st.tag_id WHERE st.story_id = s.id ORDER BY st.position)), "
               "'') "
               "FROM stories s") +
        (rows == OneStory ? QStringLiteral(" WHERE s.id = ?") : QString());
}

int userVersion(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query, QStringLiteral("PRAGMA user_version"), {}, error))
        return -1;
    if (!query.next()) {
        *error = QStringLiteral("no user_version");
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase db, const std::function<bool(int, QString *)> &beforeMigration,
             QString *error)
{
    int version = userVersion(db, error);
    if (version < 0)
        return false;
    while (version < LatestVersion) {
        const int next = version + 1;
        if (version > 0 && beforeMigration && !beforeMigration(next, error))
            return false;
        if (!applyMigration(db, next, error)) {
            *error = QStringLiteral("migration to version %1 failed: %2").arg(next).arg(*error);
            return false;
        }
        version = next;
    }
    return true;
}

} // namespace Spill::Schema
