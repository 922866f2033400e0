// SPDX-License-Identifier: GPL-3.0-or-later
// Built-in themes, and the creator's own themes folder searched first.
#include "export/exporter.h"
#include "export/exportsink.h"
#include "export/theme.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("themes")
{
    SECTION("nominal: Spill ships kitchen and clean, each complete")
    {
        const QList<ThemeInfo> themes = availableThemes({});
        QStringList names;
        for (const ThemeInfo &info : themes)
            names << info.name + u'=' + info.displayName;
        CHECK(names == QStringList {u"clean=Clean"_s, u"kitchen=Kitchen"_s});
        for (const ThemeInfo &info : themes) {
            const Theme theme = loadTheme(info.name, {});
            CHECK(theme.error.isEmpty());
            CHECK(theme.postTemplate.contains(u"{{{json_ld}}}"_s));
            CHECK(theme.figureTemplate.contains(u"<figcaption>"_s));
            CHECK(theme.css.contains("prefers-color-scheme: dark"));
            CHECK(theme.css.contains("@media print"));
        }
    }

    QTemporaryDir user;
    REQUIRE(user.isValid());
    const QStringList dirs = defaultThemeDirs(user.path());

    SECTION("nominal: a user theme is found first and can replace a built-in one")
    {
        writeFile(user.filePath(u"kitchen/post.html.mustache"_s),
                  "<!DOCTYPE "
                  "html><title>{{title}}</title>{{#sections}}<h2>{{heading}}</h2>{{/sections}}");
        writeFile(user.filePath(u"kitchen/style.css"_s), "body{}");
        writeFile(user.filePath(u"mine/post.html.mustache"_s), "{{title}}|{{{style}}}");
        writeFile(user.filePath(u"mine/theme.json"_s), R"({"name": "My own"})");
        QStringList names;
        for (const ThemeInfo &info : availableThemes(dirs))
            names << info.name + u'=' + info.displayName;
        CHECK(names == QStringList {u"kitchen=kitchen"_s, u"mine=My own"_s, u"clean=Clean"_s});

        ExportOptions options;
        options.themeDirs = dirs;
        MemorySink sink;
        REQUIRE(exporterFor(ExportFormat::Html)->exportStory(bareStory(), options, sink).ok());
        CHECK(sink.files().value(u"just-a-title/index.html"_s) ==
              "<!DOCTYPE html><title>Just a Title</title><h2>Where it went sideways</h2>");
        CHECK(sink.files().value(u"just-a-title/style.css"_s) == "body{}");

        options.theme = u"mine"_s;
        MemorySink single;
        REQUIRE(
            exporterFor(ExportFormat::HtmlSingle)->exportStory(bareStory(), options, single).ok());
        CHECK(single.files().value(u"just-a-title.html"_s) == "Just a Title|<style>\n</style>");
    }

    SECTION("robustness: a broken template is an error naming the theme file")
    {
        writeFile(user.filePath(u"broken/post.html.mustache"_s), "{{#sections}}never closed");
        ExportOptions options;
        options.themeDirs = dirs;
        options.theme = u"broken"_s;
        MemorySink sink;
        const ExportResult result =
            exporterFor(ExportFormat::Html)->exportStory(bareStory(), options, sink);
        CHECK(result.error.contains(user.filePath(u"broken/post.html.mustache"_s)));
        CHECK(sink.files().isEmpty());
    }
}
