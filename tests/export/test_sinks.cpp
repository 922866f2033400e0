// SPDX-License-Identifier: GPL-3.0-or-later
// Writing into a real folder: atomic files, no escape, nothing of the
// creator's overwritten, and batches.
#include "export/batchexport.h"
#include "export/exportsink.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    const QDir dir(root);
    for (const QFileInfo &info :
         dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (info.isDir()) {
            for (const QString &inner : filesUnder(info.filePath()))
                files << info.fileName() + u'/' + inner;
        } else {
            files << info.fileName();
        }
    }
    files.sort();
    return files;
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Every entry of a folder, links and pipes too, without following them.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// `count` published stories, "Story 0" onwards, a day apart from 1 January 2026.
QList<ExportInput> datedStories(int count)
{
    QList<ExportInput> stories;
    for (int i = 0; i < count; ++i) {
        ExportInput input = bareStory();
        input.story.title = u"Story %1"_s.arg(i);
        input.story.created = QDateTime(QDate(2026, 1, 1 + i), QTime(12, 0), QTimeZone::utc());
        input.story.status = Status::Published;
        stories << input;
    }
    return stories;
}

} // namespace

TEST_CASE("a directory sink writes only where it may")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString out = temp.filePath(u"out"_s);

    for (auto durability :
         {DirectorySink::Durability::EachFile, DirectorySink::Durability::AtFinish}) {
        DYNAMIC_SECTION("durability " << static_cast<int>(durability))
        {
            SECTION("nominal: files appear complete, in sub-folders, and can be rewritten")
            {
                DirectorySink sink(out, durability);
                CHECK(sink.write(u"a/b/c.txt"_s, "one").isEmpty());
                CHECK(sink.write(u"a/b/c.txt"_s, "two").isEmpty());
                CHECK(sink.finish().isEmpty());
                CHECK(readAll(out + u"/a/b/c.txt"_s) == "two");
                // Nothing half-written is left beside the files.
                CHECK(filesUnder(out) == QStringList {u".spill-export"_s, u"a/b/c.txt"_s});
                // A later export into the same folder may replace its own files.
                DirectorySink again(out, durability);
                CHECK(again.write(u"a/b/c.txt"_s, "three").isEmpty());
                CHECK(again.finish().isEmpty());
                CHECK(readAll(out + u"/a/b/c.txt"_s) == "three");
            }

            SECTION("nominal: without finish() the sink still records its files")
            {
                {
                    DirectorySink sink(out, durability);
                    CHECK(sink.write(u"page.html"_s, "one").isEmpty());
                }
                DirectorySink again(out, durability);
                CHECK(again.write(u"page.html"_s, "two").isEmpty());
            }

            SECTION("robustness: paths that leave the folder are refused")
            {
                DirectorySink sink(out, durability);
                for (const QString &path :
                     {u"../escape.txt"_s, u"/tmp/abs.txt"_s, u"a/../../x"_s, u"a//b"_s, u"./a"_s,
                      u"C:/x"_s, u"a\\..\\x"_s, u".spill-export"_s, u""_s}) {
                    const QString error = sink.write(path, "x");
                    INFO(path.toStdString());
                    CHECK(error.contains(u"Refusing"_s));
                }
                CHECK_FALSE(QFile::exists(temp.filePath(u"escape.txt"_s)));
            }

            SECTION("robustness: a symbolic link inside the folder does not lead out")
            {
                QDir().mkpath(out);
                QDir().mkpath(temp.filePath(u"elsewhere"_s));
                REQUIRE(QFile::link(temp.filePath(u"elsewhere"_s), out + u"/link"_s));
                DirectorySink sink(out, durability);
                CHECK(sink.write(u"link/file.txt"_s, "x").contains(u"outside"_s));
                CHECK_FALSE(QFile::exists(temp.filePath(u"elsewhere/file.txt"_s)));
            }

            SECTION("robustness: files Spill did not write are left alone")
            {
                QDir().mkpath(out + u"/posts"_s);
                QFile mine(out + u"/posts/index.md"_s);
                REQUIRE(mine.open(QIODevice::WriteOnly));
                mine.write("the creator's own page");
                mine.close();
                DirectorySink sink(out, durability);
                const QString error = sink.write(u"posts/index.md"_s, "ours");
                CHECK(error.contains(u"posts/index.md"_s));
                CHECK(readAll(out + u"/posts/index.md"_s) == "the creator's own page");
                CHECK(sink.write(u"posts/other.md"_s, "ours").isEmpty());
                CHECK(sink.finish().isEmpty());
                CHECK(readAll(out + u"/posts/index.md"_s) == "the creator's own page");
            }
        }
    }

    SECTION("robustness: a folder that cannot be created is an error naming it")
    {
        QFile blocker(temp.filePath(u"file"_s));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DirectorySink sink(temp.filePath(u"file/sub"_s));
        CHECK(sink.write(u"x.txt"_s, "x").contains(temp.filePath(u"file/sub"_s)));
    }
}

TEST_CASE("export: a folder that cannot be made says why, once for all the stories")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString file = temp.filePath(u"file"_s);
    writeText(file, "in the way");
    const auto exporter = exporterFor(ExportFormat::Jekyll);
    const QList<ExportInput> stories = datedStories(3);
    std::atomic<bool> cancel {false};

    SECTION("robustness: the output folder is a file")
    {
        DirectorySink sink(file);
        CHECK(sink.write(u"x.txt"_s, "x") ==
              u"Cannot create the folder %1: %2"_s.arg(file, qt_error_string(EEXIST)));
        const BatchResult result = exportBatch(*exporter, stories, {}, sink, {}, cancel);
        CHECK(
            result.errors ==
            QStringList {u"Cannot create the folder %1: %2"_s.arg(file, qt_error_string(EEXIST))});
    }

    SECTION("robustness: the output folder is below a file")
    {
        DirectorySink sink(file + u"/site/blog"_s);
        const QString expected =
            u"Cannot create the folder %1: %2"_s.arg(file + u"/site"_s, qt_error_string(ENOTDIR));
        CHECK(sink.write(u"x.txt"_s, "x") == expected);
        const BatchResult result = exportBatch(*exporter, stories, {}, sink, {}, cancel);
        CHECK(result.errors == QStringList {expected});
    }

    SECTION("robustness: the folder every story writes into is a file")
    {
        const QString out = temp.filePath(u"site"_s);
        REQUIRE(QDir().mkpath(out));
        writeText(out + u"/_posts"_s, "in the way");
        DirectorySink sink(out, DirectorySink::Durability::AtFinish);
        const BatchResult result = exportBatch(*exporter, stories, {}, sink, {}, cancel);
        CHECK(result.exported == 0);
        CHECK(result.errors ==
              QStringList {u"Cannot create the folder %1: %2"_s.arg(out + u"/_posts"_s,
                                                                    qt_error_string(EEXIST))});
    }
}

TEST_CASE("batch export")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    QList<ExportInput> stories = datedStories(5);
    const auto exporter = exporterFor(ExportFormat::Jekyll);

    SECTION("nominal: every story is written, progress counts up, one sync at the end")
    {
        DirectorySink sink(temp.path(), DirectorySink::Durability::AtFinish);
        std::atomic<bool> cancel {false};
        QList<int> seen;
        const BatchResult result = exportBatch(
            *exporter, stories, {}, sink,
            [&](int done, int total) {
                CHECK(total == 5);
                seen << done;
            },
            cancel);
        CHECK(result.ok());
        CHECK(result.exported == 5);
        CHECK(seen == QList<int> {1, 2, 3, 4, 5});
        CHECK(result.files.size() == 5);
        CHECK(QFile::exists(temp.filePath(u"_posts/2026-01-03-story-2.md"_s)));
        CHECK(readAll(temp.filePath(DirectorySink::manifestName())).count('\n') == 5);
    }

    SECTION("nominal: cancelling stops between stories")
    {
        DirectorySink sink(temp.path(), DirectorySink::Durability::AtFinish);
        std::atomic<bool> cancel {false};
        const BatchResult result = exportBatch(
            *exporter, stories, {}, sink,
            [&](int done, int) {
                if (done == 2)
                    cancel = true;
            },
            cancel);
        CHECK(result.cancelled);
        CHECK(result.exported == 2);
        CHECK_FALSE(QFile::exists(temp.filePath(u"_posts/2026-01-03-story-2.md"_s)));
    }

    SECTION("robustness: a failing story or a shared slug does not stop the others")
    {
        stories[1].story.slug = u"story-0"_s;
        stories[3].story.slug = u"Not A Slug"_s;
        MemorySink sink;
        std::atomic<bool> cancel {false};
        const BatchResult result = exportBatch(*exporter, stories, {}, sink, {}, cancel);
        CHECK(result.exported == 3);
        REQUIRE(result.errors.size() == 2);
        CHECK(result.errors.at(0).contains(u"story-0"_s));
        CHECK(result.errors.at(1).contains(u"Not A Slug"_s));
    }
}

TEST_CASE("a story refused for a file in the way writes none of its files")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    REQUIRE(QDir().mkpath(temp.filePath(u"media"_s)));
    const ExportInput souffle = souffleStory(temp.filePath(u"media"_s));
    const QString out = temp.filePath(u"out"_s);
    for (ExportFormat format :
         {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll, ExportFormat::Html}) {
        DYNAMIC_SECTION("robustness: " << exportFormatKey(format).toStdString())
        {
            // Export once elsewhere to learn the post's own file (written last).
            MemorySink memory;
            const ExportResult planned = exporterFor(format)->exportStory(souffle, {}, memory);
            REQUIRE(planned.ok());
            const QString post = planned.files.last();
            QDir().mkpath(QFileInfo(out + u'/' + post).absolutePath());
            QFile mine(out + u'/' + post);
            REQUIRE(mine.open(QIODevice::WriteOnly));
            mine.write("the creator's own file");
            mine.close();
            const QStringList before = filesUnder(out);

            DirectorySink sink(out);
            const ExportResult result = exporterFor(format)->exportStory(souffle, {}, sink);
            CHECK(result.error.contains(u"Spill did not write that file"_s));
            CHECK(result.files.isEmpty());
            CHECK(sink.finish().isEmpty());
            CHECK(filesUnder(out) == before);
            CHECK(readAll(out + u'/' + post) == "the creator's own file");
        }
    }
}

TEST_CASE("a directory sink's list of its files is appended to, never rewritten")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString manifest = temp.filePath(DirectorySink::manifestName());
    {
        DirectorySink sink(temp.path());
        CHECK(sink.write(u"a.txt"_s, "a").isEmpty());
        CHECK(readAll(manifest) == "a.txt\n"); // before finish(): recorded as it is written
    }
    SECTION("robustness: a line cut short by a crash or a full disk claims no file")
    {
        QFile file(manifest);
        REQUIRE(file.open(QIODevice::Append));
        file.write("b.tx"); // "b.txt\n" cut short
        file.close();
        QFile foreign(temp.filePath(u"b.tx"_s));
        REQUIRE(foreign.open(QIODevice::WriteOnly));
        foreign.close();
        DirectorySink sink(temp.path());
        CHECK(sink.write(u"b.tx"_s, "x").contains(u"Spill did not write that file"_s));
        CHECK(sink.write(u"a.txt"_s, "again").isEmpty());
        CHECK(sink.write(u"c.txt"_s, "c").isEmpty());
        CHECK(readAll(manifest) == QByteArray("a.txt\nb.tx\0\nc.txt\n", 18));
        DirectorySink later(temp.path());
        CHECK(later.write(u"b.tx"_s, "x").contains(u"Spill did not write that file"_s));
    }
}

TEST_CASE("export: a ledger that is a link to a file outside the folder is refused, nothing "
          "written outside")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString out = temp.filePath(u"out"_s);
    REQUIRE(QDir().mkpath(out));
    const QString ledger = out + u'/' + DirectorySink::manifestName();
    // Read as the list, the outside file would let Spill overwrite the
    // creator's post.md; written to, it would grow outside the folder.
    const QString outside = temp.filePath(u"outside.txt"_s);
    writeText(outside, "post.md\n");
    writeText(out + u"/post.md"_s, "the creator's own post");

    for (const QString &target : {outside, temp.filePath(u"not-yet.txt"_s)}) {
        DYNAMIC_SECTION("robustness: a link to " << QFileInfo(target).fileName().toStdString())
        {
            REQUIRE(QFile::link(target, ledger));
            for (auto durability :
                 {DirectorySink::Durability::EachFile, DirectorySink::Durability::AtFinish}) {
                DirectorySink sink(out, durability);
                const QString error = sink.write(u"post.md"_s, "ours");
                INFO(error.toStdString());
                CHECK(error.contains(ledger));
                CHECK(error.contains(u"symbolic link"_s));
                CHECK(sink.write(u"other.md"_s, "ours") == error);
            }
            CHECK(readAll(outside) == "post.md\n");
            CHECK_FALSE(QFileInfo::exists(temp.filePath(u"not-yet.txt"_s)));
            CHECK(readAll(out + u"/post.md"_s) == "the creator's own post");
            CHECK(entriesOf(out) == QStringList {u".spill-export"_s, u"post.md"_s});

            // A batch says so once and exports nothing.
            DirectorySink sink(out, DirectorySink::Durability::AtFinish);
            std::atomic<bool> cancel {false};
            QList<ExportInput> stories {bareStory(), bareStory()};
            stories[1].story.title = u"Another"_s;
            const BatchResult result =
                exportBatch(*exporterFor(ExportFormat::Markdown), stories, {}, sink, {}, cancel);
            REQUIRE(result.errors.size() == 1);
            CHECK(result.errors.first().contains(ledger));
            CHECK(result.files.isEmpty());
            CHECK(result.exported == 0);
            CHECK(entriesOf(out) == QStringList {u".spill-export"_s, u"post.md"_s});
        }
    }
}

TEST_CASE("export: a ledger that is a named pipe is refused at once instead of waiting forever")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString out = temp.path();
    const QString ledger = out + u'/' + DirectorySink::manifestName();
    REQUIRE(::mkfifo(QFile::encodeName(ledger).constData(), 0644) == 0);

    DirectorySink sink(out);
    auto pending = std::async(std::launch::async, [&sink] { return sink.write(u"a.md"_s, "x"); });
    if (pending.wait_for(std::chrono::seconds(10)) == std::future_status::timeout) {
        // Be the pipe's other end until the sink gives up, so the test ends
        // (and fails, instead of dying of a write to a pipe just closed).
        std::signal(SIGPIPE, SIG_IGN);
        while (pending.wait_for(std::chrono::milliseconds(100)) == std::future_status::timeout) {
            const int fd = ::open(QFile::encodeName(ledger).constData(), O_RDWR | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        }
        FAIL("the sink waited on the named pipe for someone to open its other end");
    }
    const QString error = pending.get();
    INFO(error.toStdString());
    CHECK(error.contains(ledger));
    CHECK(error.contains(u"named pipe"_s));
    CHECK(entriesOf(out) == QStringList {u".spill-export"_s});
}

TEST_CASE("export: a ledger that is a folder is refused, saying so")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString ledger = temp.filePath(DirectorySink::manifestName());
    REQUIRE(QDir().mkpath(ledger));
    DirectorySink sink(temp.path());
    const QString error = sink.write(u"a.md"_s, "x");
    CHECK(error.contains(ledger));
    CHECK(error.contains(u"is a folder"_s));
    CHECK(entriesOf(temp.path()) == QStringList {u".spill-export"_s});
}
