// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaorigin.h"

#include <QtGlobal>

namespace Spill {

QString originName(const QString &text)
{
    QString value = text;
    value.removeIf(
        [](QChar c) { return c.category() == QChar::Other_Control || c.isNonCharacter(); });
    value = value.simplified();
    constexpr int MaxName = 80;
    return value.size() > MaxName ? value.left(MaxName).trimmed() : value;
}

QString cameraName(const QString &make, const QString &model)
{
    if (model.isEmpty())
        return make;
    if (make.isEmpty() || model.startsWith(make.section(u' ', 0, 0), Qt::CaseInsensitive))
        return model;
    return make + u' ' + model;
}

const char *mediaEditSource(const QString &key)
{
    if (key == u"crop")
        return QT_TRANSLATE_NOOP("Story", "crop");
    if (key == u"light")
        return QT_TRANSLATE_NOOP("Story", "light");
    return QT_TRANSLATE_NOOP("Story", "colour");
}

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
