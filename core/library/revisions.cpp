// SPDX-License-Identifier: GPL-3.0-or-later
// Revisions: whole-story snapshots that can be viewed and restored.
#include "library.h"
#include "sqlsupport.h"
#include "storyrows.h"

#include <QSqlQuery>

namespace Spill {

qint64 Library::snapshot(qint64 storyId, const QString &reason, QString *error)
{
    QSqlDatabase db = database();
    const std::optional<Story> current = StoryRows::read(db, storyId, error);
    if (!current) {
        if (error->isEmpty())
            *error = tr("there is no story with id %1").arg(storyId);
        return 0;
    }
    QSqlQuery insert(db);
    if (!Sql::run(insert,
                  QStringLiteral("INSERT INTO revisions (story_id, created, reason, snapshot) "
                                 "VALUES (?, ?, ?, ?)"),
                  {storyId, Sql::toDbTime(QDateTime::currentDateTimeUtc()), reason,
                   QString::fromUtf8(StoryRows::toSnapshot(*current))},
                  error))
        return 0;
    return insert.lastInsertId().toLongLong();
}

qint64 Library::saveRevision(qint64 storyId, const QString &reason)
{
    if (!ensureWritable())
        return 0;
    Sql::Transaction transaction(database());
    QString error;
    qint64 id = 0;
    if (!transaction.begin(&error) || (id = snapshot(storyId, reason, &error)) == 0 ||
        !transaction.commit(&error)) {
        fail(tr("cannot save a revision of story %1").arg(storyId), error);
        return 0;
    }
    return id;
}

QList<RevisionInfo> Library::revisions(qint64 storyId)
{
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query,
                  QStringLiteral("SELECT id, created, reason FROM revisions WHERE story_id = ? "
                                 "ORDER BY created DESC, id DESC"),
                  {storyId}, &error)) {
        fail(tr("cannot list the revisions of story %1").arg(storyId), error);
        return {};
    }
    QList<RevisionInfo> list;
    while (query.next()) {
        list.append(RevisionInfo {query.value(0).toLongLong(), storyId,
                                  Sql::fromDbTime(query.value(1)), query.value(2).toString()});
    }
    if (!Sql::rowsRead(query, &error)) {
        fail(tr("cannot list the revisions of story %1").arg(storyId), error);
        return {};
    }
    return list;
}

std::optional<Story> Library::revision(qint64 revisionId)
{
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query, QStringLiteral("SELECT story_id, snapshot FROM revisions WHERE id = ?"),
                  {revisionId}, &error)) {
        fail(tr("cannot read revision %1").arg(revisionId), error);
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("cannot read revision %1").arg(revisionId),
             Sql::rowsRead(query, &error) ? tr("there is no such revision") : error);
        return std::nullopt;
    }
    std::optional<Story> story = StoryRows::fromSnapshot(query.value(1).toString().toUtf8());
    if (!story) {
        fail(tr("cannot read revision %1").arg(revisionId), tr("the snapshot is damaged"));
        return std::nullopt;
    }
    story->id = query.value(0).toLongLong();
    return story;
}

bool Library::restoreRevision(qint64 revisionId)
{
    if (!ensureWritable())
        return false;
    std::optional<Story> restored = revision(revisionId);
    if (!restored)
        return false;
    QSqlDatabase db = database();
    Sql::Transaction transaction(db);
    QString error;
    const auto failed = [&] {
        return fail(tr("cannot restore revision %1").arg(revisionId), error);
    };
    if (!transaction.begin(&error))
        return failed();
    // Never a silent overwrite: what is there now becomes a revision first.
    if (snapshot(restored->id, RevisionBeforeRestore, &error) == 0)
        return failed();
    const std::optional<Story> current = StoryRows::read(db, restored->id, &error);
    if (!current)
        return failed();
    // The slug stays: it may be published or used by another story by now.
    restored->slug = current->slug;
    restored->created = current->created;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    restored->updated = now;
    if (!StoryRows::write(db, *restored, now, &error) || !transaction.commit(&error))
        return failed();
    return true;
}

} // namespace Spill
