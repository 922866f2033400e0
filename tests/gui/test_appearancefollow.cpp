// SPDX-License-Identifier: GPL-3.0-or-later
// "Follow the system" while Spill runs: a desktop portal of the test's own,
// on a private session bus (a real dbus-daemon), answers Read() and then
// announces changes of its color-scheme with SettingChanged.
#include "appearance/palettes.h"
#include "preferences/preferences.h"
#include "privatesessionbus.h"
#include "shell/appearancecontrol.h"
#include "shell/workspace.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Spill;

namespace {

const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString SettingsInterface = QStringLiteral("org.freedesktop.portal.Settings");

// org.freedesktop.portal.Settings as much as Spill asks of it.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 2; // 0 no preference, 1 dark, 2 light
    int reads = 0;

public slots:
    QDBusVariant Read(const QString &settingNamespace, const QString &key)
    {
        ++reads;
        if (settingNamespace == QStringLiteral("org.freedesktop.appearance") &&
            key == QStringLiteral("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme)));
        return QDBusVariant(QString());
    }
};

// The portal on a session bus of the test's own.
struct PrivateBus
{
    Test::PrivateSessionBus &session = Test::privateSessionBus();
    FakePortal portal;
    QString connectionName = QStringLiteral("test-portal");

    PrivateBus()
    {
        QDBusConnection bus = QDBusConnection::connectToBus(session.address, connectionName);
        REQUIRE(bus.isConnected());
        REQUIRE(bus.registerObject(PortalPath, &portal, QDBusConnection::ExportAllSlots));
        REQUIRE(bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
    }

    ~PrivateBus() { QDBusConnection::disconnectFromBus(connectionName); }

    // What the portal sends when the desktop's choice changes.
    void announce(uint scheme)
    {
        portal.scheme = scheme;
        QDBusMessage signal = QDBusMessage::createSignal(PortalPath, SettingsInterface,
                                                         QStringLiteral("SettingChanged"));
        signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
               << QVariant::fromValue(QDBusVariant(scheme));
        REQUIRE(QDBusConnection(connectionName).send(signal));
    }
};

PrivateBus &privateBus()
{
    PrivateBus &bus = Test::processWide<PrivateBus>();
    bus.portal.scheme = 2;
    bus.portal.reads = 0;
    return bus;
}

QColor windowColour(ColourScheme scheme)
{
    return designedPalette(scheme).color(QPalette::Window);
}

bool paintedAs(ColourScheme scheme)
{
    return QTest::qWaitFor(
        [&] { return QApplication::palette().color(QPalette::Window) == windowColour(scheme); },
        5000);
}

} // namespace

TEST_CASE("appearance: following the system while Spill runs")
{
    PrivateBus &bus = privateBus();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    const std::unique_ptr<Workspace> workspace =
        Workspace::open(dir.filePath(QStringLiteral("library")), &error);
    INFO(error.toStdString());
    REQUIRE(workspace);
    PreferencesStore &preferences = workspace->preferences();
    qunsetenv("GTK_THEME");
    preferences.setAppearance(Appearance::System);
    AppearanceControl::applyAtStart(Appearance::Dark);
    AppearanceControl control(preferences);
    control.start();

    SECTION("nominal: the portal's first answer wins, and each change is followed")
    {
        REQUIRE(paintedAs(ColourScheme::Light));
        CHECK(bus.portal.reads == 1);
        bus.announce(1);
        CHECK(paintedAs(ColourScheme::Dark));
        CHECK(control.scheme() == ColourScheme::Dark);
        bus.announce(2);
        CHECK(paintedAs(ColourScheme::Light));
        CHECK(control.scheme() == ColourScheme::Light);
    }

    SECTION("nominal: a choice made in Preferences is kept when the desktop changes")
    {
        REQUIRE(paintedAs(ColourScheme::Light));
        preferences.setAppearance(Appearance::Light);
        bus.announce(1);
        // The signal is delivered; Spill stays light.
        QTest::qWait(300);
        CHECK(QApplication::palette().color(QPalette::Window) == windowColour(ColourScheme::Light));
        // Back to following: the desktop's latest choice, dark, applies.
        preferences.setAppearance(Appearance::System);
        CHECK(paintedAs(ColourScheme::Dark));
    }

    SECTION("robustness: another setting's change, or a value that is no scheme, changes nothing")
    {
        REQUIRE(paintedAs(ColourScheme::Light));
        QDBusMessage other = QDBusMessage::createSignal(PortalPath, SettingsInterface,
                                                        QStringLiteral("SettingChanged"));
        other << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("accent-color")
              << QVariant::fromValue(QDBusVariant(1u));
        REQUIRE(QDBusConnection(bus.connectionName).send(other));
        QDBusMessage odd = QDBusMessage::createSignal(PortalPath, SettingsInterface,
                                                      QStringLiteral("SettingChanged"));
        odd << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
            << QVariant::fromValue(QDBusVariant(QStringLiteral("dark")));
        REQUIRE(QDBusConnection(bus.connectionName).send(odd));
        QTest::qWait(300);
        CHECK(QApplication::palette().color(QPalette::Window) == windowColour(ColourScheme::Light));
        // The portal still speaks, and is still heard.
        bus.announce(1);
        CHECK(paintedAs(ColourScheme::Dark));
    }

    preferences.setAppearance(Appearance::System);
}

#include "test_appearancefollow.moc"
