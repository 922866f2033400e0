// SPDX-License-Identifier: GPL-3.0-or-later
// One window per library: Spill started again on a library this window has
// open (a story file from the file manager, the desktop entry's New Story)
// hands the request to this window over a session bus of the test's own
// and quits, instead of opening a second window that could only read.
#include "editor/storyeditor.h"
#include "mainwindowfixture.h"
#include "privatesessionbus.h"
#include "shell/instancechannel.h"
#include "shell/storyfileopener.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Spill;

namespace {

bool nameOwned(const QString &service)
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(service);
}

// `spill ARGS` as a second start: its own settings, the test's bus.
int startAgain(const QStringList &arguments, const QString &workingDirectory,
               const QString &settings)
{
    QProcess spill;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings);
    spill.setProcessEnvironment(env);
    spill.setWorkingDirectory(workingDirectory);
    spill.start(QStringLiteral(SPILL_EXECUTABLE), arguments);
    REQUIRE(spill.waitForStarted());
    // Had it opened a window of its own, it would still be running. The
    // event loop turns meanwhile: this window answers the request.
    const bool ended =
        QTest::qWaitFor([&] { return spill.state() == QProcess::NotRunning; }, 30000);
    INFO(spill.readAllStandardError().toStdString());
    REQUIRE(ended);
    REQUIRE(spill.exitStatus() == QProcess::NormalExit);
    return spill.exitCode();
}

} // namespace

TEST_CASE("one window per library: another start hands its request over")
{
    Test::privateSessionBus();
    Test::TempWorkspace temp;
    const QString folder = temp.workspace->folder();
    MainWindow window(*temp.workspace);
    Test::showActive(window);
    // The window takes the library's name on the bus once it is up.
    REQUIRE(QTest::qWaitFor([&] { return nameOwned(instanceServiceName(folder)); }, 10000));
    QTemporaryDir elsewhere;
    REQUIRE(elsewhere.isValid());
    const QString settings = elsewhere.filePath(QStringLiteral("config"));

    SECTION("nominal: a story file opened again is offered here, by its path from there")
    {
        QFile json(elsewhere.filePath(QStringLiteral("toast.json")));
        REQUIRE(json.open(QIODevice::WriteOnly));
        json.write(R"({"format": "spill-story/1", "slug": "burnt-toast", "title": "Burnt toast",
                       "beats": {"intended": "Toast.", "went_wrong": "Burnt.", "salvage": "",
                                 "lesson": "", "call_to_action": ""}})");
        json.close();
        // Named relative to the other start's folder, not this process's.
        CHECK(startAgain({QStringLiteral("--library"), folder, QStringLiteral("toast.json")},
                         elsewhere.path(), settings) == 0);
        REQUIRE(QTest::qWaitFor([&] {
            return window.storyFileOpener() && window.storyFileOpener()->shown() &&
                window.storyFileOpener()->shown()->isVisible();
        }));
        CHECK(window.storyFileOpener()->shown()->text().contains(QStringLiteral("Burnt toast")));
        CHECK(window.storyFileOpener()->shown()->informativeText().contains(
            QDir::toNativeSeparators(json.fileName())));
        CHECK_FALSE(temp.workspace->isReadOnly());
    }

    SECTION("nominal: New Story from the desktop entry opens Write here on a new story")
    {
        window.showPlace(MainWindow::Place::Gallery);
        CHECK(startAgain({QStringLiteral("--library"), folder, QStringLiteral("--new-story")},
                         elsewhere.path(), settings) == 0);
        REQUIRE(QTest::qWaitFor([&] {
            auto *write = window.findChild<WritePlace *>();
            return window.currentPlace() == MainWindow::Place::Write && write &&
                !write->isShowingWelcome() && write->editor()->isVisible();
        }));
        CHECK(window.findChild<WritePlace *>()->currentStoryId() == 0);
    }

    SECTION("edge: Spill started again, the folder named through a link, comes to this window")
    {
        const QString parent = QFileInfo(folder).absolutePath();
        const QString name = QFileInfo(folder).fileName();
        CHECK(instanceServiceName(parent + u'/' + name + QStringLiteral("/../") + name) ==
              instanceServiceName(folder));
        const QString link = elsewhere.filePath(QStringLiteral("link"));
        REQUIRE(QFile::link(folder, link));
        CHECK(instanceServiceName(link) == instanceServiceName(folder));
        CHECK(startAgain({QStringLiteral("--library"), link}, elsewhere.path(), settings) == 0);
    }

    SECTION("error: another library has no window to take a request; the start opens its own")
    {
        const QString other = elsewhere.filePath(QStringLiteral("other-library"));
        CHECK(instanceServiceName(other) != instanceServiceName(folder));
        CHECK_FALSE(nameOwned(instanceServiceName(other)));
        CHECK_FALSE(handOverToRunningSpill(other, false, {}, 2000));
    }
}

TEST_CASE("one window per library: the name is the window's while it is open")
{
    Test::privateSessionBus();
    Test::TempWorkspace temp;
    const QString service = instanceServiceName(temp.workspace->folder());
    {
        MainWindow window(*temp.workspace);
        Test::showActive(window);
        REQUIRE(QTest::qWaitFor([&] { return nameOwned(service); }, 10000));
        // A second channel for the same library does not take the name.
        InstanceChannel second(temp.workspace->folder(), nullptr);
        QSignalSpy listening(&second, &InstanceChannel::listening);
        second.listen();
        REQUIRE(listening.wait(10000));
        CHECK_FALSE(listening.constFirst().constFirst().toBool());
    }
    // Closed, it lets go of the name: a later start opens its own window.
    REQUIRE(QTest::qWaitFor([&] { return !nameOwned(service); }, 10000));
}
