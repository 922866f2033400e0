// SPDX-License-Identifier: GPL-3.0-or-later
// Spill's SQL driver over SQLite, on real database files: what the
// library's code asks of QSQLITE, answered the same way.
#include "library/sqlitedriver.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <limits>
#include <optional>

using namespace Spill;

namespace {

// A connection through Spill's driver, removed when it goes.
struct Connection
{
    QString name = QUuid::createUuid().toString();
    QSqlDatabase db;

    Connection(const QString &path, const QString &options = {})
    {
        db = Sql::addSqliteDatabase(name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
    }

    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
};

void exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec(sql));
}

} // namespace

TEST_CASE("sqlite driver: values go in and come back as they were")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Connection connection(dir.filePath(QStringLiteral("values.sqlite")));
    REQUIRE(connection.db.open());
    exec(connection.db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v)"));

    const QByteArray blob("a\0b\xff", 4);
    const QString text = QStringLiteral("Crème brûlée 🍮 \u2028 end");
    const QList<QVariant> values = {
        QVariant(std::numeric_limits<qint64>::max()),
        QVariant(std::numeric_limits<qint64>::min()),
        QVariant(2.5),
        QVariant(true),
        QVariant(blob),
        QVariant(text),
        QVariant(QString::fromLatin1("")),
    };
    QSqlQuery insert(connection.db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
    for (const QVariant &value : values) {
        insert.addBindValue(value);
        INFO(insert.lastError().text().toStdString());
        REQUIRE(insert.exec());
        CHECK(insert.numRowsAffected() == 1);
    }
    CHECK(insert.lastInsertId().toLongLong() == values.size());

    QSqlQuery select(connection.db);
    REQUIRE(select.exec(QStringLiteral("SELECT v, typeof(v) FROM t ORDER BY id")));
    QList<QVariant> read;
    QStringList types;
    while (select.next()) {
        read.append(select.value(0));
        types.append(select.value(1).toString());
    }
    REQUIRE(read.size() == values.size());
    CHECK(read.at(0).toLongLong() == std::numeric_limits<qint64>::max());
    CHECK(read.at(1).toLongLong() == std::numeric_limits<qint64>::min());
    CHECK(read.at(2).toDouble() == 2.5);
    CHECK(read.at(3).toLongLong() == 1);
    CHECK(read.at(4).toByteArray() == blob);
    CHECK(read.at(5).toString() == text);
    CHECK(read.at(6).toString().isEmpty());
    CHECK_FALSE(read.at(6).isNull());
    CHECK(types ==
          QStringList {QStringLiteral("integer"), QStringLiteral("integer"), QStringLiteral("real"),
                       QStringLiteral("integer"), QStringLiteral("blob"), QStringLiteral("text"),
                       QStringLiteral("text")});
}

TEST_CASE("sqlite driver: NULL in and out")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Connection connection(dir.filePath(QStringLiteral("nulls.sqlite")));
    REQUIRE(connection.db.open());
    exec(connection.db, QStringLiteral("CREATE TABLE t (v)"));
    QSqlQuery insert(connection.db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    // QVariant(), and a null QString as QSQLITE binds it.
    for (const QVariant &value : {QVariant(), QVariant(QString())}) {
        insert.addBindValue(value);
        REQUIRE(insert.exec());
    }
    QSqlQuery select(connection.db);
    REQUIRE(select.exec(QStringLiteral("SELECT v, v IS NULL FROM t")));
    int rows = 0;
    while (select.next()) {
        ++rows;
        CHECK(select.isNull(0));
        CHECK(select.value(0).isNull());
        CHECK(select.value(0).toString().isEmpty());
        CHECK(select.value(1).toInt() == 1);
    }
    CHECK(rows == 2);
}

TEST_CASE("sqlite driver: errors carry SQLite's own words")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("errors.sqlite"));
    Connection connection(path);
    REQUIRE(connection.db.open());
    exec(connection.db, QStringLiteral("CREATE TABLE t (x UNIQUE)"));
    exec(connection.db, QStringLiteral("INSERT INTO t VALUES (1)"));

    SECTION("error: a constraint fails at exec(), before any row is asked for")
    {
        QSqlQuery query(connection.db);
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        CHECK(
            query.lastError().databaseText().contains(QStringLiteral("UNIQUE constraint failed")));
        CHECK_FALSE(query.isActive());
    }

    SECTION("error: SQL that does not parse names what is wrong")
    {
        QSqlQuery query(connection.db);
        CHECK_FALSE(query.prepare(QStringLiteral("SELEC 1")));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("syntax error")));
    }

    SECTION("error: two statements at once are refused, neither runs")
    {
        QSqlQuery query(connection.db);
        CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM t; DROP TABLE t")));
        QSqlQuery count(connection.db);
        REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM t")));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 1);
    }

    SECTION("error: too few or too many values for the statement's marks")
    {
        QSqlQuery query(connection.db);
        REQUIRE(query.prepare(QStringLiteral("SELECT ?, ?")));
        query.addBindValue(1);
        CHECK_FALSE(query.exec());
        CHECK(query.lastError().text().contains(QStringLiteral("Parameter count mismatch")));
    }

    SECTION("error: a read-only connection refuses a write")
    {
        Connection reader(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(reader.db.open());
        QSqlQuery query(reader.db);
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("readonly")));
    }

    SECTION("error: a file that cannot be opened says why")
    {
        Connection missing(dir.filePath(QStringLiteral("no/such/folder/x.sqlite")));
        CHECK_FALSE(missing.db.open());
        CHECK(missing.db.isOpenError());
        CHECK(missing.db.lastError().databaseText().contains(QStringLiteral("unable to open")));
    }
}

TEST_CASE("sqlite driver: rows stream, and finish() lets go of the file")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locks.sqlite"));
    // A rollback journal, so that a reader's lock blocks a writer.
    Connection reader(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    REQUIRE(reader.db.open());
    exec(reader.db, QStringLiteral("CREATE TABLE t (x)"));
    exec(reader.db, QStringLiteral("INSERT INTO t VALUES (1), (2), (3)"));
    Connection writer(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    REQUIRE(writer.db.open());

    QSqlQuery rows(reader.db);
    REQUIRE(rows.exec(QStringLiteral("SELECT x FROM t ORDER BY x")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 1);
    CHECK(rows.record().fieldName(0) == QStringLiteral("x"));
    // Forward only: no way back.
    CHECK_FALSE(rows.previous());

    QSqlQuery write(writer.db);
    CHECK_FALSE(write.exec(QStringLiteral("INSERT INTO t VALUES (4)")));
    CHECK(write.lastError().databaseText().contains(QStringLiteral("locked")));

    rows.finish();
    CHECK(write.exec(QStringLiteral("INSERT INTO t VALUES (4)")));

    // A statement run to its end lets go by itself.
    QSqlQuery all(reader.db);
    REQUIRE(all.exec(QStringLiteral("SELECT count(*) FROM t")));
    REQUIRE(all.next());
    CHECK(all.value(0).toInt() == 4);
    CHECK_FALSE(all.next());
    CHECK(write.exec(QStringLiteral("INSERT INTO t VALUES (5)")));
}

TEST_CASE("sqlite driver: transactions commit and roll back")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Connection connection(dir.filePath(QStringLiteral("transactions.sqlite")));
    REQUIRE(connection.db.open());
    exec(connection.db, QStringLiteral("CREATE TABLE t (x)"));

    REQUIRE(connection.db.transaction());
    exec(connection.db, QStringLiteral("INSERT INTO t VALUES (1)"));
    REQUIRE(connection.db.rollback());
    REQUIRE(connection.db.transaction());
    exec(connection.db, QStringLiteral("INSERT INTO t VALUES (2)"));
    REQUIRE(connection.db.commit());

    QSqlQuery query(connection.db);
    REQUIRE(query.exec(QStringLiteral("SELECT group_concat(x) FROM t")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("2"));
    // A COMMIT with nothing begun fails and says so.
    CHECK_FALSE(connection.db.commit());
    CHECK(connection.db.lastError().databaseText().contains(QStringLiteral("no transaction")));
}

TEST_CASE("sqlite driver: a query may outlive its connection's close")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    std::optional<QSqlQuery> query; // goes after the connection
    {
        Connection connection(dir.filePath(QStringLiteral("close.sqlite")));
        REQUIRE(connection.db.open());
        exec(connection.db, QStringLiteral("CREATE TABLE t (x)"));
        exec(connection.db, QStringLiteral("INSERT INTO t VALUES (1)"));
        query.emplace(connection.db);
        REQUIRE(query->exec(QStringLiteral("SELECT x FROM t")));
        REQUIRE(query->next());
        connection.db.close();
        CHECK_FALSE(connection.db.isOpen());
    }
    // Its statement is finalized now, after the close: AddressSanitizer
    // (the asan preset) sees any use of the connection after it was freed.
    query.reset();
}
