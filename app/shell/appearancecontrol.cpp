// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearancecontrol.h"

#include "appearance/palettes.h"
#include "async/backgroundpool.h"
#include "async/continuation.h"
#include "preferences/preferences.h"
#include "spillstyle.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QStyleFactory>
#include <QtConcurrent>

namespace Spill {

namespace {

const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString SettingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString AppearanceNamespace = QStringLiteral("org.freedesktop.appearance");
const QString ColorSchemeKey = QStringLiteral("color-scheme");

// The portal wraps a setting's value in variants (Read() in two).
std::optional<int> colorSchemeFrom(QVariant value)
{
    while (value.canConvert<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    return ok ? std::optional<int>(int(scheme)) : std::nullopt;
}

// org.freedesktop.portal.Settings.Read("org.freedesktop.appearance",
// "color-scheme"): 0 no preference, 1 dark, 2 light. Blocks its worker for
// at most the time-out; nothing when there is no session bus or portal.
std::optional<int> readPortalColorScheme()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return std::nullopt; // no autolaunch of a bus for this
    const QString name = QStringLiteral("spill-portal");
    std::optional<int> answer;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
        if (bus.isConnected()) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                PortalService, PortalPath, SettingsInterface, QStringLiteral("Read"));
            call << AppearanceNamespace << ColorSchemeKey;
            const QDBusMessage reply = bus.call(call, QDBus::Block, 500);
            if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
                answer = colorSchemeFrom(reply.arguments().constFirst());
        }
    }
    QDBusConnection::disconnectFromBus(name);
    // The portal answered: the shared session connection is made here, off
    // the GUI thread, for following its changes (see followPortal()).
    if (answer)
        QDBusConnection::sessionBus();
    return answer;
}

} // namespace

void AppearanceControl::applyAtStart(Appearance appearance)
{
    // Fusion draws every control from the palette, in light and in dark.
    QApplication::setStyle(new SpillStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    applyScheme(resolveColourScheme(appearance, currentSystemHints()));
}

void AppearanceControl::applyScheme(ColourScheme scheme)
{
    QApplication::setPalette(designedPalette(scheme));
}

AppearanceControl::AppearanceControl(PreferencesStore &preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_scheme(resolveColourScheme(preferences.appearance(), currentSystemHints()))
{
    connect(&preferences, &PreferencesStore::appearanceChanged, this, &AppearanceControl::apply);
}

void AppearanceControl::start()
{
    if (m_preferences.appearance() == Appearance::System)
        askPortal();
}

void AppearanceControl::apply(Appearance appearance)
{
    SystemHints hints = currentSystemHints();
    hints.portalColorScheme = m_portal;
    const ColourScheme scheme = resolveColourScheme(appearance, hints);
    if (scheme != m_scheme || QApplication::palette() != designedPalette(scheme)) {
        m_scheme = scheme;
        applyScheme(scheme);
    }
    emit schemeApplied(scheme);
    if (appearance == Appearance::System && !m_asked)
        askPortal();
}

void AppearanceControl::askPortal()
{
    m_asked = true;
    onResult(QtConcurrent::run(backgroundPool(), readPortalColorScheme), this,
             [this](std::optional<int> answer) {
                 if (!answer)
                     return;
                 m_portal = answer;
                 followPortal();
                 if (m_preferences.appearance() == Appearance::System)
                     apply(Appearance::System);
             });
}

void AppearanceControl::followPortal()
{
    if (m_following)
        return;
    m_following = QDBusConnection::sessionBus().connect(
        PortalService, PortalPath, SettingsInterface, QStringLiteral("SettingChanged"), this,
        SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
}

void AppearanceControl::portalSettingChanged(const QString &settingNamespace, const QString &key,
                                             const QDBusVariant &value)
{
    if (settingNamespace != AppearanceNamespace || key != ColorSchemeKey)
        return;
    const std::optional<int> scheme = colorSchemeFrom(value.variant());
    if (!scheme)
        return;
    m_portal = scheme;
    if (m_preferences.appearance() == Appearance::System)
        apply(Appearance::System);
}

} // namespace Spill
