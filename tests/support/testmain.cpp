// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner for Spill's tests: one Qt application object for the
// whole run, on the offscreen platform, with QStandardPaths in test mode so
// nothing touches the real user folders.
#define CATCH_CONFIG_RUNNER
#include <QStandardPaths>

#include <catch2/catch.hpp>

#ifdef SPILL_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("spill-tests"));
    return Catch::Session().run(argc, argv);
}
