// SPDX-License-Identifier: GPL-3.0-or-later
// The few columns of every story that a listing on the command line shows.
#include "library.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace Spill {

std::optional<QList<StorySummary>> Library::listStoryHeaders(bool withFailureKinds)
{
    // Only what is shown: listStories() also gathers tags, photos and the
    // lesson, a subquery each per story, which a list of 100,000 stories
    // would pay for nothing.
    const QString kinds = withFailureKinds
        ? QStringLiteral("(SELECT group_concat(key, ',') FROM (SELECT k.key "
                         "FROM story_failure_kinds sk JOIN failure_kinds k ON k.id = sk.kind_id "
                         "WHERE sk.story_id = s.id ORDER BY sk.position))")
        : QStringLiteral("NULL");
    QSqlQuery rows(database());
    QString error;
    if (!Sql::run(rows,
                  QStringLiteral("SELECT s.id, s.slug, s.title, s.dish, s.created, s.updated, "
                                 "s.status, s.outcome, %1 FROM stories s "
                                 "WHERE s.trashed_at IS NULL ORDER BY s.updated DESC, s.id DESC")
                      .arg(kinds),
                  {}, &error)) {
        fail(tr("cannot list stories"), error);
        return std::nullopt;
    }
    QList<StorySummary> summaries;
    while (rows.next()) {
        StorySummary summary;
        summary.id = rows.value(0).toLongLong();
        summary.slug = rows.value(1).toString();
        summary.title = rows.value(2).toString();
        summary.dish = rows.value(3).toString();
        summary.created = Sql::fromDbTime(rows.value(4));
        summary.updated = Sql::fromDbTime(rows.value(5));
        summary.status = statusFromKey(rows.value(6).toString()).value_or(Status::Draft);
        if (!rows.value(7).isNull())
            summary.outcome = outcomeFromKey(rows.value(7).toString());
        const QStringList keys = rows.value(8).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &key : keys) {
            if (const auto kind = failureKindFromKey(key))
                summary.failureKinds.append(*kind);
        }
        summaries.append(std::move(summary));
    }
    if (rows.lastError().isValid()) {
        fail(tr("cannot list stories"), rows.lastError().text());
        return std::nullopt;
    }
    return summaries;
}

} // namespace Spill
