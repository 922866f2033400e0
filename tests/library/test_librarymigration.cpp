// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/backup.h"
#include "library/librarylocation.h"
#include "library/schema.h"
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <thread>

using namespace Spill;
using namespace Spill::Test;

namespace {

QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString folder = dir.filePath(name);
    QDir().mkpath(folder);
    const QString target = libraryDatabasePath(folder);
    REQUIRE(QFile::copy(dataPath(QStringLiteral("library/v1/library.sqlite")), target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return folder;
}

} // namespace

TEST_CASE("library: schema and migrations")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("nominal: a new library is at the latest version, in WAL mode")
    {
        const QString folder = dir.filePath(QStringLiteral("new"));
        openLibrary(folder);
        const QString db = libraryDatabasePath(folder);
        CHECK(queryValue(db, QStringLiteral("PRAGMA user_version")).toInt() ==
              Schema::LatestVersion);
        CHECK(queryValue(db, QStringLiteral("PRAGMA journal_mode")).toString() ==
              QStringLiteral("wal"));
        // Nothing to back up in a library that was just created.
        CHECK(Backup::backupFiles(folder).isEmpty());
    }

    SECTION("nominal: a version 1 library migrates with its data intact and searchable")
    {
        const QString folder = copyFixture(dir, QStringLiteral("v1"));
        auto library = openLibrary(folder);
        CHECK(queryValue(library->databasePath(), QStringLiteral("PRAGMA user_version")).toInt() ==
              Schema::LatestVersion);

        const std::optional<Story> souffle = library->story(1);
        REQUIRE(souffle);
        CHECK(souffle->title == QStringLiteral("The Soufflé That Wasn't"));
        CHECK(souffle->tags == QStringList {QStringLiteral("baking"), QStringLiteral("eggs")});
        CHECK(souffle->failureKinds == QList<FailureKind> {FailureKind::Collapsed});
        CHECK(souffle->status == Status::Published);
        REQUIRE(souffle->media.size() == 2);
        CHECK(souffle->media[1].posterMs == 1200);
        // Headings came with version 3: older stories get the defaults.
        for (Beat beat : AllBeats)
            CHECK(souffle->heading(beat).isDefault());
        CHECK(library->revisions(1).size() == 1);
        CHECK(library->countStories({}) == 3);

        const auto byDish = library->search(QStringLiteral("souffle"));
        REQUIRE(byDish);
        REQUIRE(byDish->size() == 1);
        CHECK(byDish->first().id == 1);
        const auto byTag = library->search(QStringLiteral("dessert"));
        REQUIRE(byTag);
        REQUIRE(byTag->size() == 1);
        CHECK(byTag->first().id == 2);
        CHECK(library->search(QStringLiteral("rhubarb"))->size() == 1);
        CHECK(library->check().ok);

        // The version 1 state was backed up before the migration.
        const QStringList backups = Backup::backupFiles(folder);
        REQUIRE(backups.size() == 1);
        CHECK(backups.first().contains(QStringLiteral("before-v2")));
        CHECK(queryValue(backups.first(), QStringLiteral("PRAGMA user_version")).toInt() == 1);
        CHECK(queryValue(backups.first(), QStringLiteral("SELECT count(*) FROM stories")).toInt() ==
              3);
    }

    SECTION("nominal: the migrated library keeps its index in sync with new writes")
    {
        const QString folder = copyFixture(dir, QStringLiteral("v1"));
        auto library = openLibrary(folder);
        Story custard = *library->story(2);
        custard.title = QStringLiteral("Crème anglaise, curdled");
        REQUIRE(library->saveStory(custard));
        CHECK(library->search(QStringLiteral("creme"))->size() == 1);
        CHECK(library->search(QStringLiteral("split"))->isEmpty());
    }

    SECTION("robustness: a library from a newer Spill opens read-only and stays untouched")
    {
        const QString folder = dir.filePath(QStringLiteral("newer"));
        QDir().mkpath(folder);
        const QString db = libraryDatabasePath(folder);
        QFile::copy(dataPath(QStringLiteral("library/v1/library.sqlite")), db);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        // A newer Spill's library holds everything this one's does, and more:
        // brought up to this version first, then marked as newer.
        openLibrary(folder).reset();
        for (const QString &backup : Backup::backupFiles(folder))
            REQUIRE(QFile::remove(backup));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {db, QStringLiteral("PRAGMA user_version = 99")});
        REQUIRE(sqlite.waitForFinished());
        REQUIRE(sqlite.exitCode() == 0);
        const QByteArray before = fileBytes(db);
        const QDateTime mtime = QFileInfo(db).lastModified();

        OpenResult result = Library::open(folder);
        INFO(result.error);
        REQUIRE(result.library);
        CHECK(result.readOnlyReason == ReadOnlyReason::NewerSchema);
        CHECK(result.readOnlyMessage.contains(QStringLiteral("newer version")));
        CHECK(result.library->story(1)->title == QStringLiteral("The Soufflé That Wasn't"));
        Story story = *result.library->story(1);
        story.title = QStringLiteral("changed");
        CHECK_FALSE(result.library->saveStory(story));
        CHECK(result.library->lastError().contains(QStringLiteral("read-only")));
        CHECK_FALSE(result.library->moveToTrash(1));
        CHECK(result.library->createStory(Story()) == 0);
        result.library.reset();

        CHECK(fileBytes(db) == before);
        CHECK(QFileInfo(db).lastModified() == mtime);
        CHECK(Backup::backupFiles(folder).isEmpty());
    }
}

TEST_CASE("library: backups")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("lib"));
    {
        auto library = openLibrary(folder);
        library->createStory(sampleStory());
    }

    SECTION("nominal: an existing library without a recent backup gets one on open")
    {
        openLibrary(folder);
        const QStringList first = Backup::backupFiles(folder);
        REQUIRE(first.size() == 1);
        CHECK(first.first().contains(QStringLiteral("daily")));
        CHECK(queryValue(first.first(), QStringLiteral("SELECT title FROM stories")).toString() ==
              QStringLiteral("The Soufflé That Wasn't"));

        // A fresh backup is enough for today.
        openLibrary(folder);
        CHECK(Backup::backupFiles(folder) == first);

        // Make it look two days old: the next open backs up again.
        const QString old =
            QFileInfo(first.first())
                .dir()
                .filePath(QStringLiteral("library-20200101T000000000Z-daily.sqlite"));
        REQUIRE(QFile::rename(first.first(), old));
        openLibrary(folder);
        const QStringList second = Backup::backupFiles(folder);
        REQUIRE(second.size() == 2);
        CHECK(second.last() == old);
    }

    SECTION("nominal: a deferred daily backup is made by backupIfDue() on another thread")
    {
        OpenResult result = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
        REQUIRE(result.library);
        CHECK(result.backupDue);
        CHECK(Backup::backupFiles(folder).isEmpty());
        bool ok = false;
        QString error;
        std::thread worker(
            [&, handle = result.library->handle()] { ok = Library::backupIfDue(handle, &error); });
        worker.join();
        INFO(error);
        CHECK(ok);
        REQUIRE(Backup::backupFiles(folder).size() == 1);
        // Done for today.
        CHECK(Library::backupIfDue(result.library->handle(), &error));
        CHECK(Backup::backupFiles(folder).size() == 1);
    }

    SECTION("nominal: only the five newest backups are kept")
    {
        auto library = openLibrary(folder);
        const QString oldest = Backup::backupFiles(folder).value(0);
        REQUIRE_FALSE(oldest.isEmpty());
        // Backups are made through the library's own connection.
        for (int i = 0; i < 6; ++i) {
            QString error;
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-test"));
            db.setDatabaseName(library->databasePath());
            REQUIRE(db.open());
            CHECK(Backup::backupDatabase(db, folder, QStringLiteral("test"), &error));
            INFO(error);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("backup-test"));
        }
        const QStringList files = Backup::backupFiles(folder);
        CHECK(files.size() == Backup::KeepCount);
        CHECK_FALSE(files.contains(oldest));
        CHECK(QDir(folder + QStringLiteral("/backups"))
                  .entryList({QStringLiteral("*.partial")}, QDir::Files)
                  .isEmpty());
    }
}
