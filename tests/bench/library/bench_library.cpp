// SPDX-License-Identifier: GPL-3.0-or-later
// Library benchmark: generates libraries of realistic stories and times
// opening, the first gallery page, search, and the autosave write. Prints a
// Markdown table for docs/performance.md.
//
//   bench_library [--dir DIR] [--runs N] [SIZE...]     (default sizes: 10000 100000)
//
// With --dir, generated libraries are kept in DIR and reused by later runs.
#include "library/autosaver.h"
#include "library/library.h"
#include "library/librarylocation.h"
#include "library/search.h"
#include "library/sqlsupport.h"
#include "library/storyrows.h"
#include "librarygenerator.h"
#include "storygenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Spill;

namespace {

struct Stats
{
    double p50 = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        const auto i = static_cast<std::size_t>(std::ceil(q * static_cast<double>(ms.size()))) - 1;
        return ms.at(std::min(i, ms.size() - 1));
    };
    return {at(0.5), at(0.95)};
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void row(const char *what, int size, const QString &value)
{
    std::printf("| %s | %d | %s |\n", what, size, qPrintable(value));
    std::fflush(stdout);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString p50p95(const Stats &s)
{
    return QStringLiteral("p50 %1, p95 %2").arg(ms(s.p50), ms(s.p95));
}

// The ranked query search() runs, as the sqlite3 shell would run it.
QString shellQuery(const QString &word)
{
    QString match = toFtsQuery(word);
    match.replace(u'\'', QStringLiteral("''"));
    return QStringLiteral("SELECT rowid, rank, snippet(story_search, -1, char(2), char(3), "
                          "'…', 16) FROM story_search WHERE story_search MATCH '%1' "
                          "AND rowid NOT IN (SELECT id FROM stories WHERE trashed_at IS NOT NULL) "
                          "ORDER BY rank LIMIT 20;")
        .arg(match);
}

// The shell's own timer (.timer on) for each of `runs` executions in one
// process, and the wall time of a whole `sqlite3 FILE QUERY` process.
std::pair<Stats, Stats> shellTimes(const QString &database, const QString &query, int runs)
{
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (int i = 0; i < runs; ++i)
        script += query + u'\n';
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {database});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    std::vector<double> inShell;
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    const QString output =
        QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    for (auto it = timer.globalMatch(output); it.hasNext();)
        inShell.push_back(it.next().captured(1).toDouble() * 1000);

    std::vector<double> wall;
    for (int i = 0; i < 10; ++i) {
        QProcess once;
        QElapsedTimer t;
        t.start();
        once.start(QStringLiteral("sqlite3"), {database, query});
        once.waitForFinished(-1);
        wall.push_back(elapsedMs(t));
    }
    return {stats(inShell), stats(wall)};
}

void benchmark(const QString &folder, int size, int runs)
{
    const QString database = libraryDatabasePath(folder);
    {
        // No backup yet today: this open writes one.
        QDir(QDir(folder).filePath(QString::fromLatin1(LibraryBackupFolderName)))
            .removeRecursively();
        QElapsedTimer t;
        t.start();
        const OpenResult first = Library::open(folder);
        row("first open of the day (with VACUUM INTO backup)", size, ms(elapsedMs(t)));
    }

    std::vector<double> openTimes, pageTimes, totalTimes;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        OpenResult result = Library::open(folder);
        const double opened = elapsedMs(t);
        StoryQuery query;
        query.limit = 50;
        const QList<StorySummary> page = result.library->listStories(query);
        const std::optional<int> count = result.library->countStories(query);
        const double total = elapsedMs(t);
        if (page.size() != 50 || count != size)
            std::fprintf(stderr, "unexpected page: %lld of %d\n",
                         static_cast<long long>(page.size()), count.value_or(-1));
        openTimes.push_back(opened);
        pageTimes.push_back(total - opened);
        totalTimes.push_back(total);
    }
    row("open", size, p50p95(stats(openTimes)));
    row("first page (50 summaries + count)", size, p50p95(stats(pageTimes)));
    row("open + first page", size, p50p95(stats(totalTimes)));

    OpenResult result = Library::open(folder);
    Library &library = *result.library;
    for (const QString &word :
         {Bench::StoryGenerator::rareWord(), Bench::StoryGenerator::commonWord()}) {
        const int matches = library.search(word, size)->size();
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            library.search(word, 20);
            times.push_back(elapsedMs(t));
        }
        const QString label = QStringLiteral("search \"%1\" (%2 matches, %3%)")
                                  .arg(word)
                                  .arg(matches)
                                  .arg(100.0 * matches / size, 0, 'f', 0);
        row(qPrintable(label), size, p50p95(stats(times)));
        const auto [inShell, wall] = shellTimes(database, shellQuery(word), qMin(runs, 50));
        row(qPrintable(QStringLiteral("sqlite3 shell, same query: .timer / whole process")), size,
            QStringLiteral("%1 / %2").arg(p50p95(inShell), p50p95(wall)));
    }

    std::vector<double> saves;
    Story story = *library.story(size / 2);
    for (int i = 0; i < 50; ++i) {
        story.beat(Beat::Lesson) += QStringLiteral(" more");
        QElapsedTimer t;
        t.start();
        library.saveStory(story);
        saves.push_back(elapsedMs(t));
    }
    row("autosave write of one story (saveStory, synchronous=FULL)", size, p50p95(stats(saves)));

    // The same write without waiting for the disk: what the code itself costs.
    std::vector<double> unsynced;
    {
        const QString name = QStringLiteral("bench-unsynced");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(database);
            QString error;
            db.open();
            Sql::exec(db, QStringLiteral("PRAGMA synchronous = OFF"), {}, &error);
            for (int i = 0; i < 50; ++i) {
                story.beat(Beat::Lesson) += QStringLiteral(" more");
                QElapsedTimer t;
                t.start();
                Sql::Transaction transaction(db);
                if (!transaction.begin(&error) ||
                    !StoryRows::write(db, story, QDateTime::currentDateTimeUtc(), &error) ||
                    !transaction.commit(&error))
                    std::fprintf(stderr, "write failed: %s\n", qPrintable(error));
                unsynced.push_back(elapsedMs(t));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    row("the same write with synchronous=OFF (no fsync)", size, p50p95(stats(unsynced)));

    std::vector<double> flushes;
    {
        Autosaver saver(library.handle());
        for (int i = 0; i < 30; ++i) {
            story.beat(Beat::Lesson) += QStringLiteral(" again");
            QElapsedTimer t;
            t.start();
            saver.update(story);
            saver.flush();
            flushes.push_back(elapsedMs(t));
        }
    }
    row("Autosaver update + flush round trip", size, p50p95(stats(flushes)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString dir;
    int runs = 200;
    QList<int> sizes;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--dir") && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == QStringLiteral("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else
            sizes.append(args.at(i).toInt());
    }
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();

    std::printf("| measure | stories | time |\n| --- | --- | --- |\n");
    for (int size : sizes) {
        const QString folder = QDir(dir).filePath(QStringLiteral("library-%1").arg(size));
        if (!QFileInfo::exists(libraryDatabasePath(folder))) {
            QElapsedTimer t;
            t.start();
            if (!Bench::generateLibrary(folder, size))
                return 1;
            std::fprintf(stderr, "generated %d stories in %.1f s (%lld MB)\n", size,
                         elapsedMs(t) / 1000,
                         QFileInfo(libraryDatabasePath(folder)).size() / (1024 * 1024));
        }
        benchmark(folder, size, runs);
    }
    return 0;
}
