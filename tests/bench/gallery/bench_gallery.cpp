// SPDX-License-Identifier: GPL-3.0-or-later
// The Gallery place on a generated library of N stories, each with a reality
// photo whose 256-pixel thumbnail sits in the disk cache (distinct images).
// Reports:
//   - first page: GalleryPlace::show() until the grid's first paint with a
//     page of cards whose thumbnails have been requested;
//   - search: GalleryModel::setFilters() with a text until the reset with the
//     first page of matches (median of several searches);
//   - memory: VmRSS after scrolling the whole grid to the end, every
//     thumbnail loaded on the way, against the same place on an empty library.
//
//   QT_QPA_PLATFORM=offscreen bench_gallery [--stories N] [--dir DIR]
//
// The library is generated into DIR (default: a folder in /tmp) and reused.
#include "gallery/gallerymodel.h"
#include "gallery/galleryplace.h"
#include "gallery/galleryview.h"
#include "gallerylibrary.h"
#include "shell/workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace Spill;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Notes the first paint of the grid that shows cards.
class PaintWatch : public QObject
{
public:
    PaintWatch(GalleryView *view, QElapsedTimer *clock)
        : m_view(view)
        , m_clock(clock)
    {
        view->viewport()->installEventFilter(this);
    }
    qint64 firstPaintMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstPaintMs < 0 && m_view->model() &&
            m_view->model()->rowCount() > 0) {
            // Let the paint run now, so the time includes painting the cards
            // (and the delegate asking for their thumbnails).
            watched->removeEventFilter(this);
            QCoreApplication::sendEvent(watched, event);
            firstPaintMs = m_clock->elapsed();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    GalleryView *m_view;
    QElapsedTimer *m_clock;
};

struct Run
{
    qint64 firstPageMs = -1;
    int thumbnailsRequested = 0;
    QList<qint64> searchMs;
    qint64 rssShownKb = 0;
    qint64 rssScrolledKb = 0;
    int rows = 0;
    qint64 lruBytes = 0;
};

bool waitIdle(GalleryModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 60000);
}

Run measure(const QString &folder, bool scroll)
{
    Run run;
    QString error;
    const auto workspace = Workspace::open(folder, &error);
    if (!workspace) {
        out() << "cannot open " << folder << ": " << error << Qt::endl;
        return run;
    }
    GalleryPlace place(*workspace);
    place.resize(1400, 900);
    QElapsedTimer clock;
    PaintWatch watch(place.view(), &clock);
    clock.start();
    place.show();
    if (!QTest::qWaitFor([&] { return watch.firstPaintMs >= 0; }, 10000))
        out() << "no paint of cards within 10 s (expected for an empty library)" << Qt::endl;
    run.firstPageMs = watch.firstPaintMs;
    run.thumbnailsRequested = place.model() ? place.model()->thumbnailsInFlight() : 0;
    GalleryModel &model = *place.model();
    waitIdle(model);
    QTest::qWait(500);
    run.rssShownKb = rssKb();

    if (scroll) {
        const QStringList texts {QStringLiteral("Mishap 12"), QStringLiteral("oven"),
                                 QStringLiteral("try 5"), QStringLiteral("dish b"),
                                 QStringLiteral("mish")};
        for (const QString &text : texts) {
            GalleryFilters filters;
            filters.text = text;
            clock.restart();
            model.setFilters(filters);
            waitIdle(model);
            run.searchMs.append(clock.elapsed());
        }
        model.setFilters({});
        waitIdle(model);

        // Page by page to the end, as a creator dragging down would, letting
        // each screenful's thumbnails arrive.
        QScrollBar *bar = place.view()->verticalScrollBar();
        for (;;) {
            // At the bottom already, the view sees no scroll to fetch on.
            if (bar->value() >= bar->maximum() && model.canFetchMore({}))
                model.fetchMore({});
            bar->setValue(bar->value() + bar->pageStep());
            if (!QTest::qWaitFor(
                    [&] { return !model.isLoading() && model.thumbnailsInFlight() == 0; }, 10000))
                out() << "a page or thumbnails took over 10 s" << Qt::endl;
            if (bar->value() >= bar->maximum() && !model.canFetchMore({}))
                break;
        }
        QTest::qWait(500);
        run.rssScrolledKb = rssKb();
        run.rows = model.rowCount();
        run.lruBytes = model.thumbnailMemory().usedBytes();
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int stories = 10000;
    QString dir = QDir::tempPath() + QStringLiteral("/spill-bench-gallery");
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--stories"))
            stories = args.at(i + 1).toInt();
        else if (args.at(i) == QStringLiteral("--dir"))
            dir = args.at(i + 1);
    }
    const QString empty = dir + QStringLiteral("/empty");
    const QString full = dir + QStringLiteral("/stories-%1").arg(stories);
    QDir().mkpath(empty);
    if (!QFile::exists(full + QStringLiteral("/library.sqlite"))) {
        QDir().mkpath(full);
        QElapsedTimer generate;
        generate.start();
        Test::GeneratedLibrary spec;
        spec.stories = stories;
        spec.distinctPhotos = stories;
        const QString error = Test::generateLibrary(full, spec);
        if (!error.isEmpty()) {
            out() << "cannot generate: " << error << Qt::endl;
            return 1;
        }
        out() << "generated " << stories << " stories with thumbnails in " << generate.elapsed()
              << " ms" << Qt::endl;
    }

    const Run baseline = measure(empty, false);
    const Run run = measure(full, true);
    QList<qint64> search = run.searchMs;
    std::sort(search.begin(), search.end());

    out() << "stories: " << stories << Qt::endl;
    out() << "first page painted: " << run.firstPageMs << " ms (" << run.thumbnailsRequested
          << " thumbnails requested)" << Qt::endl;
    out() << "search applied: median " << search.value(search.size() / 2) << " ms, max "
          << (search.isEmpty() ? -1 : search.last()) << " ms over " << search.size() << " searches"
          << Qt::endl;
    out() << "VmRSS empty library, shown: " << baseline.rssShownKb / 1024 << " MB" << Qt::endl;
    out() << "VmRSS " << stories << " stories, shown: " << run.rssShownKb / 1024 << " MB"
          << Qt::endl;
    out() << "VmRSS after scrolling " << run.rows
          << " rows to the end: " << run.rssScrolledKb / 1024 << " MB (+"
          << (run.rssScrolledKb - baseline.rssShownKb) / 1024
          << " MB; thumbnails in memory: " << run.lruBytes / (1024 * 1024) << " MB)" << Qt::endl;
    return 0;
}
