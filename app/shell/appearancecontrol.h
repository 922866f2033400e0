// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appearance/appearance.h"

#include <QDBusVariant>
#include <QObject>

#include <optional>

namespace Spill {

class PreferencesStore;

// Paints Spill in the creator's appearance: the Fusion style with Spill's
// own palettes (Qt 6.4 here has no platform theme to follow). Applied
// before the first window shows, and again whenever Preferences change it;
// every widget follows the application palette.
//
// "Follow the system" reads $GTK_THEME at once (appearance.h has the rule)
// and then asks the freedesktop portal for org.freedesktop.appearance
// color-scheme on a worker, with a short time-out, so start-up never
// waits for D-Bus; its answer, when there is one, wins. When the portal
// answered, its SettingChanged signal is followed too: switching the
// desktop to dark turns Spill dark while it runs.
class AppearanceControl : public QObject
{
    Q_OBJECT

public:
    // The style and the palette for `appearance`, from $GTK_THEME alone:
    // cheap enough for start-up.
    static void applyAtStart(Appearance appearance);
    static void applyScheme(ColourScheme scheme);

    explicit AppearanceControl(PreferencesStore &preferences, QObject *parent = nullptr);

    // Asks the portal when following the system (after the first frame).
    void start();
    ColourScheme scheme() const { return m_scheme; }

signals:
    void schemeApplied(Spill::ColourScheme scheme);

private slots:
    void portalSettingChanged(const QString &settingNamespace, const QString &key,
                              const QDBusVariant &value);

private:
    void apply(Appearance appearance);
    void askPortal();
    void followPortal();

    PreferencesStore &m_preferences;
    ColourScheme m_scheme = ColourScheme::Light;
    std::optional<int> m_portal; // the portal's last answer
    bool m_asked = false;
    bool m_following = false; // connected to the portal's SettingChanged
};

} // namespace Spill
