// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/theme.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Spill {

// Where a creator's own themes go: <application data>/themes/<name>/.
QString userThemesFolder();

// The folders themes are looked up in, the first holding a theme wins: the
// user's folder, then the themes built into Spill.
QStringList themeFolders(const QString &userFolder = userThemesFolder());

// Every theme found there, each name once.
QList<ThemeInfo> installedThemes(const QStringList &folders = themeFolders());

struct ThemeChoice
{
    QString name; // the theme to draw with; empty when there is no such theme
    QString error; // lists the themes there are and where a user's own go

    bool ok() const { return !name.isEmpty(); }
};

// The theme called `name`, or the default theme when `name` is empty.
ThemeChoice findTheme(const QString &name, const QStringList &folders = themeFolders());

} // namespace Spill
