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

namespace {

// Digits at [at, at + count) of `text`, or -1.
int digits(QStringView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

bool rowsRead(const QSqlQuery &query, QString *error)
{
    if (!query.lastError().isValid())
        return true;
    *error = errorText(query.lastError());
    return false;
}

QString bindMarks(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(u',');
}

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    static const QTimeZone utc = QTimeZone::utc();
    // Read by hand: QDateTime::fromString() with a format costs microseconds
    // a call, which a list of 100,000 stories pays three times a row.
    const QString text = value.toString();
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                         digits(text, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, utc);
    }
    QDateTime time = QDateTime::fromString(text, TimeFormat);
    time.setTimeZone(utc);
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
