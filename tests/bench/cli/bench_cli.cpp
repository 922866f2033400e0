// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line benchmark: whole `spill` processes against the sqlite3 shell
// doing the same work, measured in the same run on the same files, and
// pathological stories. Prints Markdown tables for docs/performance.md.
//
//   bench_cli SPILL [--dir DIR] [--runs N] [--only PART] [SIZE...]  (default size: 100000)
//
// SPILL is the spill program. PART runs one part alone: library (list,
// search, --version), repetition (a story repeating "burnt") or
// pathological (10 MB stories). With --dir, generated libraries are kept in DIR
// (library-SIZE, as bench_library names them) and reused by later runs.
#include "library/librarylocation.h"
#include "library/search.h"
#include "librarygenerator.h"
#include "storygenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Spill;

namespace {

struct Run
{
    double ms = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

// One whole process, its output thrown away: wall time and peak memory.
Run runProcess(const QStringList &command, const QString &input = {})
{
    std::vector<QByteArray> storage;
    for (const QString &part : command)
        storage.push_back(part.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);
    const QByteArray inputPath = input.toLocal8Bit();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        const int in = inputPath.isEmpty() ? null : ::open(inputPath.constData(), O_RDONLY);
        ::dup2(in, 0);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage {};
    ::wait4(pid, &status, 0, &usage);
    Run run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.maxRssKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// The median of `runs` runs, after one to warm the page cache.
Run median(const QStringList &command, int runs)
{
    runProcess(command);
    std::vector<Run> all;
    for (int i = 0; i < runs; ++i)
        all.push_back(runProcess(command));
    std::sort(all.begin(), all.end(), [](const Run &a, const Run &b) { return a.ms < b.ms; });
    return all.at(all.size() / 2);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0) + QStringLiteral(" ms");
}

void compare(const char *what, int size, const Run &spill, const Run &shell, double limit)
{
    const double ratio = spill.ms / shell.ms;
    std::printf("| %s | %d | %s | %s | %.2f | %s |\n", what, size, qPrintable(ms(spill.ms)),
                qPrintable(ms(shell.ms)), ratio,
                spill.exitCode != 0 ? "FAILED" : (ratio <= limit ? "within" : "OVER"));
    std::fflush(stdout);
}

// The columns `spill list` prints, in its order.
const char ListSql[] = "SELECT slug, status, updated, title FROM stories "
                       "WHERE trashed_at IS NULL ORDER BY updated DESC;";

// The ranked FTS5 query with the snippets and the details `spill search`
// prints, as one statement.
QString searchSql(const QString &word)
{
    QString match = toFtsQuery(word);
    match.replace(u'\'', QStringLiteral("''"));
    return QStringLiteral(
               "SELECT s.slug, s.title, s.dish, snippet(story_search, -1, char(2), char(3), "
               "'…', 16) FROM story_search f JOIN stories s ON s.id = f.rowid "
               "WHERE story_search MATCH '%1' AND s.trashed_at IS NULL ORDER BY rank LIMIT 20;")
        .arg(match);
}

void benchmarkLibrary(const QString &spill, const QString &folder, int size, int runs)
{
    const QString database = libraryDatabasePath(folder);
    const QStringList lib = {spill, QStringLiteral("--library"), folder};
    compare("list", size, median(lib + QStringList {QStringLiteral("list")}, runs),
            median({QStringLiteral("sqlite3"), database, QString::fromLatin1(ListSql)}, runs), 2.0);
    for (const QString &word :
         {Bench::StoryGenerator::rareWord(), Bench::StoryGenerator::commonWord()}) {
        const QByteArray what = (QStringLiteral("search ") + word).toUtf8();
        compare(what.constData(), size,
                median(lib + QStringList {QStringLiteral("search"), word}, runs),
                median({QStringLiteral("sqlite3"), database, searchSql(word)}, runs), 1.5);
    }
    compare("--version", 0, median({spill, QStringLiteral("--version")}, runs),
            median({QStringLiteral("sqlite3"), QStringLiteral("--version")}, runs), 1.5);
}

QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += '\\' + QString(c).toUtf8();
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUtf8();
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

bool writeStory(const QString &path, const QString &title, const QString &wentWrong)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("{\"format\": \"spill-story/1\", \"title\": " + jsonString(title) +
               ", \"beats\": {\"intended\": \"a\", \"went_wrong\": " + jsonString(wentWrong) +
               ", \"salvage\": \"c\", \"lesson\": \"d\", \"call_to_action\": \"e\"}}");
    return true;
}

// Search over one story whose beat repeats the searched word: the time per
// megabyte must not grow with the size.
void benchmarkRepetition(const QString &spill, const QString &dir, int runs)
{
    std::printf("\n| story repeating \"burnt\" | search | per MB |\n| --- | --- | --- |\n");
    for (const int kb : {25, 100, 400, 2500}) {
        const QString folder = QDir(dir).filePath(QStringLiteral("repeat-%1").arg(kb));
        const QString json = folder + QStringLiteral(".json");
        if (!QFileInfo::exists(libraryDatabasePath(folder))) {
            writeStory(json, QStringLiteral("Ash"),
                       QStringLiteral("burnt ").repeated(kb * 1024 / 6));
            runProcess(
                {spill, QStringLiteral("--library"), folder, QStringLiteral("import"), json});
        }
        const Run run = median({spill, QStringLiteral("--library"), folder,
                                QStringLiteral("search"), QStringLiteral("burnt")},
                               runs);
        std::printf("| %d KB | %s | %s |\n", kb, qPrintable(ms(run.ms)),
                    qPrintable(ms(run.ms * 1024 / kb)));
        std::fflush(stdout);
    }
}

// A 10 MB story of each pathological shape, imported and exported to HTML
// and Hugo: time and peak memory of each whole process.
void benchmarkPathological(const QString &spill, const QString &dir)
{
    struct Shape
    {
        const char *name;
        QString unit;
        QString tail;
    };
    const QList<Shape> shapes = {
        {"prose", QStringLiteral("The oven was far too hot and the top burnt. "), {}},
        {"table row of pipes", QStringLiteral("|"), QStringLiteral("\n|-|-|\n")},
        {"*a*", QStringLiteral("*a*"), {}},
        {"a + line break", QStringLiteral("a\n"), {}},
        {"a + blank line", QStringLiteral("a\n\n"), {}},
        {"[", QStringLiteral("["), {}},
        {"<a", QStringLiteral("<a"), {}},
        {"`a", QStringLiteral("`a"), {}},
        {"> (quote depth)", QStringLiteral(">"), QStringLiteral(" a\n")},
        {"- list items", QStringLiteral("- a\n"), {}},
        {"e-mail addresses", QStringLiteral("a@b.cd "), {}},
        {"e-mail addresses, no space", QStringLiteral("a@b.cd"), {}},
        {"& ", QStringLiteral("& "), {}},
        {"backslashes", QStringLiteral("\\"), {}},
        {"www.a.bc", QStringLiteral("www.a.bc "), {}},
        {"~~~ lines", QStringLiteral("~~~\n"), {}},
        {"&#38;", QStringLiteral("&#38;"), {}},
        {"{", QStringLiteral("{"), {}},
        {"tables under a 250-column header",
         QStringLiteral("|a").repeated(250) + QStringLiteral("|\n") +
             QStringLiteral("|-").repeated(250) + QStringLiteral("|\n") +
             QStringLiteral("a\n").repeated(2000) + u'\n',
         {}},
        {"lists nested 1,000 deep",
         QStringLiteral("- ").repeated(1000) + QStringLiteral("a\n\n"),
         {}},
    };
    constexpr int Bytes = 10 * 1024 * 1024;
    std::printf("\n| 10 MB story | import | export html | export hugo | peak memory |\n"
                "| --- | --- | --- | --- | --- |\n");
    for (const Shape &shape : shapes) {
        QTemporaryDir temp(QDir(dir).filePath(QStringLiteral("shape-XXXXXX")));
        const QString json = temp.filePath(QStringLiteral("story.json"));
        writeStory(json, QString::fromLatin1(shape.name),
                   shape.unit.repeated((Bytes - shape.tail.size()) / shape.unit.size()) +
                       shape.tail);
        const QString folder = temp.filePath(QStringLiteral("library"));
        const QStringList lib = {spill, QStringLiteral("--library"), folder};
        const Run imported = runProcess(lib + QStringList {QStringLiteral("import"), json});
        Run exports[2];
        int i = 0;
        for (const QString &format : {QStringLiteral("html"), QStringLiteral("hugo")}) {
            exports[i++] =
                runProcess(lib +
                           QStringList {QStringLiteral("export"), QStringLiteral("--format"),
                                        format, QStringLiteral("--out"), temp.filePath(format),
                                        QStringLiteral("--all")});
        }
        const long peak =
            std::max({imported.maxRssKb, exports[0].maxRssKb, exports[1].maxRssKb}) / 1024;
        const auto cell = [](const Run &run) {
            return run.exitCode == 0 ? ms(run.ms) : QStringLiteral("failed (%1)").arg(run.exitCode);
        };
        std::printf("| %s | %s | %s | %s | %ld MB |\n", shape.name, qPrintable(cell(imported)),
                    qPrintable(cell(exports[0])), qPrintable(cell(exports[1])), peak);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr,
                     "usage: bench_cli SPILL [--dir DIR] [--runs N] "
                     "[--only library|repetition|pathological] [SIZE...]\n");
        return 2;
    }
    const QString spill = QFileInfo(args.first()).absoluteFilePath();
    QString dir;
    QString only;
    int runs = 9;
    QList<int> sizes;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--dir") && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == QStringLiteral("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QStringLiteral("--only") && i + 1 < args.size())
            only = args.at(++i);
        else
            sizes.append(args.at(i).toInt());
    }
    if (sizes.isEmpty())
        sizes = {100000};
    QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();

    const auto wanted = [&](const char *part) {
        return only.isEmpty() || only == QLatin1String(part);
    };
    if (wanted("library"))
        std::printf("| command | stories | spill | sqlite3 shell | ratio | goal |\n"
                    "| --- | --- | --- | --- | --- | --- |\n");
    for (int size : wanted("library") ? sizes : QList<int>()) {
        const QString folder = QDir(dir).filePath(QStringLiteral("library-%1").arg(size));
        if (!QFileInfo::exists(libraryDatabasePath(folder)) &&
            !Bench::generateLibrary(folder, size))
            return 1;
        benchmarkLibrary(spill, folder, size, runs);
    }
    if (wanted("repetition"))
        benchmarkRepetition(spill, dir, runs);
    if (wanted("pathological"))
        benchmarkPathological(spill, dir);
    return 0;
}
