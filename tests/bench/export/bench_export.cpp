// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark. Usage: bench_export [STORIES [DIR]]   (default 1000, the
// current folder: the file system being measured)
// Prints stories per second for a Hugo batch export (no media) next to the
// floor: the cmark-gfm command rendering the same Markdown, plus writing as
// many files durably (write, fsync, rename). Then times 10 MB of
// pathological Markdown through Spill's renderer.
#include "export/batchexport.h"
#include "export/exportsink.h"
#include "export/markdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Spill;

namespace {

QString paragraph(int seed)
{
    return u"Twenty minutes in I opened the oven *just to check*, number %1. The soufflé folded "
           "in on itself like a **bouncy castle** at closing time; see [the recipe]"
           "(https://example.com/r/%1) or www.example.org. ~~Perfect~~ Flat."_s.arg(seed);
}

QList<ExportInput> makeStories(int count)
{
    QList<ExportInput> stories;
    for (int i = 0; i < count; ++i) {
        Story story;
        story.title = u"Kitchen fail number %1: the soufflé that wasn't"_s.arg(i);
        story.slug = u"kitchen-fail-%1"_s.arg(i);
        story.dish = u"Cheese soufflé"_s;
        story.recipeUrl = u"https://example.com/souffle"_s;
        for (Beat beat : AllBeats)
            story.beat(beat) = paragraph(i) + u"\n\n"_s + paragraph(i + 1) +
                u"\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"_s;
        story.failureKinds = {FailureKind::Collapsed};
        story.tags = {u"baking"_s, u"eggs"_s};
        story.outcome = Outcome::Partly;
        story.status = Status::Published;
        story.created =
            QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()).addDays(i % 300);
        story.updated = story.created.addDays(1);
        stories << ExportInput {story, {}};
    }
    return stories;
}

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// write + fsync + rename, the way a careful program makes one file durable.
double durableWrites(const QString &dir, const QList<QByteArray> &contents)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < contents.size(); ++i) {
        const QByteArray path = QFile::encodeName(dir + u"/f%1.md"_s.arg(i));
        const QByteArray temp = path + ".tmp";
        const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 ||
            ::write(fd, contents.at(i).constData(), static_cast<size_t>(contents.at(i).size())) <
                0 ||
            ::fsync(fd) != 0 || ::close(fd) != 0 ||
            std::rename(temp.constData(), path.constData()) != 0) {
            std::fprintf(stderr, "durable write failed\n");
            return -1;
        }
    }
    return seconds(timer);
}

double runCmark(const QString &inputFile)
{
    const QString cmark = QStandardPaths::findExecutable(u"cmark-gfm"_s);
    if (cmark.isEmpty())
        return -1;
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(
        cmark,
        {u"-e"_s, u"table"_s, u"-e"_s, u"strikethrough"_s, u"-e"_s, u"autolink"_s, inputFile});
    process.waitForFinished(-1);
    return seconds(timer);
}

QString pathological(qsizetype size)
{
    // Each kind of trouble a parser can go quadratic on, repeated to size.
    const QString nesting = QString(u"> "_s).repeated(200) + u"quote\n\n"_s +
        QString(u"- "_s).repeated(200) + u"list\n\n"_s + QString(u"["_s).repeated(2000) +
        u"\n\n"_s + QString(u"*a _b "_s).repeated(2000) + u"\n\n"_s +
        QString(u"**"_s).repeated(2000) + u"\n\n"_s +
        QString(u"[link](https://example.com/x) "_s).repeated(500) + u"\n\n"_s +
        QString(u"<a href='x'>"_s).repeated(300) + u"\n\n"_s + QString(u"| a "_s).repeated(100) +
        u"|\n"_s + QString(u"| --- "_s).repeated(100) + u"|\n"_s +
        QString(u"| x "_s).repeated(100) + u"|\n\n"_s + QString(u"`"_s).repeated(1000) + u"\n\n"_s;
    QString text;
    text.reserve(size + nesting.size());
    while (text.size() < size)
        text += nesting;
    text.truncate(size);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // image plug-ins, as in the app
    const int count = argc > 1 ? std::atoi(argv[1]) : 1000;
    const QString base = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::currentPath();
    QTemporaryDir temp(QDir(base).filePath(u"bench-export-XXXXXX"_s));
    if (!temp.isValid())
        return 1;
    const QList<ExportInput> stories = makeStories(count);
    const auto exporter = exporterFor(ExportFormat::Hugo);
    std::atomic<bool> cancel {false};

    std::printf("Export of %d stories to Hugo (no media), in %s\n", count, qPrintable(temp.path()));
    double batchTime = 0;
    for (auto mode : {DirectorySink::Durability::AtFinish, DirectorySink::Durability::EachFile}) {
        const QString out =
            temp.filePath(mode == DirectorySink::Durability::AtFinish ? u"batch"_s : u"each"_s);
        DirectorySink sink(out, mode);
        QElapsedTimer timer;
        timer.start();
        const BatchResult result = exportBatch(*exporter, stories, {}, sink, {}, cancel);
        const double elapsed = seconds(timer);
        if (!result.ok()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(result.errors.value(0)));
            return 1;
        }
        if (mode == DirectorySink::Durability::AtFinish)
            batchTime = elapsed;
        std::printf("  spill, %-28s %8.3f s  %8.0f stories/s\n",
                    mode == DirectorySink::Durability::AtFinish ? "one sync at the end:"
                                                                : "fsync per file (QSaveFile):",
                    elapsed, count / elapsed);
    }

    // The floor: the same Markdown through the cmark-gfm command, and as many
    // files written durably one by one.
    QByteArray allMarkdown;
    QList<QByteArray> files;
    for (const ExportInput &input : stories) {
        QByteArray one;
        for (Beat beat : AllBeats)
            one += input.story.beat(beat).toUtf8() + "\n\n";
        allMarkdown += one;
        files << one;
    }
    const QString markdownFile = temp.filePath(u"all.md"_s);
    {
        QFile file(markdownFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(allMarkdown) != allMarkdown.size())
            return 1;
    }
    const double cmarkTime = runCmark(markdownFile);
    QDir().mkpath(temp.filePath(u"floor"_s));
    const double writeTime = durableWrites(temp.filePath(u"floor"_s), files);
    const double floor = cmarkTime + writeTime;
    std::printf("  floor: cmark-gfm %.3f s + %d durable writes %.3f s = %.3f s  %8.0f stories/s\n",
                cmarkTime, count, writeTime, floor, count / floor);
    std::printf("  spill batch / floor: %.2fx\n", batchTime / floor);

    // Pathological input, and ordinary prose of the same size for scale:
    // the times should grow in proportion to the size (no quadratic case).
    std::printf("\nMarkdown rendering (Spill's markdownToHtml and sanitizedMarkdown, and the "
                "cmark-gfm command)\n");
    for (const qsizetype megabytes : {1, 10}) {
        const qsizetype size = megabytes * 1024 * 1024;
        QString prose;
        while (prose.size() < size)
            prose += paragraph(static_cast<int>(prose.size())) + u"\n\n"_s;
        prose.truncate(size);
        for (const auto &[kind, text] :
             {std::pair<const char *, QString> {"pathological", pathological(size)},
              {"prose", prose}}) {
            QElapsedTimer timer;
            timer.start();
            markdownToHtml(text);
            const double html = seconds(timer);
            timer.restart();
            sanitizedMarkdown(text);
            const double markdown = seconds(timer);
            const QString file = temp.filePath(u"input.md"_s);
            {
                QFile out(file);
                const QByteArray bytes = text.toUtf8();
                if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                    return 1;
            }
            std::printf(
                "  %2lld MB %-13s html %7.3f s   markdown %7.3f s   cmark-gfm command %7.3f s\n",
                static_cast<long long>(megabytes), kind, html, markdown, runCmark(file));
        }
    }
    return 0;
}
