// SPDX-License-Identifier: GPL-3.0-or-later
// The Gallery place on a generated library of N stories, each with a reality
// photo whose 256-pixel thumbnail sits in the disk cache (distinct images).
// Reports:
//   - first page: GalleryPlace::show() until the grid's first paint with a
//     page of cards whose thumbnails have been requested;
//   - search: GalleryModel::setFilters() with a text until the first page of
//     matches is applied (median of five texts, three rounds each). The
//     page is timed when applied, with the event loop running; the
//     same searches are also timed as the first version of this bench did,
//     until a wait loop that sleeps 10 ms between looks sees the model idle;
//   - typed search: the letters of a word set one after another, as typed,
//     until the last one's page is applied (stale queries are dropped);
//   - floor: the sqlite3 shell running the same page, snippet and count
//     queries for the same texts on the same file (the time SQLite alone needs, no Qt), when
//     sqlite3 is installed;
//   - memory: VmRSS after scrolling the whole grid to the end, every
//     thumbnail loaded on the way, against the same place on an empty library.
//
//   QT_QPA_PLATFORM=offscreen bench_gallery [--stories N] [--dir DIR] [--rounds R]
//
// The library is generated into DIR (default: a folder in /tmp) and reused.
#include "gallery/gallerymodel.h"
#include "gallery/galleryplace.h"
#include "gallery/galleryview.h"
#include "gallerylibrary.h"
#include "library/search.h"
#include "shell/workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
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

const QStringList SearchTexts {QStringLiteral("Mishap 12"), QStringLiteral("oven"),
                               QStringLiteral("try 5"), QStringLiteral("dish b"),
                               QStringLiteral("mish")};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// What the gallery asks SQLite for a search's first page (ids in order, the
// page's columns left out), its snippets and its count, as the sqlite3 shell
// times it. Returns the "real" time in milliseconds summed over the three
// statements, -1 on failure.
double sqliteShellMs(const QString &database, const QString &text)
{
    const QString match = toFtsQuery(text).replace(u'\'', QStringLiteral("''"));
    // As Library::listStories picks the page, Library::searchSnippets marks
    // its matches and Library::countStories counts.
    const QString page =
        QStringLiteral("SELECT s.id FROM stories s WHERE s.trashed_at IS NULL AND s.id IN "
                       "(SELECT rowid FROM story_search WHERE story_search MATCH '%1') "
                       "ORDER BY s.created DESC, s.id DESC LIMIT 60");
    const QString script =
        QString(
            QStringLiteral(".timer on\n.output /dev/null\n") + page +
            QStringLiteral(";\nSELECT rowid, snippet(story_search, -1, char(2), char(3), '…', 16) "
                           "FROM story_search WHERE story_search MATCH '%1' AND +rowid IN (") +
            page +
            QStringLiteral(");\nSELECT count(*) FROM story_search f CROSS JOIN stories s ON s.id = "
                           "f.rowid WHERE f.story_search MATCH '%1' AND s.trashed_at IS NULL;\n"))
            .arg(match);
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), database});
    if (!shell.waitForStarted(5000))
        return -1;
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(30000) || shell.exitCode() != 0)
        return -1;
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    double seconds = 0;
    int found = 0;
    for (auto match = real.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
         match.hasNext();) {
        seconds += match.next().captured(1).toDouble();
        ++found;
    }
    return found == 3 ? seconds * 1000 : -1;
}

struct Run
{
    qint64 firstPageMs = -1;
    int thumbnailsRequested = 0;
    QList<qint64> searchMs;
    QList<qint64> polledMs; // the same searches, timed as the first figures were
    QList<qint64> typedMs;
    qint64 rssShownKb = 0;
    qint64 rssScrolledKb = 0;
    int rows = 0;
    qint64 lruBytes = 0;
};

bool waitIdle(GalleryModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 60000);
}

// Runs the event loop until the model is idle. Unlike waitIdle(), which
// sleeps 10 ms between looks, this handles the page as soon as it arrives,
// as the application's event loop does.
void runUntilIdle(GalleryModel &model)
{
    QSignalSpy loading(&model, &GalleryModel::loadingChanged);
    for (int i = 0; i < 600 && model.isLoading(); ++i)
        loading.wait(100);
}

Run measure(const QString &folder, bool scroll, int rounds)
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
        // Timed when the page is applied, not when a wait loop next looks.
        qint64 appliedMs = -1;
        QObject::connect(&model, &GalleryModel::pageLoaded, &model,
                         [&] { appliedMs = clock.elapsed(); });
        for (int round = 0; round < rounds; ++round) {
            for (const QString &text : SearchTexts) {
                GalleryFilters filters;
                filters.text = text;
                appliedMs = -1;
                clock.restart();
                model.setFilters(filters);
                runUntilIdle(model);
                run.searchMs.append(appliedMs);
            }
            model.setFilters({});
            waitIdle(model);
            // As the first version of this bench timed it: until a wait loop
            // that looks every 10 ms sees the model idle.
            for (const QString &text : SearchTexts) {
                GalleryFilters filters;
                filters.text = text;
                clock.restart();
                model.setFilters(filters);
                waitIdle(model);
                run.polledMs.append(clock.elapsed());
            }
            model.setFilters({});
            waitIdle(model);
            // Typed: each letter supersedes the search before it.
            const QString word = QStringLiteral("mishap");
            appliedMs = -1;
            clock.restart();
            for (qsizetype length = 1; length <= word.size(); ++length) {
                GalleryFilters filters;
                filters.text = word.left(length);
                model.setFilters(filters);
                QCoreApplication::processEvents();
            }
            runUntilIdle(model);
            run.typedMs.append(appliedMs);
            model.setFilters({});
            waitIdle(model);
        }

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
    int rounds = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--stories"))
            stories = args.at(i + 1).toInt();
        else if (args.at(i) == QStringLiteral("--rounds"))
            rounds = std::max(1, args.at(i + 1).toInt());
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

    const QString loadBefore = loadAverage();
    const Run baseline = measure(empty, false, rounds);
    const Run run = measure(full, true, rounds);
    QList<qint64> search = run.searchMs;
    std::sort(search.begin(), search.end());
    QList<qint64> polled = run.polledMs;
    std::sort(polled.begin(), polled.end());
    QList<qint64> typed = run.typedMs;
    std::sort(typed.begin(), typed.end());
    QList<double> floor;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : SearchTexts)
            floor.append(sqliteShellMs(full + QStringLiteral("/library.sqlite"), text));
    }
    std::sort(floor.begin(), floor.end());

#ifdef NDEBUG
    out() << "build: optimised (NDEBUG)" << Qt::endl;
#else
    out() << "build: debug" << Qt::endl;
#endif
    out() << "load average (1, 5, 15 min): " << loadBefore << " before, " << loadAverage()
          << " after" << Qt::endl;
    out() << "stories: " << stories << Qt::endl;
    out() << "first page painted: " << run.firstPageMs << " ms (" << run.thumbnailsRequested
          << " thumbnails requested)" << Qt::endl;
    out() << "search applied: median " << search.value(search.size() / 2) << " ms, max "
          << (search.isEmpty() ? -1 : search.last()) << " ms over " << search.size() << " searches"
          << Qt::endl;
    out() << "search applied, polled every 10 ms: median " << polled.value(polled.size() / 2)
          << " ms, max " << (polled.isEmpty() ? -1 : polled.last()) << " ms over " << polled.size()
          << Qt::endl;
    out() << "typed search (\"mishap\" letter by letter) applied: median "
          << typed.value(typed.size() / 2) << " ms, max " << (typed.isEmpty() ? -1 : typed.last())
          << " ms over " << typed.size() << Qt::endl;
    if (!floor.isEmpty() && floor.constFirst() >= 0)
        out() << "floor, sqlite3 shell, same page, snippet and count queries: median "
              << floor.value(floor.size() / 2) << " ms, max " << floor.last() << " ms over "
              << floor.size() << Qt::endl;
    else
        out() << "floor: sqlite3 shell not available" << Qt::endl;
    out() << "VmRSS empty library, shown: " << baseline.rssShownKb / 1024 << " MB" << Qt::endl;
    out() << "VmRSS " << stories << " stories, shown: " << run.rssShownKb / 1024 << " MB"
          << Qt::endl;
    out() << "VmRSS after scrolling " << run.rows
          << " rows to the end: " << run.rssScrolledKb / 1024 << " MB (+"
          << (run.rssScrolledKb - baseline.rssShownKb) / 1024
          << " MB; thumbnails in memory: " << run.lruBytes / (1024 * 1024) << " MB)" << Qt::endl;
    return 0;
}
