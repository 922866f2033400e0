// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences/exporttargets.h"
#include "preferences/preferences.h"
#include "preferences/settingswriter.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Spill;

namespace {

// The store's writes land on the settings writer's thread: the file holds
// them once the writer is flushed. Declared after the temporary folder, so
// they land before it goes.
void landWrites()
{
    SettingsWriter::shared().flush();
}

struct LandWritesAtEnd
{
    ~LandWritesAtEnd() { landWrites(); }
};

} // namespace

TEST_CASE("preferences: kept in the settings file")
{
    QTemporaryDir dir;
    const LandWritesAtEnd landAtEnd;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("spill.ini"));

    SECTION("nominal: the defaults without a file")
    {
        const PreferencesStore store(file);
        CHECK(store.appearance() == Appearance::System);
        CHECK(store.spellingLanguage().isEmpty());
        CHECK(store.versionInterval() == DefaultVersionInterval);
    }

    SECTION("nominal: what one store writes, another reads")
    {
        PreferencesStore store(file);
        store.setAppearance(Appearance::Dark);
        store.setSpellingLanguage(QStringLiteral("de_DE"));
        store.setVersionInterval(25);
        const PreferencesStore other(file);
        CHECK(other.appearance() == Appearance::Dark);
        CHECK(other.spellingLanguage() == QStringLiteral("de_DE"));
        CHECK(other.versionInterval() == 25);
        CHECK(other.versionIntervalDuration() == std::chrono::minutes(25));
    }

    SECTION("nominal: a change is signalled once, and no change not at all")
    {
        PreferencesStore store(file);
        QSignalSpy appearance(&store, &PreferencesStore::appearanceChanged);
        QSignalSpy interval(&store, &PreferencesStore::versionIntervalChanged);
        store.setAppearance(Appearance::Light);
        store.setAppearance(Appearance::Light);
        store.setVersionInterval(DefaultVersionInterval);
        store.setVersionInterval(30);
        CHECK(appearance.count() == 1);
        REQUIRE(interval.count() == 1);
        CHECK(interval.at(0).at(0).toInt() == 30);
    }

    SECTION("robustness: the version interval stays within its bounds")
    {
        PreferencesStore store(file);
        store.setVersionInterval(0);
        CHECK(store.versionInterval() == MinimumVersionInterval);
        store.setVersionInterval(100000);
        CHECK(store.versionInterval() == MaximumVersionInterval);
        // A file edited by hand is brought within them too.
        landWrites();
        QSettings(file, QSettings::IniFormat)
            .setValue(QStringLiteral("preferences/version-interval-minutes"), -5);
        CHECK(store.versionInterval() == MinimumVersionInterval);
        QSettings(file, QSettings::IniFormat)
            .setValue(QStringLiteral("preferences/version-interval-minutes"),
                      QStringLiteral("often"));
        CHECK(store.versionInterval() == DefaultVersionInterval);
    }

    SECTION("nominal: the system's spelling language again is no stored language")
    {
        PreferencesStore store(file);
        store.setSpellingLanguage(QStringLiteral("en_GB"));
        store.setSpellingLanguage(QString());
        CHECK(store.spellingLanguage().isEmpty());
        landWrites();
        CHECK_FALSE(QSettings(file, QSettings::IniFormat)
                        .contains(QStringLiteral("preferences/spelling-language")));
    }
}

TEST_CASE("preferences: what the Export place remembers")
{
    QTemporaryDir dir;
    const LandWritesAtEnd landAtEnd;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("spill.ini"));
    const QString site = dir.filePath(QStringLiteral("my blog/content"));
    {
        // As the Export place writes them.
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(exportCommentsKey(QStringLiteral("hugo"), site), true);
        settings.setValue(exportCommentsKey(QStringLiteral("html"), QStringLiteral("/srv/www")),
                          false);
        settings.setValue(QStringLiteral("export/format"), QStringLiteral("hugo"));
        settings.setValue(QStringLiteral("export/theme"), QStringLiteral("paper"));
        settings.setValue(QStringLiteral("export/folder"), site);
        settings.setValue(QStringLiteral("export-comments/not-ours"), true);
    }
    PreferencesStore store(file);

    SECTION("nominal: each format and folder, with its comments choice")
    {
        const QList<RememberedExportTarget> targets = store.exportTargets();
        REQUIRE(targets.size() == 2);
        CHECK(targets.at(0) ==
              RememberedExportTarget {QStringLiteral("html"), QStringLiteral("/srv/www"), false});
        CHECK(targets.at(1) == RememberedExportTarget {QStringLiteral("hugo"), site, true});
        const LastExportTarget last = store.lastExportTarget();
        CHECK(last.formatKey == QStringLiteral("hugo"));
        CHECK(last.theme == QStringLiteral("paper"));
        CHECK(last.folder == site);
    }

    SECTION("nominal: a forgotten target is gone from the file, the others stay")
    {
        QSignalSpy changed(&store, &PreferencesStore::exportTargetsChanged);
        store.forgetExportTarget(store.exportTargets().at(1));
        CHECK(changed.count() == 1);
        const QList<RememberedExportTarget> left = PreferencesStore(file).exportTargets();
        REQUIRE(left.size() == 1);
        CHECK(left.at(0).formatKey == QStringLiteral("html"));
        landWrites();
        CHECK_FALSE(QSettings(file, QSettings::IniFormat)
                        .contains(exportCommentsKey(QStringLiteral("hugo"), site)));
    }

    SECTION("nominal: forgetting the last target leaves the remembered ones")
    {
        store.forgetLastExportTarget();
        CHECK(store.lastExportTarget().isEmpty());
        CHECK(store.exportTargets().size() == 2);
    }

    SECTION("robustness: forgetting what is not there changes nothing")
    {
        QSignalSpy changed(&store, &PreferencesStore::exportTargetsChanged);
        store.forgetExportTarget({QStringLiteral("jekyll"), QStringLiteral("/nowhere"), true});
        CHECK(changed.count() == 0);
        CHECK(store.exportTargets().size() == 2);
    }
}

TEST_CASE("preferences: WordPress sites")
{
    QTemporaryDir dir;
    const LandWritesAtEnd landAtEnd;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("spill.ini"));
    PreferencesStore store(file);
    QSignalSpy changed(&store, &PreferencesStore::wordPressSitesChanged);
    const WordPressSiteEntry blog {QStringLiteral("https://blog.example/food/"),
                                   QStringLiteral("ana")};
    const WordPressSiteEntry other {QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("bo")};

    SECTION("nominal: sites are kept in order, once, and read by another store")
    {
        store.addWordPressSite(blog);
        store.addWordPressSite(other);
        store.addWordPressSite(blog);
        CHECK(changed.count() == 2);
        CHECK(PreferencesStore(file).wordPressSites() == QList<WordPressSiteEntry> {blog, other});
        CHECK(blog.displayName() == QStringLiteral("ana on blog.example/food"));
        CHECK(other.displayName() == QStringLiteral("bo on 127.0.0.1"));
    }

    SECTION("nominal: a removed site is gone, the other stays")
    {
        store.addWordPressSite(blog);
        store.addWordPressSite(other);
        store.removeWordPressSite(blog);
        store.removeWordPressSite(blog);
        CHECK(changed.count() == 3);
        CHECK(store.wordPressSites() == QList<WordPressSiteEntry> {other});
    }

    SECTION("nominal: a shorter list leaves nothing of the longer one in the file")
    {
        store.addWordPressSite(blog);
        store.addWordPressSite(other);
        store.removeWordPressSite(blog);
        landWrites();
        const QSettings onDisk(file, QSettings::IniFormat);
        CHECK(onDisk.value(QStringLiteral("wordpress-sites/size")).toInt() == 1);
        CHECK(onDisk.value(QStringLiteral("wordpress-sites/1/address")) == other.address);
        CHECK_FALSE(onDisk.contains(QStringLiteral("wordpress-sites/2/address")));
        CHECK_FALSE(onDisk.contains(QStringLiteral("wordpress-sites/2/user")));
        CHECK(PreferencesStore(file).wordPressSites() == QList<WordPressSiteEntry> {other});
    }

    SECTION("security: no password, and nothing but address and user, is in the file")
    {
        store.addWordPressSite(blog);
        landWrites();
        QFile ini(file);
        REQUIRE(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        CHECK(text.contains("blog.example"));
        CHECK_FALSE(text.toLower().contains("password"));
    }

    SECTION("robustness: a site without an address or user is not kept")
    {
        store.addWordPressSite({QString(), QStringLiteral("ana")});
        store.addWordPressSite({QStringLiteral("https://b.example"), QString()});
        CHECK(store.wordPressSites().isEmpty());
        CHECK(changed.isEmpty());
    }
}
