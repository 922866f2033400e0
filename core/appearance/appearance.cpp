// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance/appearance.h"

#include <QtGlobal>

namespace Spill {

QString appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance appearanceFromKey(const QString &key)
{
    if (key == u"light")
        return Appearance::Light;
    if (key == u"dark")
        return Appearance::Dark;
    return Appearance::System;
}

SystemHints currentSystemHints()
{
    SystemHints hints;
    hints.gtkTheme = qEnvironmentVariable("GTK_THEME");
    return hints;
}

ColourScheme systemColourScheme(const SystemHints &hints)
{
    if (hints.portalColorScheme == 1)
        return ColourScheme::Dark;
    if (hints.portalColorScheme == 2)
        return ColourScheme::Light;
    const QString theme = hints.gtkTheme.trimmed().toLower();
    if (theme.endsWith(u":dark") || theme.endsWith(u"-dark"))
        return ColourScheme::Dark;
    return ColourScheme::Light;
}

ColourScheme resolveColourScheme(Appearance appearance, const SystemHints &hints)
{
    switch (appearance) {
    case Appearance::Light:
        return ColourScheme::Light;
    case Appearance::Dark:
        return ColourScheme::Dark;
    case Appearance::System:
        break;
    }
    return systemColourScheme(hints);
}

} // namespace Spill
