// SPDX-License-Identifier: GPL-3.0-or-later
// Application passwords in a real Secret Service: the GNOME keyring in a
// D-Bus session of the test's own (tests/wordpress/with-keyring). Hidden
// from the ordinary run ([.keyring]); CTest runs it through that script.
#include "spillrun.h"
#include "testsite.h"
#include "wordpress/module/wordpressmodule.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;
using State = WordPressModule::KeyringAnswer::State;

namespace {

// A text-only story in a new library; returns the library folder.
QString libraryWithStory(const QTemporaryDir &dir, const QString &slug)
{
    const QString file = dir.filePath(u"story.json"_s);
    QFile json(file);
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(QJsonObject {
                                 {u"format"_s, u"spill-story/1"_s},
                                 {u"slug"_s, slug},
                                 {u"title"_s, u"Kept in the keyring"_s},
                                 {u"beats"_s,
                                  QJsonObject {{u"intended"_s, u"Bread."_s},
                                               {u"went_wrong"_s, u"A brick."_s},
                                               {u"salvage"_s, u""_s},
                                               {u"lesson"_s, u""_s},
                                               {u"call_to_action"_s, u""_s}}},
                             })
                   .toJson());
    json.close();
    const QString library = dir.filePath(u"library"_s);
    const Run imported = spill({u"--library"_s, library, u"import"_s, file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return library;
}

} // namespace

TEST_CASE("keyring: a password kept in the Secret Service publishes from another process",
          "[.keyring]")
{
    REQUIRE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
    qputenv("SPILL_WORDPRESS_MODULE", SPILL_WORDPRESS_MODULE_FILE);
    const TestSite site = TestSite::load();
    const WordPressSite admin = site.site();
    const QString address = site.value(u"SPILL_WP_URL"_s);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString slug = u"keyring-%1"_s.arg(QRandomGenerator::global()->generate());
    const QString library = libraryWithStory(dir, slug);
    const QStringList publish {u"--library"_s, library,     u"publish"_s, u"--site"_s,
                               address,        u"--user"_s, admin.user,   slug};

    // Nothing kept yet: reading says so, and spill publish asks for one.
    CHECK(WordPressModule::forgetPassword(address, admin.user).state == State::Done);
    CHECK(WordPressModule::readPassword(address, admin.user).state == State::NotFound);
    const Run without = spill(publish);
    CHECK(without.exitCode == 1);
    CHECK(without.err.contains(u"SPILL_WP_APP_PASSWORD"_s));

    // Kept: this process reads it back, and spill publish uses it.
    const WordPressModule::KeyringAnswer stored =
        WordPressModule::storePassword(address, admin.user, admin.appPassword);
    INFO(stored.error.toStdString());
    REQUIRE(stored.state == State::Done);
    const WordPressModule::KeyringAnswer read = WordPressModule::readPassword(address, admin.user);
    CHECK(read.state == State::Done);
    CHECK(read.secret == admin.appPassword);
    // The same site written another way (a trailing slash) is the same entry.
    CHECK(WordPressModule::readPassword(address + u'/', admin.user).secret == admin.appPassword);
    const Run published = spill(publish);
    INFO(published.err.toStdString());
    CHECK(published.exitCode == 0);
    CHECK(published.out.startsWith(slug + u'\t'));

    // Another user of the same site has no password of this one's.
    CHECK(WordPressModule::readPassword(address, admin.user + u"-other"_s).state ==
          State::NotFound);

    // Forgotten: gone for every process.
    CHECK(WordPressModule::forgetPassword(address, admin.user).state == State::Done);
    CHECK(WordPressModule::readPassword(address, admin.user).state == State::NotFound);
    const Run after = spill(publish);
    CHECK(after.exitCode == 1);
    CHECK(after.err.contains(u"SPILL_WP_APP_PASSWORD"_s));
}
