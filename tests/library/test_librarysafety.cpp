// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarylocation.h"
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Opening must fail with the file named, leaving the file and folder as they were.
void checkRefused(const QString &folder, const QString &expected)
{
    const QString db = libraryDatabasePath(folder);
    const QByteArray before = fileBytes(db);
    const QDateTime mtime = QFileInfo(db).lastModified();
    const QStringList entries = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const OpenResult result = Library::open(folder);
    CHECK_FALSE(result.library);
    CHECK(result.error.contains(db));
    CHECK(result.error.contains(expected));

    CHECK(fileBytes(db) == before);
    CHECK(QFileInfo(db).lastModified() == mtime);
    // No journal, WAL or backup appeared; the lock file comes and goes.
    QStringList after = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    after.removeAll(QStringLiteral("library.lock"));
    CHECK(after == entries);
}

} // namespace

TEST_CASE("library: one writer per library")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("lib"));
    auto first = openLibrary(folder);
    const qint64 id = first->createStory(sampleStory());

    SECTION("nominal: a second opener gets a read-only library and a clear message")
    {
        OpenResult second = Library::open(folder);
        REQUIRE(second.library);
        CHECK(second.readOnlyReason == ReadOnlyReason::LockedByOther);
        CHECK(second.readOnlyMessage.contains(QStringLiteral("Another Spill")));
        CHECK(second.library->story(id)->title == QStringLiteral("The Soufflé That Wasn't"));
        CHECK(second.library->search(QStringLiteral("souffle"))->size() == 1);
        CHECK(second.library->createStory(Story()) == 0);
        CHECK(second.library->lastError().contains(QStringLiteral("Another Spill")));

        // The writer's changes show up for the reader.
        Story story = *first->story(id);
        story.title = QStringLiteral("Updated");
        REQUIRE(first->saveStory(story));
        CHECK(second.library->story(id)->title == QStringLiteral("Updated"));

        // Once the writer is gone, the next opener may write.
        first.reset();
        second.library.reset();
        openLibrary(folder);
    }

    SECTION("nominal: opening read-only on purpose takes no lock")
    {
        OpenResult reader = Library::open(folder, OpenMode::ReadOnly);
        REQUIRE(reader.library);
        CHECK(reader.readOnlyReason == ReadOnlyReason::Requested);
        CHECK_FALSE(Library::open(dir.filePath(QStringLiteral("missing")), OpenMode::ReadOnly));
    }

    SECTION("robustness: an empty lock file (killed while taking the lock) is taken over")
    {
        first.reset();
        writeFile(QDir(folder).filePath(QStringLiteral("library.lock")), QByteArray());
        openLibrary(folder);
    }

    SECTION("robustness: a lock left by a killed Spill is stale and taken over")
    {
        first.reset();
        const QString childFolder = dir.filePath(QStringLiteral("child"));
        QProcess child;
        child.start(QStringLiteral(SPILL_AUTOSAVE_CHILD), {childFolder});
        REQUIRE(child.waitForStarted());
        // Wait for the first acknowledged write: the child holds the lock now.
        while (!child.canReadLine())
            REQUIRE(child.waitForReadyRead(10000));
        REQUIRE(Library::open(childFolder).readOnlyReason == ReadOnlyReason::LockedByOther);
        child.kill();
        child.waitForFinished();
        REQUIRE(QFileInfo::exists(QDir(childFolder).filePath(QStringLiteral("library.lock"))));
        openLibrary(childFolder);
    }
}

TEST_CASE("library: files that are not a Spill library")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("lib"));
    QDir().mkpath(folder);
    const QString db = libraryDatabasePath(folder);

    SECTION("robustness: random bytes")
    {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : bytes)
            c = static_cast<char>(generator.bounded(256));
        writeFile(db, bytes);
        checkRefused(folder, QStringLiteral("not an SQLite database"));
    }

    SECTION("robustness: a text file")
    {
        writeFile(db, "My shopping list:\n- eggs\n- cheese\n");
        checkRefused(folder, QStringLiteral("not an SQLite database"));
    }

    SECTION("robustness: a truncated library")
    {
        const QString source = dir.filePath(QStringLiteral("source"));
        {
            auto library = openLibrary(source);
            for (int i = 0; i < 50; ++i)
                library->createStory(sampleStory(QStringLiteral("Story %1").arg(i)));
        }
        const QByteArray full = fileBytes(libraryDatabasePath(source));
        REQUIRE(full.size() > 8192);
        writeFile(db, full.left(full.size() / 2 + 100));
        checkRefused(folder, QStringLiteral("truncated"));
        writeFile(db, full.left(50));
        checkRefused(folder, QStringLiteral("not an SQLite database"));
    }

    SECTION("robustness: an SQLite database of another program")
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {db, QStringLiteral("CREATE TABLE recipes (name TEXT)")});
        REQUIRE(sqlite.waitForFinished());
        REQUIRE(sqlite.exitCode() == 0);
        checkRefused(folder, QStringLiteral("not a Spill library"));
    }

    SECTION("robustness: a damaged page inside a library is found by check()")
    {
        {
            auto library = openLibrary(folder);
            for (int i = 0; i < 50; ++i)
                library->createStory(sampleStory(QStringLiteral("Story %1").arg(i)));
            CHECK(library->check().ok);
            CHECK(library->check().report.contains(QStringLiteral("integrity_check: ok")));
        }
        QByteArray bytes = fileBytes(db);
        REQUIRE(bytes.size() > 4 * 4096);
        // Scribble over the middle of the third page (a b-tree page).
        for (int i = 2 * 4096 + 100; i < 2 * 4096 + 3000; ++i)
            bytes[i] = static_cast<char>(0x5a);
        writeFile(db, bytes);
        OpenResult result = Library::open(folder);
        if (result.library) {
            const CheckResult check = result.library->check();
            CHECK_FALSE(check.ok);
            CHECK_FALSE(check.report.isEmpty());
        } else {
            CHECK(result.error.contains(db));
        }
    }
}

TEST_CASE("library: a library killed while it was being created")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("lib"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = libraryDatabasePath(folder);

    SECTION("nominal: a new library appears whole, with nothing left beside it")
    {
        OpenResult opened = Library::open(folder);
        INFO(opened.error.toStdString());
        REQUIRE(opened.library);
        CHECK(QFileInfo(db).size() > 0);
        CHECK_FALSE(QFileInfo::exists(db + QStringLiteral(".new")));
        CHECK(opened.library->check().ok);
    }

    SECTION("robustness: what a killed creation left is replaced, never taken for a library")
    {
        // The temporary file of an earlier attempt, cut short.
        writeFile(db + QStringLiteral(".new"), QByteArray("SQLite format 3\0", 16));
        OpenResult opened = Library::open(folder);
        INFO(opened.error.toStdString());
        REQUIRE(opened.library);
        CHECK_FALSE(QFileInfo::exists(db + QStringLiteral(".new")));
        Story story;
        story.title = QStringLiteral("First story");
        CHECK(opened.library->createStory(story) > 0);
        CHECK(opened.library->check().ok);
    }
}
