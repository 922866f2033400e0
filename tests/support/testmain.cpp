// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner for Spill's tests: one Qt application object for the
// whole run, on the offscreen platform, with QStandardPaths in test mode so
// nothing touches the real user folders.
#define CATCH_CONFIG_RUNNER
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

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
    // As Spill does: Debian's GStreamer backend lacks the decoders.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
#ifdef SPILL_TEST_VIDEO_MODULE
    // The clip player is loaded from the build tree's video module.
    if (qEnvironmentVariableIsEmpty("SPILL_VIDEO_MODULE"))
        qputenv("SPILL_VIDEO_MODULE", SPILL_TEST_VIDEO_MODULE);
#endif
    // Photo metadata is read through the build tree's exiv2 module.
    if (qEnvironmentVariableIsEmpty("SPILL_METADATA_MODULE"))
        qputenv("SPILL_METADATA_MODULE", SPILL_TEST_METADATA_MODULE);
    // Clips are remuxed on export through the build tree's libavformat module.
    if (qEnvironmentVariableIsEmpty("SPILL_REMUX_MODULE"))
        qputenv("SPILL_REMUX_MODULE", SPILL_TEST_REMUX_MODULE);
    QStandardPaths::setTestModeEnabled(true);
    // Each test process its own spill.ini: ctest runs test cases in parallel
    // processes, and one's settings (the appearance, say) must not change
    // under another's feet. Outlives the application, whose end writes the
    // last settings.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("spill-tests"));
    const int failed = Catch::Session().run(argc, argv);
    // Work a test left on the pool ends before the process does, so the
    // leak checker never meets a thread half gone.
    QThreadPool::globalInstance()->waitForDone();
    return failed;
}
