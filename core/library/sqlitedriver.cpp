// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedriver.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStringList>

#include <sqlite3.h>

namespace Spill::Sql {

namespace {

QString sqliteMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

QSqlError sqliteError(sqlite3 *db, const QString &what, QSqlError::ErrorType type, int code)
{
    return QSqlError(what, sqliteMessage(db), type, QString::number(code));
}

class SqliteDriver final : public QSqlDriver
{
public:
    ~SqliteDriver() override { close(); }

    sqlite3 *connection() const { return m_db; }

    bool hasFeature(DriverFeature feature) const override
    {
        switch (feature) {
        case Transactions:
        case PreparedQueries:
        case PositionalPlaceholders:
        case LastInsertId:
        case BLOB:
        case Unicode:
        case SimpleLocking:
        case FinishQuery:
            return true;
        default:
            return false;
        }
    }

    bool open(const QString &database, const QString &, const QString &, const QString &, int,
              const QString &options) override
    {
        if (isOpen())
            close();
        int timeoutMs = 5000;
        int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        for (const QString &option : options.split(u';', Qt::SkipEmptyParts)) {
            const QString trimmed = option.trimmed();
            if (trimmed.startsWith(QLatin1StringView("QSQLITE_BUSY_TIMEOUT="))) {
                bool ok = false;
                const int value = trimmed.section(u'=', 1).toInt(&ok);
                if (ok)
                    timeoutMs = value;
            } else if (trimmed == QLatin1StringView("QSQLITE_OPEN_READONLY")) {
                flags =
                    (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
            } else if (trimmed == QLatin1StringView("QSQLITE_OPEN_URI")) {
                flags |= SQLITE_OPEN_URI;
            }
        }
        const int code = sqlite3_open_v2(database.toUtf8().constData(), &m_db, flags, nullptr);
        if (code != SQLITE_OK) {
            setLastError(sqliteError(m_db, QStringLiteral("Error opening database"),
                                     QSqlError::ConnectionError, code));
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            setOpenError(true);
            return false;
        }
        sqlite3_busy_timeout(m_db, timeoutMs);
        setOpen(true);
        setOpenError(false);
        return true;
    }

    void close() override
    {
        if (!m_db)
            return;
        // A statement still held by a query keeps the connection until it
        // is finalized; the file is closed then.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpen(false);
        setOpenError(false);
    }

    QSqlResult *createResult() const override;

    bool beginTransaction() override { return run("BEGIN"); }
    bool commitTransaction() override { return run("COMMIT"); }
    bool rollbackTransaction() override { return run("ROLLBACK"); }

private:
    bool run(const char *sql)
    {
        if (!m_db)
            return false;
        const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if (code == SQLITE_OK)
            return true;
        setLastError(
            sqliteError(m_db, QString::fromLatin1(sql), QSqlError::TransactionError, code));
        return false;
    }

    sqlite3 *m_db = nullptr;
};

class SqliteResult final : public QSqlResult
{
public:
    explicit SqliteResult(const SqliteDriver *driver)
        : QSqlResult(driver)
        , m_db(driver->connection())
    {
        setForwardOnly(true);
    }

    ~SqliteResult() override { sqlite3_finalize(m_statement); }

protected:
    bool reset(const QString &query) override { return prepare(query) && exec(); }

    bool prepare(const QString &query) override
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_rowWaiting = false;
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        if (!m_db)
            return false;
        const QByteArray sql = query.toUtf8();
        const char *tail = nullptr;
        const int code =
            sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, &tail);
        if (code != SQLITE_OK) {
            setLastError(sqliteError(m_db, QStringLiteral("Unable to execute statement"),
                                     QSqlError::StatementError, code));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return false;
        }
        if (tail && !QByteArray(tail).trimmed().isEmpty()) {
            setLastError(QSqlError(QStringLiteral("Unable to execute multiple statements at a "
                                                  "time"),
                                   QString(), QSqlError::StatementError));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return false;
        }
        return true;
    }

    bool exec() override
    {
        if (!m_statement)
            return false;
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_rowWaiting = false;
        setAt(QSql::BeforeFirstRow);
        const QList<QVariant> values = boundValues();
        if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
            setLastError(QSqlError(QStringLiteral("Parameter count mismatch"), QString(),
                                   QSqlError::StatementError));
            setActive(false);
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            if (const int code = bind(i + 1, values.at(i)); code != SQLITE_OK) {
                setLastError(sqliteError(m_db, QStringLiteral("Unable to bind parameters"),
                                         QSqlError::StatementError, code));
                setActive(false);
                return false;
            }
        }
        // The first step runs here, as QSQLITE's does: a write is done, and
        // its error known, when exec() returns.
        const int code = sqlite3_step(m_statement);
        if (code != SQLITE_ROW && code != SQLITE_DONE) {
            setLastError(sqliteError(m_db, QStringLiteral("Unable to fetch row"),
                                     QSqlError::StatementError, code));
            sqlite3_reset(m_statement);
            setActive(false);
            return false;
        }
        m_rowWaiting = code == SQLITE_ROW;
        m_done = code == SQLITE_DONE;
        setSelect(sqlite3_column_count(m_statement) > 0);
        setActive(true);
        if (m_done)
            sqlite3_reset(m_statement); // ends the read: nothing is held open
        return true;
    }

    bool fetchNext() override
    {
        if (!m_statement || !isActive())
            return false;
        if (m_rowWaiting) {
            m_rowWaiting = false;
            setAt(at() == QSql::BeforeFirstRow ? 0 : at() + 1);
            return true;
        }
        if (m_done)
            return false;
        const int code = sqlite3_step(m_statement);
        if (code == SQLITE_ROW) {
            setAt(at() + 1);
            return true;
        }
        m_done = true;
        sqlite3_reset(m_statement);
        if (code != SQLITE_DONE)
            setLastError(sqliteError(m_db, QStringLiteral("Unable to fetch row"),
                                     QSqlError::ConnectionError, code));
        return false;
    }

    bool fetch(int index) override
    {
        if (index < 0 || (at() >= 0 && index < at()))
            return false; // forward only
        if (index == at())
            return true;
        while (at() < index) {
            if (!fetchNext())
                return false;
        }
        return true;
    }

    bool fetchFirst() override { return at() == QSql::BeforeFirstRow ? fetchNext() : at() == 0; }
    bool fetchLast() override { return false; }
    bool fetchPrevious() override { return false; }

    QVariant data(int column) override
    {
        if (!m_statement || at() < 0 || column < 0 || column >= sqlite3_column_count(m_statement))
            return {};
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return qint64(sqlite3_column_int64(m_statement, column));
        case SQLITE_FLOAT:
            return sqlite3_column_double(m_statement, column);
        case SQLITE_BLOB: {
            const void *bytes = sqlite3_column_blob(m_statement, column);
            return QByteArray(static_cast<const char *>(bytes),
                              sqlite3_column_bytes(m_statement, column));
        }
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default: {
            const auto *text =
                reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
            return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
        }
        }
    }

    bool isNull(int column) override
    {
        return !m_statement || at() < 0 || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }

    int size() override { return -1; }

    int numRowsAffected() override { return m_db ? sqlite3_changes(m_db) : -1; }

    QVariant lastInsertId() const override
    {
        return m_db ? QVariant(qint64(sqlite3_last_insert_rowid(m_db))) : QVariant();
    }

    QSqlRecord record() const override
    {
        QSqlRecord record;
        if (!m_statement)
            return record;
        for (int i = 0; i < sqlite3_column_count(m_statement); ++i)
            record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_statement, i))));
        return record;
    }

    void detachFromResultSet() override
    {
        if (m_statement)
            sqlite3_reset(m_statement);
        m_rowWaiting = false;
        m_done = true;
    }

private:
    // As QSQLITE binds: a null QString, QByteArray or time is SQL NULL too.
    static bool bindsNull(const QVariant &value)
    {
        if (value.isNull())
            return true;
        switch (value.typeId()) {
        case QMetaType::QString:
            return static_cast<const QString *>(value.constData())->isNull();
        case QMetaType::QByteArray:
            return static_cast<const QByteArray *>(value.constData())->isNull();
        case QMetaType::QDateTime:
            return static_cast<const QDateTime *>(value.constData())->isNull();
        case QMetaType::QDate:
            return static_cast<const QDate *>(value.constData())->isNull();
        case QMetaType::QTime:
            return static_cast<const QTime *>(value.constData())->isNull();
        default:
            return false;
        }
    }

    int bind(int index, const QVariant &value)
    {
        if (bindsNull(value))
            return sqlite3_bind_null(m_statement, index);
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::Char:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::ULong:
        case QMetaType::ULongLong:
        case QMetaType::UShort:
        case QMetaType::UChar:
            return sqlite3_bind_int64(m_statement, index, sqlite3_int64(value.toULongLong()));
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                                       sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            return sqlite3_bind_text64(m_statement, index, text.constData(),
                                       sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_rowWaiting = false; // exec() stepped onto the first row
    bool m_done = false;
};

QSqlResult *SqliteDriver::createResult() const
{
    return new SqliteResult(this);
}

} // namespace

QSqlDatabase addSqliteDatabase(const QString &name)
{
    return QSqlDatabase::addDatabase(new SqliteDriver, name);
}

} // namespace Spill::Sql
