// SPDX-License-Identifier: GPL-3.0-or-later
#include "themefolders.h"

#include "export/exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Spill {

namespace {

struct ThemeFoldersText
{
    Q_DECLARE_TR_FUNCTIONS(Publishing)
};

} // namespace

QString userThemesFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("themes"));
}

QStringList themeFolders(const QString &userFolder)
{
    return defaultThemeDirs(userFolder);
}

QList<ThemeInfo> installedThemes(const QStringList &folders)
{
    return availableThemes(folders);
}

ThemeChoice findTheme(const QString &name, const QStringList &folders)
{
    const QString wanted = name.isEmpty() ? ExportOptions().theme : name;
    QStringList names;
    for (const ThemeInfo &theme : installedThemes(folders)) {
        if (theme.name == wanted)
            return {wanted, {}};
        names.append(theme.name);
    }
    const QString userFolder = folders.isEmpty() ? userThemesFolder() : folders.constFirst();
    return {
        {},
        ThemeFoldersText::tr(
            "there is no theme called \"%1\"; the themes are: %2 (your own go in %3)")
            .arg(wanted, names.join(QStringLiteral(", ")), QDir::toNativeSeparators(userFolder))};
}

} // namespace Spill
