// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsupport.h"

#include <QSqlError>
#include <QTimeZone>

namespace Spill::Sql {

namespace {
const QString TimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}
} // namespace

QString toDbTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(TimeFormat);
}

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), TimeFormat);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = errorText(query.lastError());
        return false;
    }
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL; Spill's text columns are
        // NOT NULL and an unset text is empty. SQL NULL is passed as QVariant().
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = errorText(query.lastError());
        return false;
    }
    return true;
}

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    return run(query, sql, values, error);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    if (m_open) {
        QString ignored;
        exec(m_db, QStringLiteral("ROLLBACK"), {}, &ignored);
    }
}

bool Transaction::begin(QString *error)
{
    m_open = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), {}, error);
    return m_open;
}

bool Transaction::commit(QString *error)
{
    if (!exec(m_db, QStringLiteral("COMMIT"), {}, error))
        return false;
    m_open = false;
    return true;
}

} // namespace Spill::Sql
