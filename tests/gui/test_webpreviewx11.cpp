// SPDX-License-Identifier: GPL-3.0-or-later
// On X11 the window keeps its native window once the preview shows its
// first page: the engine's view draws in software, so Qt does not turn to
// compositing the whole window through OpenGL (which made the native window
// anew, 0.2-0.3 s for its first frame under Xvfb, and left the new one
// inactive: keys went nowhere). The window still takes the creator's keys.
// The check runs in a child process of this program on an X server of its
// own (xvfb-run), since the tests themselves run on the offscreen platform.
#include "export/previewbrowser.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWindow>

using namespace Spill;

namespace {

constexpr int X11Patience = 60000; // ms; Chromium starts once per process
const QString ChildCase = QStringLiteral("web preview on X11: the check in the child process");

} // namespace

TEST_CASE("web preview on X11: the window keeps its native window and the keyboard once the first "
          "page shows")
{
    const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    INFO("xvfb-run comes with the xvfb package (packaging/debian-packages.txt)");
    REQUIRE_FALSE(xvfbRun.isEmpty());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("SPILL_WEBPREVIEW_MODULE"),
                       QStringLiteral(SPILL_TEST_WEBPREVIEW_MODULE));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(xvfbRun,
                {QStringLiteral("-a"), QStringLiteral("-s"),
                 QStringLiteral("-screen 0 1280x800x24"), QCoreApplication::applicationFilePath(),
                 ChildCase});
    REQUIRE(child.waitForStarted());
    REQUIRE(child.waitForFinished(2 * X11Patience));
    const QString output = QString::fromLocal8Bit(child.readAll());
    INFO(output.toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    // The child's case ran, not zero cases.
    CHECK(output.contains(QStringLiteral("All tests passed")));
}

TEST_CASE("web preview on X11: the check in the child process", "[.]")
{
    REQUIRE(QGuiApplication::platformName() == QStringLiteral("xcb"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString page = dir.filePath(QStringLiteral("post.html"));
    {
        QFile file(page);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<!doctype html><html lang=\"en\"><title>Burnt toast</title>"
                   "<h1>Burnt toast</h1><p>The grill ran hot.</p></html>");
    }

    QWidget window;
    window.resize(900, 600);
    auto *layout = new QVBoxLayout(&window);
    auto *field = new QLineEdit;
    layout->addWidget(field);
    auto *browser = new PreviewBrowser;
    layout->addWidget(browser, 1);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    REQUIRE(QApplication::focusWidget() == field);
    const WId before = window.winId();

    QSignalSpy shown(browser, &PreviewBrowser::pageShown);
    browser->showFile(page);
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, X11Patience));
    INFO(browser->problem().toStdString());
    REQUIRE(shown.last().at(0).toBool());
    CHECK(window.winId() == before);

    // The window is still active, with the focus where it was: keys typed
    // now reach the field.
    CHECK(QTest::qWaitFor(
        [&] { return window.isActiveWindow() && QApplication::focusWidget() == field; }, 5000));
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClicks(focus, QStringLiteral("ok"));
    CHECK(field->text() == QStringLiteral("ok"));
}
