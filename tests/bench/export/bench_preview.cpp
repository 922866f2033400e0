// SPDX-License-Identifier: GPL-3.0-or-later
// Preview benchmark. Usage: bench_preview [ROUNDS]   (default 20)
// Opens the Export place on Spill's sample story (two photos) with the web
// preview module from the build tree, then switches theme and format in
// turn and prints how long each takes from the switch until the browser
// engine has loaded the new page: the render on the worker, the page file
// and Chromium's load, and how much of that was the render alone. Also
// prints the engine's first start.
#include "export/exportplace.h"
#include "export/exportpreviewpane.h"
#include "export/previewbrowser.h"
#include "shell/workspace.h"
#include "write/samplestory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Spill;

namespace {

QList<qint64> renders; // of each switch: until the render arrived

// Milliseconds from `change` until the engine shows its page. Waits in a
// real event loop, as Spill does: Chromium's tasks run from Qt's event loop,
// and a polling wait (QTest::qWaitFor) slows each of them down.
qint64 timeUntilShown(ExportPlace &place, PreviewBrowser *browser,
                      const std::function<void()> &change)
{
    QEventLoop loop;
    QElapsedTimer timer;
    bool ok = false;
    qint64 rendered = -1;
    const QMetaObject::Connection onRender =
        QObject::connect(&place, &ExportPlace::renderFinished, [&] { rendered = timer.elapsed(); });
    const QMetaObject::Connection onShown =
        QObject::connect(browser, &PreviewBrowser::pageShown, [&](bool shown) {
            ok = shown;
            loop.quit();
        });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    timer.start();
    change();
    loop.exec();
    QObject::disconnect(onRender);
    QObject::disconnect(onShown);
    renders << rendered;
    return ok ? timer.elapsed() : -1;
}

void report(const char *what, QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    std::printf("%-28s median %4lld ms   max %4lld ms   (%lld rounds)\n", what,
                static_cast<long long>(times.at(times.size() / 2)),
                static_cast<long long>(times.last()), static_cast<long long>(times.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("SPILL_WEBPREVIEW_MODULE"))
        qputenv("SPILL_WEBPREVIEW_MODULE", SPILL_BENCH_WEBPREVIEW_MODULE);
    if (qEnvironmentVariableIsEmpty("SPILL_METADATA_MODULE"))
        qputenv("SPILL_METADATA_MODULE", SPILL_BENCH_METADATA_MODULE);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;

    QTemporaryDir dir;
    QString error;
    const auto workspace = Workspace::open(dir.filePath(QStringLiteral("library")), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const SampleStoryResult sample = loadSampleStory(workspace->mediaStore());
    if (!sample.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(sample.error));
        return 1;
    }
    const qint64 id = workspace->library().createStory(sample.story);

    ExportPlace place(*workspace);
    place.resize(1200, 800);
    place.setFormat(ExportFormat::HtmlSingle);
    place.setTheme(QStringLiteral("kitchen"));
    place.show();
    PreviewBrowser *browser = place.findChild<ExportPreviewPane *>()->browser();
    const qint64 first = timeUntilShown(place, browser, [&] { place.selectStories({id}); });
    if (first < 0) {
        std::fprintf(stderr, "the engine showed no page: %s\n", qPrintable(browser->problem()));
        return 1;
    }
    std::printf("first page, engine started      %4lld ms\n", static_cast<long long>(first));

    QList<qint64> themes;
    QList<qint64> formats;
    for (int i = 0; i < rounds; ++i) {
        themes << timeUntilShown(place, browser, [&] {
            place.setTheme(i % 2 ? QStringLiteral("kitchen") : QStringLiteral("clean"));
        });
        formats << timeUntilShown(place, browser, [&] {
            place.setFormat(i % 2 ? ExportFormat::HtmlSingle : ExportFormat::Hugo);
        });
    }
    if (themes.contains(-1) || formats.contains(-1)) {
        std::fprintf(stderr, "a page was not shown\n");
        return 1;
    }
    renders.removeFirst();
    report("switching theme", themes);
    report("switching format", formats);
    report("  of which the render", renders);
    return 0;
}
