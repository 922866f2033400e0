// SPDX-License-Identifier: GPL-3.0-or-later
// The same clip story exported from the Export place and with `spill export`
// gives the same files, byte for byte, in every format: both go out through
// the publishing part, posters included.
#include "export/exportplace.h"
#include "export/exportrunpanel.h"
#include "mediafixtures.h"
#include "shell/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spill;

namespace {

constexpr int ClipPatience = 60000; // ms; the clip is probed for its poster

// Every file under `dir`, by its relative path.
QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QDir root(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.insert(root.relativeFilePath(path), file.readAll());
    }
    return files;
}

struct CliRun
{
    int exitCode = -1;
    QString err;
};

// `spill export` as its own process, with a home of its own so no theme of
// the machine's user is found.
CliRun runSpillExport(const QString &library, ExportFormat format, const QString &out,
                      const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    QStringList arguments {u"--library"_s,          library,    u"export"_s, u"--format"_s,
                           exportFormatKey(format), u"--out"_s, out};
    if (exportFormatUsesTheme(format))
        arguments << u"--theme"_s << u"kitchen"_s;
    arguments << u"--all"_s;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SPILL_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("export place and spill export write the same bytes")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
    const QString libraryFolder = dir.filePath(u"library"_s);
    QString error;
    // The test binary has no probe mode: clips are probed by spill itself,
    // as they are in the app.
    const std::unique_ptr<Workspace> workspace = Workspace::open(
        libraryFolder, &error, VideoProber(QStringLiteral(SPILL_EXECUTABLE), {u"__probe"_s}));
    INFO(error.toStdString());
    REQUIRE(workspace);

    const QString clipPath = dir.filePath(u"collapse.mp4"_s);
    const QString made = Test::makeColourClip(clipPath);
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    const ImportedMedia imported = workspace->mediaStore().import(clipPath);
    INFO(imported.error.toStdString());
    REQUIRE(imported.ok());
    MediaItem clip =
        imported.toMediaItem(workspace->mediaStore().filePath(imported.hash, imported.suffix));
    clip.file = u"collapse.mp4"_s;
    clip.beat = Beat::WentWrong;
    clip.role = MediaRole::Reality;
    clip.alt = u"The soufflé sinks"_s;
    clip.caption = u"Forty seconds of hope"_s;
    clip.posterMs = 1500;

    Story story;
    story.title = u"The Soufflé That Sank"_s;
    story.dish = u"Cheese soufflé"_s;
    story.recipeUrl = u"https://example.com/souffle recipe"_s;
    story.beat(Beat::Intended) = u"A tall, golden soufflé."_s;
    story.beat(Beat::WentWrong) = u"I opened the oven *twice*."_s;
    story.media = {clip};
    const qint64 storyId = workspace->library().createStory(story);
    REQUIRE(storyId > 0);

    ExportPlace place(*workspace);
    place.resize(1200, 800);
    place.show();
    REQUIRE(QTest::qWaitForWindowExposed(&place));
    place.setTheme(u"kitchen"_s);
    place.selectStories({storyId});

    QTemporaryDir home;
    REQUIRE(home.isValid());
    for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll,
                                ExportFormat::Html, ExportFormat::HtmlSingle, ExportFormat::Json}) {
        const QString key = exportFormatKey(format);
        INFO("format " << key.toStdString());
        const QString guiOut = dir.filePath(u"gui/"_s + key);
        const QString cliOut = dir.filePath(u"cli/"_s + key);

        // The Export place first: it makes the clip's poster itself.
        place.setFormat(format);
        place.setOutputFolder(guiOut);
        QSignalSpy finished(&place, &ExportPlace::exportFinished);
        QPushButton *button = place.runPanel()->exportButton();
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, ClipPatience));
        const BatchResult result = place.runPanel()->lastResult();
        INFO(result.errors.join(u'\n').toStdString());
        INFO(result.notes.join(u'\n').toStdString());
        REQUIRE(result.ok());
        REQUIRE(result.exported == 1);

        const CliRun cli = runSpillExport(libraryFolder, format, cliOut, home.path());
        INFO(cli.err.toStdString());
        REQUIRE(cli.exitCode == 0);

        const QMap<QString, QByteArray> gui = filesUnder(guiOut);
        const QMap<QString, QByteArray> fromCli = filesUnder(cliOut);
        CHECK(gui.keys() == fromCli.keys());
        for (auto it = gui.cbegin(); it != gui.cend(); ++it) {
            INFO("file " << it.key().toStdString());
            CHECK(it.value() == fromCli.value(it.key()));
        }
        // The post formats show the clip's poster frame; the single page
        // inlines it, the interchange format needs none.
        const QStringList names = gui.keys();
        const bool hasPosterFile = std::any_of(names.cbegin(), names.cend(), [](const QString &n) {
            return n.endsWith(u"-poster.jpg");
        });
        if (format == ExportFormat::HtmlSingle || format == ExportFormat::Json)
            CHECK_FALSE(hasPosterFile);
        else
            CHECK(hasPosterFile);
        if (format == ExportFormat::HtmlSingle) {
            const QStringList pages = names.filter(u".html"_s);
            REQUIRE(pages.size() == 1);
            CHECK(gui.value(pages.first()).contains("data:image/jpeg;base64,"));
        }
    }
}
