// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `spill` binary the way a shell would, with no display at all,
// to prove headless commands never need one.
#include "clitestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Spill::Test;

using Result = SpillRun;

namespace {

// A file the build put beside the program.
QString besideProgram(const QString &name)
{
    return QFileInfo(QStringLiteral(SPILL_EXECUTABLE)).dir().filePath(name);
}

// Runs `lonely ARGUMENTS` without a display and without the variables that
// point Spill at its modules.
void startLonely(QProcess &process, const QString &lonely, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"SPILL_WINDOW_MODULE", "SPILL_TRANSFER_MODULE", "SPILL_VIDEO_MODULE",
                             "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(lonely, arguments);
}

} // namespace

TEST_CASE("spill binary: headless use")
{
    SECTION("nominal: --help prints usage and succeeds without a display")
    {
        const Result r = runSpill({QStringLiteral("--help")});
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: spill")));
        CHECK(r.err.isEmpty());
    }

    SECTION("nominal: --version names the program and its version")
    {
        const Result r = runSpill({QStringLiteral("--version")});
        CHECK(r.exitCode == 0);
        CHECK(r.out.trimmed().startsWith(QStringLiteral("spill 0.")));
    }

    SECTION("robustness: an unknown command fails with a usage error on stderr")
    {
        const Result r = runSpill({QStringLiteral("frobnicate")});
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("'frobnicate'")));
        CHECK(r.err.contains(QStringLiteral("spill --help")));
    }

    SECTION("robustness: a bad option is refused before any window could open")
    {
        const Result r = runSpill({QStringLiteral("--no-such-thing")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("'--no-such-thing'")));
    }

    SECTION("nominal: the help speaks German on a German system")
    {
        const Result r = runSpill({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Aufruf: spill")));
    }

    SECTION("robustness: a command on a folder without a library says so and fails")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("nothing-here"));
        for (const QStringList &command :
             {QStringList {QStringLiteral("list")}, QStringList {QStringLiteral("check")},
              QStringList {QStringLiteral("search"), QStringLiteral("birthday")},
              QStringList {QStringLiteral("export"), QStringLiteral("--format=json"),
                           QStringLiteral("--out"), dir.filePath(QStringLiteral("out")),
                           QStringLiteral("--all")}}) {
            const Result r = runSpillOn(folder, command.first(), command.mid(1));
            INFO(command.join(u' ').toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.out.isEmpty());
            CHECK(r.err.contains(QStringLiteral("spill %1: ").arg(command.first())));
            CHECK(r.err.contains(folder));
        }
        // Reading never creates a library.
        CHECK_FALSE(QFileInfo::exists(folder));
    }
}

TEST_CASE("spill binary: the video module")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = dir.filePath(QStringLiteral("clip.mp4"));
    writeBytes(clip, QByteArray("not really a clip"));

    SECTION("robustness: without its video module, the probe answers with a clear error")
    {
        // A copy of the program with only its transfer module beside it (the
        // probe runs from there), as a broken install.
        const QString lonely = dir.filePath(QStringLiteral("bin/spill"));
        copyFileTo(QStringLiteral(SPILL_EXECUTABLE), lonely);
        copyFileTo(besideProgram(QStringLiteral("spill-transfer.so")),
                   dir.filePath(QStringLiteral("bin/spill-transfer.so")));
        REQUIRE(QFile::setPermissions(lonely, QFile::ReadOwner | QFile::ExeOwner));
        QProcess process;
        startLonely(process, lonely, {QStringLiteral("__probe"), clip});
        REQUIRE(process.waitForFinished(60000));
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 1);
        const QJsonObject answer =
            QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const QString error = answer.value(u"error").toString();
        CHECK(error.contains(QStringLiteral("video support is not installed")));
        CHECK(error.contains(dir.filePath(QStringLiteral("bin/spill-video.so"))));
    }

    SECTION("nominal: beside its module, the probe reads the file and names what is wrong")
    {
        const Result r = runSpill({QStringLiteral("__probe"), clip});
        CHECK(r.exitCode == 1);
        const QString error =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"error").toString();
        CHECK_FALSE(error.isEmpty());
        CHECK_FALSE(error.contains(QStringLiteral("video support is not installed")));
    }
}

TEST_CASE("spill binary: the window module")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("robustness: without its window module, spill names what is missing and fails")
    {
        // A copy of the program with nothing beside it, as a broken install.
        const QString lonely = dir.filePath(QStringLiteral("bin/spill"));
        copyFileTo(QStringLiteral(SPILL_EXECUTABLE), lonely);
        REQUIRE(QFile::setPermissions(lonely, QFile::ReadOwner | QFile::ExeOwner));
        const QString library = dir.filePath(QStringLiteral("library"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SPILL_WINDOW_MODULE"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(lonely, {QStringLiteral("--library"), library});
        REQUIRE(process.waitForFinished(60000));
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 1);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        CHECK(error.contains(QStringLiteral("window is not installed")));
        CHECK(error.contains(dir.filePath(QStringLiteral("bin/spill-gui.so"))));
        CHECK_FALSE(QFileInfo::exists(library));
    }

    SECTION("robustness: without its transfer module, import and export name what is missing")
    {
        // A copy of the program with nothing beside it, as a broken install.
        const QString lonely = dir.filePath(QStringLiteral("bin/spill"));
        copyFileTo(QStringLiteral(SPILL_EXECUTABLE), lonely);
        REQUIRE(QFile::setPermissions(lonely, QFile::ReadOwner | QFile::ExeOwner));
        const QString library = dir.filePath(QStringLiteral("library"));
        const QString missing = dir.filePath(QStringLiteral("bin/spill-transfer.so"));
        for (const QStringList &command :
             {QStringList {QStringLiteral("import"),
                           samplePath(QStringLiteral("souffle/story.json"))},
              QStringList {QStringLiteral("export"), QStringLiteral("--format=json"),
                           QStringLiteral("--out"), dir.filePath(QStringLiteral("out")),
                           QStringLiteral("--all")}}) {
            INFO(command.join(u' ').toStdString());
            QProcess process;
            startLonely(process, lonely,
                        QStringList {QStringLiteral("--library"), library} + command);
            REQUIRE(process.waitForFinished(60000));
            CHECK(process.exitStatus() == QProcess::NormalExit);
            CHECK(process.exitCode() == 1);
            const QString error = QString::fromUtf8(process.readAllStandardError());
            CHECK(error.startsWith(QStringLiteral("spill %1: ").arg(command.first())));
            CHECK(error.contains(QStringLiteral("import, export and publish are not installed")));
            CHECK(error.contains(missing));
        }
        // Nothing was started: no library, no output folder.
        CHECK_FALSE(QFileInfo::exists(library));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out"))));

        // The probe child answers its caller in its own format.
        QProcess probe;
        startLonely(probe, lonely,
                    {QStringLiteral("__probe"), samplePath(QStringLiteral("souffle/story.json"))});
        REQUIRE(probe.waitForFinished(60000));
        CHECK(probe.exitCode() == 1);
        const QString error = QJsonDocument::fromJson(probe.readAllStandardOutput())
                                  .object()
                                  .value(u"error")
                                  .toString();
        CHECK(error.contains(QStringLiteral("import, export and publish are not installed")));
        CHECK(error.contains(missing));
    }

    SECTION("nominal: list, search, check, --help and --version do not load Qt Gui")
    {
        const QString library = dir.filePath(QStringLiteral("library"));
        REQUIRE(runSpillOn(library, QStringLiteral("import"),
                           {samplePath(QStringLiteral("souffle/story.json"))})
                    .exitCode == 0);
        const QStringList traced {QStringLiteral("env"), QStringLiteral("LD_DEBUG=libs")};
        const QStringList onLibrary {QStringLiteral("--library"), library};
        for (const QStringList &command :
             {onLibrary + QStringList {QStringLiteral("list")},
              onLibrary + QStringList {QStringLiteral("list"), QStringLiteral("--json")},
              onLibrary + QStringList {QStringLiteral("search"), QStringLiteral("birthday")},
              onLibrary + QStringList {QStringLiteral("check")},
              QStringList {QStringLiteral("--help")}, QStringList {QStringLiteral("--version")}}) {
            INFO(command.join(u' ').toStdString());
            const Result r = runSpillThrough(traced, command);
            CHECK(r.exitCode == 0);
            // The trace is there, so its silence about Qt Gui means something.
            REQUIRE(r.err.contains(QStringLiteral("libQt6Core.so")));
            CHECK_FALSE(r.err.contains(QStringLiteral("libQt6Gui")));
            CHECK_FALSE(r.err.contains(QStringLiteral("spill-transfer")));
        }
        // Export does load it, from its module: the same trace sees it.
        const Result exported = runSpillThrough(
            traced,
            onLibrary +
                QStringList {QStringLiteral("export"), QStringLiteral("--format=html"),
                             QStringLiteral("--out"), dir.filePath(QStringLiteral("out")),
                             QStringLiteral("--all")});
        CHECK(exported.exitCode == 0);
        CHECK(exported.err.contains(QStringLiteral("spill-transfer")));
        CHECK(exported.err.contains(QStringLiteral("libQt6Gui")));
    }

    SECTION("nominal: commands load neither Qt Widgets, the window module nor libavformat")
    {
        const QString library = dir.filePath(QStringLiteral("library"));
        REQUIRE(runSpillOn(library, QStringLiteral("import"),
                           {samplePath(QStringLiteral("souffle/story.json"))})
                    .exitCode == 0);
        // The dynamic loader names every library it maps on stderr.
        const QStringList traced {QStringLiteral("env"), QStringLiteral("LD_DEBUG=libs")};
        const QStringList html {QStringLiteral("--format=html"), QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("out")), QStringLiteral("--all")};
        for (const QStringList &command :
             {QStringList {QStringLiteral("list")},
              QStringList {QStringLiteral("search"), QStringLiteral("birthday")},
              QStringList {QStringLiteral("check")},
              QStringList {QStringLiteral("export")} + html}) {
            INFO(command.join(u' ').toStdString());
            const Result r = runSpillThrough(
                traced, QStringList {QStringLiteral("--library"), library} + command);
            CHECK(r.exitCode == 0);
            // The trace is there, so its silence about Qt Widgets means something.
            REQUIRE(r.err.contains(QStringLiteral("libQt6Core.so")));
            CHECK_FALSE(r.err.contains(QStringLiteral("libQt6Widgets")));
            CHECK_FALSE(r.err.contains(QStringLiteral("spill-gui")));
            // libavformat comes with the first clip exported, not before
            // (the sample story has photos only).
            CHECK_FALSE(r.err.contains(QStringLiteral("libavformat")));
            CHECK_FALSE(r.err.contains(QStringLiteral("spill-remux")));
        }
    }
}
