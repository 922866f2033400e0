// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Spill {

namespace {

const QString TemplateFile = QStringLiteral("post.html.mustache");

bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return plain.match(name).hasMatch();
}

QStringList searchList(const QStringList &dirs)
{
    return dirs.isEmpty() ? QStringList {builtInThemesDir()} : dirs;
}

ThemeInfo infoAt(const QString &dir, const QString &name)
{
    ThemeInfo info {name, name, QDir(dir).filePath(name)};
    QFile file(QDir(info.path).filePath(QStringLiteral("theme.json")));
    if (file.open(QIODevice::ReadOnly)) {
        const QString display = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("name"))
                                    .toString()
                                    .trimmed();
        if (!display.isEmpty())
            info.displayName = display;
    }
    return info;
}

} // namespace

QString builtInThemesDir()
{
    return QStringLiteral(":/spill/themes");
}

QStringList defaultThemeDirs(const QString &userThemesDir)
{
    QStringList dirs;
    if (!userThemesDir.isEmpty())
        dirs << userThemesDir;
    dirs << builtInThemesDir();
    return dirs;
}

QList<ThemeInfo> availableThemes(const QStringList &searchDirs)
{
    QList<ThemeInfo> themes;
    QStringList seen;
    for (const QString &dir : searchList(searchDirs)) {
        const QStringList names =
            QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            if (seen.contains(name) || !isPlainName(name) ||
                !QFile::exists(QDir(dir).filePath(name + u'/' + TemplateFile)))
                continue;
            seen << name;
            themes << infoAt(dir, name);
        }
    }
    return themes;
}

Theme loadTheme(const QString &name, const QStringList &searchDirs)
{
    Theme theme;
    if (!isPlainName(name)) {
        theme.error =
            QCoreApplication::translate("Export", "The theme name \"%1\" is not valid").arg(name);
        return theme;
    }
    for (const QString &dir : searchList(searchDirs)) {
        const QString path = QDir(dir).filePath(name);
        QFile postTemplate(QDir(path).filePath(TemplateFile));
        if (!postTemplate.exists())
            continue;
        theme.info = infoAt(dir, name);
        if (!postTemplate.open(QIODevice::ReadOnly)) {
            theme.error = QCoreApplication::translate("Export", "Cannot read %1: %2")
                              .arg(postTemplate.fileName(), postTemplate.errorString());
            return theme;
        }
        theme.postTemplate = QString::fromUtf8(postTemplate.readAll());
        QFile figure(QDir(path).filePath(QStringLiteral("figure.html.mustache")));
        if (figure.exists() && figure.open(QIODevice::ReadOnly))
            theme.figureTemplate = QString::fromUtf8(figure.readAll());
        QFile css(QDir(path).filePath(QStringLiteral("style.css")));
        if (css.exists() && css.open(QIODevice::ReadOnly))
            theme.css = css.readAll();
        return theme;
    }
    theme.error = QCoreApplication::translate("Export", "There is no theme called \"%1\" in %2")
                      .arg(name, searchList(searchDirs).join(QStringLiteral(", ")));
    return theme;
}

} // namespace Spill
