// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped MIME type for story files, as a desktop reads it (GIO, which
// GNOME's file manager asks): a Spill story file (spill-story/1, written by
// Spill) is an application/x-spill-story+json, and any other JSON stays
// JSON. Qt 6.4's own MIME database lets the "*.json" name win over the
// contents, so it is not the judge here.
#include "story/story.h"
#include "story/storyjson.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Spill;
using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("packaging: a story file has Spill's own MIME type, other JSON does not")
{
    // A data folder holding the shipped definition, ahead of the system's
    // (which has application/json). Set before Qt first reads the types.
    QTemporaryDir data;
    REQUIRE(data.isValid());
    REQUIRE(QDir().mkpath(data.filePath(u"mime/packages"_s)));
    REQUIRE(
        QFile::copy(QStringLiteral(SPILL_MIME_XML), data.filePath(u"mime/packages/spill.xml"_s)));
    QProcess update;
    update.start(u"update-mime-database"_s, {data.filePath(u"mime"_s)});
    REQUIRE(update.waitForFinished(60000));
    INFO(update.readAllStandardError().toStdString());
    REQUIRE(update.exitCode() == 0);

    Story story;
    story.slug = u"sunken-souffle"_s;
    story.title = u"The soufflé that sank"_s;
    story.beat(Beat::Intended) = QString(20000, u'x'); // "format" still leads the file
    const QString storyFile = data.filePath(u"whatever-name.json"_s);
    write(storyFile, writeStoryJson(story, [](const MediaItem &item) { return item.file; }));
    const QString otherFile = data.filePath(u"settings.json"_s);
    write(otherFile, R"({"theme": "dark", "format": "something else"})");

    QProcess gio;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_DIRS"_s, data.path() + u":/usr/local/share:/usr/share"_s);
    gio.setProcessEnvironment(environment);
    gio.start(u"gio"_s, {u"info"_s, u"-a"_s, u"standard::content-type"_s, storyFile, otherFile});
    REQUIRE(gio.waitForFinished(60000));
    const QStringList types =
        QString::fromUtf8(gio.readAllStandardOutput()).split(u'\n').filter(u"content-type:"_s);
    INFO(types.join(u'\n').toStdString());
    REQUIRE(types.size() == 2);
    CHECK(types.at(0).trimmed().endsWith(u" application/x-spill-story+json"_s));
    CHECK(types.at(1).trimmed().endsWith(u" application/json"_s));
}
