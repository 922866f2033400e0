// SPDX-License-Identifier: GPL-3.0-or-later
// Counts for the Patterns view, one query each. Months and days are the
// creator's local ones, while the library stores UTC: SQLite's 'localtime'
// modifier converts before grouping.
#include "library.h"
#include "schema.h"
#include "sqlsupport.h"

#include <QSqlQuery>

namespace Spill {

std::optional<QList<KindCount>> Library::failuresByKind()
{
    QSqlQuery rows(database());
    QString error;
    if (!Sql::run(
            rows,
            QStringLiteral("SELECT k.key, count(*) AS n FROM story_failure_kinds sk "
                           "JOIN failure_kinds k ON k.id = sk.kind_id "
                           "JOIN stories s ON s.id = sk.story_id "
                           "WHERE s.trashed_at IS NULL GROUP BY k.key ORDER BY n DESC, k.key"),
            {}, &error)) {
        fail(tr("cannot count fails by kind"), error);
        return std::nullopt;
    }
    QList<KindCount> counts;
    while (rows.next()) {
        if (const auto kind = failureKindFromKey(rows.value(0).toString()))
            counts.append({*kind, rows.value(1).toInt()});
    }
    if (!Sql::rowsRead(rows, &error)) {
        fail(tr("cannot count fails by kind"), error);
        return std::nullopt;
    }
    return counts;
}

std::optional<QList<MonthCount>> Library::failuresByMonth(const QDate &today)
{
    const QDate last(today.year(), today.month(), 1);
    const QDate first = last.addMonths(-11);
    const QDateTime from = first.startOfDay();
    const QDateTime until = last.addMonths(1).startOfDay();

    QSqlQuery rows(database());
    QString error;
    if (!Sql::run(
            rows,
            QStringLiteral("SELECT strftime('%Y-%m', created, 'localtime') AS month, count(*) "
                           "FROM stories WHERE trashed_at IS NULL AND created >= ? "
                           "AND created < ? GROUP BY month"),
            {Sql::toDbTime(from), Sql::toDbTime(until)}, &error)) {
        fail(tr("cannot count fails by month"), error);
        return std::nullopt;
    }
    QHash<QString, int> byKey;
    while (rows.next())
        byKey.insert(rows.value(0).toString(), rows.value(1).toInt());
    if (!Sql::rowsRead(rows, &error)) {
        fail(tr("cannot count fails by month"), error);
        return std::nullopt;
    }
    QList<MonthCount> counts;
    for (QDate month = first; month <= last; month = month.addMonths(1))
        counts.append({month, byKey.value(month.toString(QStringLiteral("yyyy-MM")))});
    return counts;
}

std::optional<RedemptionCounts> Library::redemptionCounts()
{
    // "Redeemed" is a link to a story or to a post elsewhere.
    const QString fails = QStringLiteral("FROM stories s WHERE s.trashed_at IS NULL AND NOT EXISTS "
                                         "(SELECT 1 FROM stories f WHERE f.redeemed_by = s.id)");
    QSqlQuery rows(database());
    QString error;
    RedemptionCounts counts;
    if (!Sql::run(
            rows,
            QStringLiteral("SELECT count(*), coalesce(sum(%1), 0) ").arg(Schema::RedeemedSql) +
                fails,
            {}, &error) ||
        !rows.next()) {
        Sql::rowsRead(rows, &error);
        fail(tr("cannot count redemptions"), error);
        return std::nullopt;
    }
    counts.fails = rows.value(0).toInt();
    counts.redeemed = rows.value(1).toInt();
    rows.finish();
    // From the fail's start (UTC) to the day it was redeemed.
    if (!Sql::run(rows,
                  QStringLiteral("SELECT julianday(s.redeemed_on) - julianday(date(s.created)) ") +
                      fails + QStringLiteral(" AND ") + Schema::RedeemedSql +
                      QStringLiteral(" AND s.redeemed_on IS NOT NULL ORDER BY 1"),
                  {}, &error)) {
        fail(tr("cannot count redemptions"), error);
        return std::nullopt;
    }
    QList<double> days;
    while (rows.next()) {
        if (!rows.value(0).isNull())
            days.append(qMax(0.0, rows.value(0).toDouble()));
    }
    if (!Sql::rowsRead(rows, &error)) {
        fail(tr("cannot count redemptions"), error);
        return std::nullopt;
    }
    if (!days.isEmpty()) {
        const qsizetype middle = days.size() / 2;
        counts.medianDays =
            days.size() % 2 ? days.at(middle) : (days.at(middle - 1) + days.at(middle)) / 2;
    }
    return counts;
}

std::optional<OutcomeCounts> Library::outcomeCounts()
{
    QSqlQuery rows(database());
    QString error;
    if (!Sql::run(rows,
                  QStringLiteral("SELECT outcome, count(*) FROM stories WHERE trashed_at IS NULL "
                                 "GROUP BY outcome"),
                  {}, &error)) {
        fail(tr("cannot count outcomes"), error);
        return std::nullopt;
    }
    OutcomeCounts counts;
    while (rows.next()) {
        const int n = rows.value(1).toInt();
        if (rows.value(0).isNull()) {
            counts.open += n;
            continue;
        }
        switch (outcomeFromKey(rows.value(0).toString()).value_or(Outcome::Partly)) {
        case Outcome::Rescued:
            counts.rescued += n;
            break;
        case Outcome::Partly:
            counts.partly += n;
            break;
        case Outcome::Binned:
            counts.binned += n;
            break;
        }
    }
    if (!Sql::rowsRead(rows, &error)) {
        fail(tr("cannot count outcomes"), error);
        return std::nullopt;
    }
    return counts;
}

std::optional<qint64> Library::onThisDay(const QDate &today)
{
    QSqlQuery rows(database());
    QString error;
    if (!Sql::run(rows,
                  QStringLiteral("SELECT id FROM stories WHERE trashed_at IS NULL "
                                 "AND strftime('%m-%d', created, 'localtime') = ? "
                                 "AND CAST(strftime('%Y', created, 'localtime') AS INTEGER) < ? "
                                 "ORDER BY created DESC, id DESC LIMIT 1"),
                  {today.toString(QStringLiteral("MM-dd")), today.year()}, &error)) {
        fail(tr("cannot look for a story on this day"), error);
        return std::nullopt;
    }
    const qint64 id = rows.next() ? rows.value(0).toLongLong() : 0;
    if (!Sql::rowsRead(rows, &error)) {
        fail(tr("cannot look for a story on this day"), error);
        return std::nullopt;
    }
    return id;
}

} // namespace Spill
