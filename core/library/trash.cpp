// SPDX-License-Identifier: GPL-3.0-or-later
// The trash: stories kept restorable until the trash is emptied.
#include "library.h"
#include "librarylocation.h"
#include "sqlsupport.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>

namespace Spill {

namespace {

// Media named in revisions: snapshots are JSON, read with SQLite's json_each.
const QString RevisionMediaSql = QStringLiteral(
    "SELECT DISTINCT json_extract(m.value, '$.hash'), json_extract(m.value, '$.suffix') "
    "FROM revisions r, json_each(r.snapshot, '$.media') m");

} // namespace

bool Library::moveToTrash(qint64 id)
{
    if (!ensureWritable())
        return false;
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query,
                  QStringLiteral("UPDATE stories SET trashed_at = coalesce(trashed_at, ?) "
                                 "WHERE id = ?"),
                  {Sql::toDbTime(QDateTime::currentDateTimeUtc()), id}, &error))
        return fail(tr("cannot move story %1 to the trash").arg(id), error);
    if (query.numRowsAffected() != 1)
        return fail(tr("cannot move story %1 to the trash").arg(id), tr("there is no such story"));
    return true;
}

bool Library::restoreFromTrash(qint64 id)
{
    if (!ensureWritable())
        return false;
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query, QStringLiteral("UPDATE stories SET trashed_at = NULL WHERE id = ?"), {id},
                  &error))
        return fail(tr("cannot restore story %1 from the trash").arg(id), error);
    if (query.numRowsAffected() != 1)
        return fail(tr("cannot restore story %1 from the trash").arg(id),
                    tr("there is no such story"));
    return true;
}

std::optional<QList<MediaFile>> Library::emptyTrash()
{
    if (!ensureWritable())
        return std::nullopt;
    QSqlDatabase db = database();
    Sql::Transaction transaction(db);
    QString error;
    const auto failed = [&] {
        fail(tr("cannot empty the trash"), error);
        return std::nullopt;
    };
    if (!transaction.begin(&error))
        return failed();

    // The media the trashed stories and their revisions use.
    QList<MediaFile> candidates;
    QSqlQuery used(db);
    if (!Sql::run(used,
                  QStringLiteral("SELECT DISTINCT hash, suffix FROM media WHERE story_id IN "
                                 "(SELECT id FROM stories WHERE trashed_at IS NOT NULL) "
                                 "UNION ") +
                      RevisionMediaSql +
                      QStringLiteral(" WHERE r.story_id IN "
                                     "(SELECT id FROM stories WHERE trashed_at IS NOT NULL)"),
                  {}, &error))
        return failed();
    while (used.next()) {
        const MediaFile file {used.value(0).toString(), used.value(1).toString()};
        if (!file.hash.isEmpty() && !candidates.contains(file))
            candidates.append(file);
    }
    if (!Sql::rowsRead(used, &error))
        return failed();
    used.finish();

    if (!Sql::exec(db,
                   QStringLiteral("DELETE FROM story_search WHERE rowid IN "
                                  "(SELECT id FROM stories WHERE trashed_at IS NOT NULL)"),
                   {}, &error) ||
        !Sql::exec(db, QStringLiteral("DELETE FROM stories WHERE trashed_at IS NOT NULL"), {},
                   &error) ||
        !Sql::exec(db,
                   QStringLiteral("DELETE FROM tags WHERE NOT EXISTS "
                                  "(SELECT 1 FROM story_tags st WHERE st.tag_id = tags.id)"),
                   {}, &error))
        return failed();

    // What the remaining stories' revisions still need.
    QSet<QString> keptByRevisions;
    QSqlQuery revisionMedia(db);
    if (!Sql::run(revisionMedia, RevisionMediaSql, {}, &error))
        return failed();
    while (revisionMedia.next())
        keptByRevisions.insert(revisionMedia.value(0).toString());
    // A row not read could be a file a revision needs: nothing is removed.
    if (!Sql::rowsRead(revisionMedia, &error))
        return failed();
    revisionMedia.finish();

    QList<MediaFile> unused;
    QSqlQuery stillUsed(db);
    for (const MediaFile &file : std::as_const(candidates)) {
        if (keptByRevisions.contains(file.hash))
            continue;
        if (!Sql::run(stillUsed, QStringLiteral("SELECT 1 FROM media WHERE hash = ? LIMIT 1"),
                      {file.hash}, &error))
            return failed();
        const bool used = stillUsed.next();
        if (!Sql::rowsRead(stillUsed, &error))
            return failed();
        if (!used)
            unused.append(file);
        stillUsed.finish();
    }
    for (const MediaFile &file : std::as_const(unused)) {
        if (!Sql::exec(db, QStringLiteral("DELETE FROM media_origins WHERE hash = ?"), {file.hash},
                       &error))
            return failed();
    }
    if (!transaction.commit(&error))
        return failed();
    return unused;
}

QStringList removeMediaFiles(const QString &libraryFolder, const QList<MediaFile> &files)
{
    QStringList problems;
    for (const MediaFile &file : files) {
        const QString path = mediaFilePath(libraryFolder, file.hash, file.suffix);
        QFile media(path);
        if (media.exists() && !media.remove())
            problems.append(QStringLiteral("%1: %2").arg(path, media.errorString()));
    }
    return problems;
}

} // namespace Spill
