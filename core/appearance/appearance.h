// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Spill {

// What the creator chose in Preferences.
enum class Appearance { System, Light, Dark };
// What Spill paints with.
enum class ColourScheme { Light, Dark };

// "system", "light", "dark": the settings' words.
QString appearanceKey(Appearance appearance);
// Unknown or empty: Appearance::System.
Appearance appearanceFromKey(const QString &key);

// What can be read of the desktop's choice without a platform theme (Qt 6.4
// has no QStyleHints::colorScheme, and Debian's Qt has no theme plugin).
struct SystemHints
{
    QString gtkTheme; // $GTK_THEME, e.g. "Adwaita:dark" or "Adwaita-dark"
    // The freedesktop portal's org.freedesktop.appearance color-scheme:
    // 0 no preference, 1 prefer dark, 2 prefer light; empty when not asked.
    std::optional<int> portalColorScheme;
};

// $GTK_THEME of this process; the portal is not asked.
SystemHints currentSystemHints();

// The rule for "follow the system": the portal's answer when it has one
// (1 dark, 2 light); else a GTK theme variant ":dark", or a theme name
// ending in "-dark" ("Adwaita-dark"), is dark; else light.
ColourScheme systemColourScheme(const SystemHints &hints);

ColourScheme resolveColourScheme(Appearance appearance, const SystemHints &hints);

} // namespace Spill
