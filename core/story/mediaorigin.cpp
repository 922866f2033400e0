// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaorigin.h"

namespace Spill {

QStringList mediaEditKeys()
{
    return {QStringLiteral("crop"), QStringLiteral("light"), QStringLiteral("colour")};
}

bool isPhotoEditor(const QString &software)
{
    static const char *const Editors[] = {
        "photoshop", "lightroom", "camera raw", "gimp",        "darktable", "rawtherapee",
        "snapseed",  "affinity",  "pixelmator", "capture one", "vsco",      "luminar",
        "picsart",   "canva",     "facetune",   "afterlight",  "photopea",  "paint.net",
        "dxo",       "acdsee",    "polarr",     "fotor",       "lightzone", "krita",
    };
    const QString name = software.toLower();
    for (const char *editor : Editors) {
        if (name.contains(QLatin1String(editor)))
            return true;
    }
    return false;
}

} // namespace Spill
