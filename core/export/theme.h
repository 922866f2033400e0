// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spill {

// A theme is a folder <dir>/<name>/ holding post.html.mustache, style.css and
// theme.json ({"name": "Kitchen"}), and optionally figure.html.mustache. The first folder in the
// search list that has the theme wins, so a user's theme can replace a built-in one.
struct ThemeInfo
{
    QString name; // the folder name, as passed to --theme
    QString displayName;
    QString path;
};

struct Theme
{
    ThemeInfo info;
    QString postTemplate;
    QString figureTemplate; // figure.html.mustache, used as the partial {{>figure}}
    QByteArray css;
    QString error; // names the theme and the file when it cannot be used
};

QList<ThemeInfo> availableThemes(const QStringList &searchDirs);
Theme loadTheme(const QString &name, const QStringList &searchDirs);

} // namespace Spill
