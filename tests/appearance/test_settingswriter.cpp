// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences/exporttargets.h"
#include "preferences/preferences.h"
#include "preferences/settingswriter.h"

#include <QFile>
#include <QLockFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <chrono>
#include <future>

using namespace Spill;

TEST_CASE("settings writer: writes on its own thread, in order, and reads back at once")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("spill.ini"));
    SettingsWriter writer;

    SECTION("nominal: the last of many writes of a key is the one on disk")
    {
        for (int i = 1; i <= 200; ++i) {
            writer.write(file,
                         {{QStringLiteral("session/position"), i},
                          {QStringLiteral("session/story"), 1000 + i}});
            // Whether or not the worker has written it yet.
            REQUIRE(writer.value(file, QStringLiteral("session/position")).toInt() == i);
        }
        writer.flush();
        const QSettings onDisk(file, QSettings::IniFormat);
        CHECK(onDisk.value(QStringLiteral("session/position")).toInt() == 200);
        CHECK(onDisk.value(QStringLiteral("session/story")).toInt() == 1200);
        CHECK(writer.lastError().isEmpty());
    }

    SECTION("nominal: an invalid value removes the key, on disk and when read")
    {
        writer.write(file,
                     {{QStringLiteral("export/folder"), QStringLiteral("/srv/blog")},
                      {QStringLiteral("export/format"), QStringLiteral("hugo")}});
        writer.write(file, {{QStringLiteral("export/folder"), QVariant()}});
        CHECK(writer.value(file, QStringLiteral("export/folder"), QStringLiteral("none")) ==
              QStringLiteral("none"));
        writer.flush();
        const QSettings onDisk(file, QSettings::IniFormat);
        CHECK_FALSE(onDisk.contains(QStringLiteral("export/folder")));
        CHECK(onDisk.value(QStringLiteral("export/format")) == QStringLiteral("hugo"));
        CHECK(writer.value(file, QStringLiteral("export/folder"), QStringLiteral("none")) ==
              QStringLiteral("none"));
    }

    SECTION("nominal: keys written elsewhere in the file are kept")
    {
        {
            QSettings before(file, QSettings::IniFormat);
            before.setValue(QStringLiteral("preferences/appearance"), QStringLiteral("dark"));
        }
        writer.write(file, {{QStringLiteral("session/story"), 7}});
        writer.flush();
        const QSettings onDisk(file, QSettings::IniFormat);
        CHECK(onDisk.value(QStringLiteral("preferences/appearance")) == QStringLiteral("dark"));
        CHECK(onDisk.value(QStringLiteral("session/story")).toInt() == 7);
    }

    SECTION("nominal: a group's keys include those on their way and leave out those removed")
    {
        {
            QSettings before(file, QSettings::IniFormat);
            before.setValue(QStringLiteral("sites/1/address"), QStringLiteral("https://a.example"));
            before.setValue(QStringLiteral("sites/1/user"), QStringLiteral("ana"));
            before.setValue(QStringLiteral("other/key"), 1);
        }
        writer.write(
            file,
            {{QStringLiteral("sites/1/user"), QVariant()}, {QStringLiteral("sites/size"), 1}});
        const auto sorted = [](QStringList keys) {
            keys.sort();
            return keys;
        };
        const QStringList expected {QStringLiteral("1/address"), QStringLiteral("size")};
        CHECK(sorted(writer.keysUnder(file, QStringLiteral("sites"))) == expected);
        writer.flush();
        CHECK(sorted(writer.keysUnder(file, QStringLiteral("sites"))) == expected);
        CHECK(writer.keysUnder(file, QStringLiteral("none")).isEmpty());
    }

    SECTION("robustness: a read does not wait for a write stuck on its way to the disk")
    {
        writer.write(file, {{QStringLiteral("window/geometry"), QStringLiteral("before")}});
        writer.flush();
        REQUIRE(writer.value(file, QStringLiteral("window/geometry")) == QStringLiteral("before"));
        // Another program holds the file's lock: the worker's write waits for
        // it inside QSettings, which keeps the file's shared state locked all
        // the while, as it does during a slow fsync.
        QLockFile other(file + QStringLiteral(".lock"));
        REQUIRE(other.lock());
        writer.write(file, {{QStringLiteral("session/story"), 7}});
        QThread::msleep(300); // time for the worker to get stuck
        auto read = std::async(std::launch::async, [&] {
            return std::pair(writer.value(file, QStringLiteral("window/geometry")),
                             writer.value(file, QStringLiteral("session/story")));
        });
        const bool answered = read.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
        other.unlock();
        REQUIRE(answered);
        const auto [geometry, story] = read.get();
        CHECK(geometry == QStringLiteral("before"));
        CHECK(story.toInt() == 7);
        writer.flush();
        CHECK(
            QSettings(file, QSettings::IniFormat).value(QStringLiteral("session/story")).toInt() ==
            7);
    }

    SECTION("nominal: a file changed behind the writer's back is read again")
    {
        writer.write(file, {{QStringLiteral("preferences/appearance"), QStringLiteral("light")}});
        writer.flush();
        REQUIRE(writer.value(file, QStringLiteral("preferences/appearance")) ==
                QStringLiteral("light"));
        QSettings(file, QSettings::IniFormat)
            .setValue(QStringLiteral("preferences/appearance"), QStringLiteral("dark, by hand"));
        CHECK(writer.value(file, QStringLiteral("preferences/appearance")) ==
              QStringLiteral("dark, by hand"));
    }

    SECTION("error: a file that cannot be written is named, and its values are kept")
    {
        // A folder that is a file: no settings file can be made in it.
        QFile blocker(dir.filePath(QStringLiteral("config")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString unwritable = dir.filePath(QStringLiteral("config/spill.ini"));
        writer.write(unwritable, {{QStringLiteral("session/story"), 42}});
        writer.flush();
        CHECK(writer.lastError().contains(unwritable));
        CHECK(writer.value(unwritable, QStringLiteral("session/story")).toInt() == 42);

        // A later write that succeeds clears the report.
        writer.write(file, {{QStringLiteral("session/story"), 43}});
        writer.flush();
        CHECK(writer.lastError().isEmpty());
    }
}

TEST_CASE("settings writer: Preferences lists the export targets it was just asked to write")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("spill.ini"));
    // As the Export place remembers a blog's comments and its last target.
    SettingsWriter::shared().write(
        file,
        {{exportCommentsKey(QStringLiteral("hugo"), QStringLiteral("/srv/blog")), true},
         {QStringLiteral("export/format"), QStringLiteral("hugo")},
         {QStringLiteral("export/folder"), QStringLiteral("/srv/blog")}});
    PreferencesStore store(file);
    const QList<RememberedExportTarget> targets = store.exportTargets();
    REQUIRE(targets.size() == 1);
    CHECK(targets.first().formatKey == QStringLiteral("hugo"));
    CHECK(targets.first().folder == QStringLiteral("/srv/blog"));
    CHECK(store.lastExportTarget().folder == QStringLiteral("/srv/blog"));

    // Forgetting it is not undone by a write still on its way.
    SettingsWriter::shared().write(
        file, {{exportCommentsKey(QStringLiteral("hugo"), QStringLiteral("/srv/blog")), false}});
    store.forgetExportTarget(targets.first());
    store.forgetLastExportTarget();
    CHECK(store.lastExportTarget().isEmpty());
    SettingsWriter::shared().flush();
    CHECK(PreferencesStore(file).exportTargets().isEmpty());
    const QSettings onDisk(file, QSettings::IniFormat);
    CHECK_FALSE(onDisk.contains(QStringLiteral("export/format")));
    CHECK_FALSE(onDisk.contains(QStringLiteral("export/folder")));
}
