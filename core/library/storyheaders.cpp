// SPDX-License-Identifier: GPL-3.0-or-later
// The few columns of every story that a listing on the command line shows.
#include "library.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Spill {

bool Library::forEachStoryHeader(HeaderColumns columns,
                                 const std::function<void(const StorySummary &)> &row)
{
    // Only what is shown: listStories() also gathers tags, photos and the
    // lesson, a subquery each per story, which a list of 100,000 stories
    // would pay for nothing.
    const bool full = columns == HeaderColumns::Full;
    // updated, the row's last column, before status: read the other way
    // round through Qt's driver, SQLite read twice the pages of the wide
    // story rows (208,000 reads instead of 105,000 for 100,000 stories).
    const QString sql = full
        ? QStringLiteral("SELECT s.slug, s.title, s.updated, s.status, s.id, s.dish, s.created, "
                         "s.outcome, (SELECT group_concat(key, ',') FROM (SELECT k.key "
                         "FROM story_failure_kinds sk JOIN failure_kinds k ON k.id = sk.kind_id "
                         "WHERE sk.story_id = s.id ORDER BY sk.position)) FROM stories s "
                         "WHERE s.trashed_at IS NULL ORDER BY s.updated DESC, s.id DESC")
        : QStringLiteral("SELECT s.slug, s.title, s.updated, s.status FROM stories s "
                         "WHERE s.trashed_at IS NULL ORDER BY s.updated DESC, s.id DESC");
    QSqlQuery rows(database());
    QString error;
    if (!Sql::run(rows, sql, {}, &error)) {
        fail(tr("cannot list stories"), error);
        return false;
    }
    // One summary, refilled: its strings keep their buffers between rows.
    StorySummary summary;
    while (rows.next()) {
        summary.slug = rows.value(0).toString();
        summary.title = rows.value(1).toString();
        summary.updated = Sql::fromDbTime(rows.value(2));
        summary.status = statusFromKey(rows.value(3).toString()).value_or(Status::Draft);
        if (full) {
            summary.id = rows.value(4).toLongLong();
            summary.dish = rows.value(5).toString();
            summary.created = Sql::fromDbTime(rows.value(6));
            summary.outcome =
                rows.value(7).isNull() ? std::nullopt : outcomeFromKey(rows.value(7).toString());
            summary.failureKinds.clear();
            const QStringList keys = rows.value(8).toString().split(u',', Qt::SkipEmptyParts);
            for (const QString &key : keys) {
                if (const auto kind = failureKindFromKey(key))
                    summary.failureKinds.append(*kind);
            }
        }
        row(summary);
    }
    if (!Sql::rowsRead(rows, &error)) {
        fail(tr("cannot list stories"), error);
        return false;
    }
    return true;
}

std::optional<qsizetype> Library::longestSlugLength()
{
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query, QStringLiteral("SELECT max(length(slug)) FROM stories"), {}, &error) ||
        !query.next()) {
        fail(tr("cannot list stories"), error.isEmpty() ? query.lastError().text() : error);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QStringList Library::slugsStartingWith(const QString &prefix, int limit)
{
    QSqlQuery query(database());
    QString error;
    // A range on the slugs' own index; slugs are lowercase ASCII.
    if (!Sql::run(query,
                  QStringLiteral("SELECT slug FROM stories WHERE slug >= ? AND slug < ? "
                                 "AND trashed_at IS NULL ORDER BY slug LIMIT ?"),
                  {prefix, QString(prefix + QChar(0x7f)), limit}, &error)) {
        fail(tr("cannot list stories"), error);
        return {};
    }
    QStringList slugs;
    while (query.next())
        slugs << query.value(0).toString();
    return slugs;
}

} // namespace Spill
