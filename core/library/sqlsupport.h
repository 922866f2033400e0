// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the library's SQL code. Internal to core/library.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Spill::Sql {

// Times are stored as UTC ISO 8601 text with milliseconds, which sorts
// correctly as text: "2026-11-20T17:30:00.000Z".
QString toDbTime(const QDateTime &time);
QDateTime fromDbTime(const QVariant &value);

// Prepares `sql`, binds `values` in order and runs it. A null QString binds
// as '' (not NULL); pass QVariant() for SQL NULL. On failure returns
// false and sets `error` to the driver's message.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);

// A statement that returns nothing; same contract as run().
bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *error);

// After reading a query's rows: false, with SQLite's words in `error`,
// when a row could not be read (a damaged page). next() then ends as if
// the rows had, and the rows read are not all there are.
bool rowsRead(const QSqlQuery &query, QString *error);

// "?,?,?": one mark to bind for each of `count` values, for "IN (%1)".
QString bindMarks(qsizetype count);

// A write transaction. BEGIN IMMEDIATE takes the write lock up front, so two
// connections never deadlock upgrading a read lock; the busy timeout makes the
// second writer wait instead of failing. Rolled back unless commit() succeeds.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Spill::Sql
