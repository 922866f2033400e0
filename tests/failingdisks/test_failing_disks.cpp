// SPDX-License-Identifier: GPL-3.0-or-later
// Running out of space for real, on a small tmpfs: every failure is
// reported in words (what the errno means, and the file), nothing saved
// earlier is lost or disowned, and the library passes its check afterwards.
#include "export/exporter.h"
#include "export/exportsink.h"
#include "library/backup.h"
#include "library/library.h"
#include "librarytestsupport.h"
#include "media/mediastore.h"
#include "smalldisk.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Spill;

namespace {

#define SKIP_WITHOUT_MOUNT(disk)                                                                   \
    if (!(disk).mounted()) {                                                                       \
        WARN("skipped: " << (disk).reason().toStdString());                                        \
        return;                                                                                    \
    }

// Reopens the library from disk and runs its check.
void checkLibraryAfterwards(const QString &folder)
{
    OpenResult reopened = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
    INFO(reopened.error.toStdString());
    REQUIRE(reopened);
    const CheckResult check = reopened.library->check();
    INFO(check.report.toStdString());
    CHECK(check.ok);
}

} // namespace

TEST_CASE("A full disk during a story save", "[failing_disks]")
{
    Test::SmallDisk disk(1024);
    SKIP_WITHOUT_MOUNT(disk);
    const QString folder = disk.filePath(QStringLiteral("library"));
    qint64 id = 0;
    {
        OpenResult opened = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
        REQUIRE(opened);
        Library &library = *opened.library;
        id = library.createStory(Test::sampleStory(QStringLiteral("Saved before")));
        REQUIRE(id > 0);
        REQUIRE(library.saveRevision(id, QStringLiteral("first")) > 0);
        REQUIRE(disk.fill());

        SECTION("failure: the autosave's write reports the disk and keeps the saved text")
        {
            Story changed = *library.story(id);
            changed.title = QStringLiteral("Typed on a full disk");
            changed.beat(Beat::Intended) = QString(200000, u'w');
            CHECK_FALSE(library.saveStory(changed));
            INFO(library.lastError().toStdString());
            CHECK(Test::saysDiskIsFull(library.lastError()));
            CHECK(library.lastError().contains(QDir::toNativeSeparators(library.databasePath())));
        }
        SECTION("failure: a revision save reports the disk and keeps the earlier revisions")
        {
            Story changed = *library.story(id);
            changed.beat(Beat::Intended) = QString(200000, u'r');
            CHECK_FALSE(library.saveStory(changed, QStringLiteral("big change")));
            CHECK(library.saveRevision(id, QStringLiteral("on a full disk")) == 0);
            INFO(library.lastError().toStdString());
            CHECK(Test::saysDiskIsFull(library.lastError()));
        }
    }
    disk.makeRoom();
    checkLibraryAfterwards(folder);
    OpenResult reopened = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
    REQUIRE(reopened);
    const auto story = reopened.library->story(id);
    REQUIRE(story.has_value());
    CHECK(story->title == u"Saved before");
    CHECK(reopened.library->revisions(id).size() >= 1);
}

TEST_CASE("A full disk on the first run", "[failing_disks]")
{
    Test::SmallDisk disk(1024);
    SKIP_WITHOUT_MOUNT(disk);
    const QString folder = disk.filePath(QStringLiteral("library"));
    REQUIRE(disk.fill());
    {
        // What the window shows on its first run (openLibraryAsking() puts
        // this error in its question, with "Choose Another Folder…").
        const OpenResult opened = Library::open(folder, OpenMode::ReadWrite);
        CHECK_FALSE(opened);
        INFO(opened.error.toStdString());
        CHECK(Test::saysDiskIsFull(opened.error));
        CHECK(opened.error.contains(QDir::toNativeSeparators(folder)));
    }
    // Nothing half-made stands in the way once there is room.
    disk.makeRoom();
    OpenResult again = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
    INFO(again.error.toStdString());
    REQUIRE(again);
    CHECK(again.library->createStory(Test::sampleStory(QStringLiteral("First"))) > 0);
}

TEST_CASE("A full disk during the daily backup", "[failing_disks]")
{
    Test::SmallDisk disk(4096);
    SKIP_WITHOUT_MOUNT(disk);
    const QString folder = disk.filePath(QStringLiteral("library"));
    {
        OpenResult opened = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
        REQUIRE(opened);
        for (int i = 0; i < 5; ++i)
            REQUIRE(opened.library->createStory(
                        Test::sampleStory(QStringLiteral("Story %1").arg(i))) > 0);
        REQUIRE(disk.fill());
        QString error;
        CHECK_FALSE(Library::backupIfDue(opened.library->handle(), &error));
        INFO(error.toStdString());
        CHECK(Test::saysDiskIsFull(error));
        CHECK(error.contains(QDir::toNativeSeparators(folder)));
        // No half-written backup is left to count as one.
        for (const QString &file : Backup::backupFiles(folder))
            CHECK_FALSE(file.endsWith(u".partial"));
        const QStringList leftovers = QDir(QDir(folder).filePath(QStringLiteral("backups")))
                                          .entryList({QStringLiteral("*.partial")});
        CHECK(leftovers.isEmpty());
    }
    disk.makeRoom();
    checkLibraryAfterwards(folder);
}

TEST_CASE("A full disk during a media import", "[failing_disks]")
{
    QTemporaryDir source;
    REQUIRE(source.isValid());
    const QString photo = source.filePath(QStringLiteral("big.png"));
    // Noise does not compress: about 1.4 MB of PNG.
    QImage image(700, 700, QImage::Format_RGB32);
    QRandomGenerator random(17);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, random.generate() | 0xFF000000u);
    REQUIRE(image.save(photo, "PNG", 100));
    REQUIRE(QFileInfo(photo).size() > 600 * 1024);

    Test::SmallDisk disk(512);
    SKIP_WITHOUT_MOUNT(disk);
    const QString folder = disk.filePath(QStringLiteral("library"));
    REQUIRE(QDir().mkpath(QDir(folder).filePath(QStringLiteral("media"))));
    const ImportedMedia imported = MediaStore(folder).import(photo);
    INFO(imported.error.toStdString());
    CHECK_FALSE(imported.ok());
    CHECK(imported.error.contains(u"big.png"));
    CHECK(imported.error.contains(Test::noSpaceText()));
    CHECK_FALSE(imported.error.contains(u"Unknown error"));
    // Nothing half-copied is left in the store.
    CHECK(QDir(QDir(folder).filePath(QStringLiteral("media")))
              .entryList(QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("A full disk during an export", "[failing_disks]")
{
    Test::SmallDisk disk(512);
    SKIP_WITHOUT_MOUNT(disk);
    const QString out = disk.filePath(QStringLiteral("site"));
    const auto exporter = exporterFor(ExportFormat::Markdown);
    ExportInput first {Test::sampleStory(QStringLiteral("Exported before")), {}};
    first.story.slug = QStringLiteral("exported-before");
    first.story.media.clear();
    QStringList firstFiles;
    {
        DirectorySink sink(out);
        const ExportResult result = exporter->exportStory(first, {}, sink);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        REQUIRE(sink.finish().isEmpty());
        firstFiles = result.files;
    }
    REQUIRE(disk.fill());
    {
        ExportInput second {Test::sampleStory(QStringLiteral("Exported on a full disk")), {}};
        second.story.slug = QStringLiteral("exported-on-a-full-disk");
        second.story.media.clear();
        second.story.beat(Beat::Intended) = QString(300000, u'e');
        DirectorySink sink(out);
        const ExportResult result = exporter->exportStory(second, {}, sink);
        const QString finished = sink.finish();
        const QString error = result.ok() ? finished : result.error;
        INFO(error.toStdString());
        CHECK_FALSE(error.isEmpty());
        CHECK(error.contains(Test::noSpaceText()));
    }
    disk.makeRoom();
    // The earlier export is still Spill's: exporting it again may overwrite it.
    const QByteArray manifest = Test::fileBytes(QDir(out).filePath(DirectorySink::manifestName()));
    for (const QString &file : firstFiles)
        CHECK(manifest.contains(file.toUtf8()));
    DirectorySink again(out);
    const ExportResult result = exporter->exportStory(first, {}, again);
    INFO(result.error.toStdString());
    CHECK(result.ok());
    CHECK(again.finish().isEmpty());
}

TEST_CASE("A full disk while a clip is remuxed into an export", "[failing_disks]")
{
    Test::SmallDisk disk(512);
    SKIP_WITHOUT_MOUNT(disk);
    // About 2 MB of noisy pictures: more than the disk holds.
    QTemporaryDir source;
    REQUIRE(source.isValid());
    const QString clip = source.filePath(QStringLiteral("noise.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                  QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                  QStringLiteral("-i"),
                  QStringLiteral("testsrc=size=640x480:rate=25:duration=0.4,noise=alls=80:allf=t"),
                  QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                  QStringLiteral("ultrafast"), QStringLiteral("-qp"), QStringLiteral("10"),
                  QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip});
    REQUIRE(ffmpeg.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(ffmpeg.readAllStandardError()).toStdString());
    REQUIRE(ffmpeg.exitCode() == 0);
    REQUIRE(QFileInfo(clip).size() > 1024 * 1024);

    ExportInput input {Test::sampleStory(QStringLiteral("A clip on a full disk")),
                       [](const MediaItem &item) {
                           return MediaSource {item.file, {}};
                       }};
    input.story.slug = QStringLiteral("clip-on-a-full-disk");
    MediaItem item;
    item.file = clip;
    item.kind = MediaKind::Video;
    item.role = MediaRole::Reality;
    input.story.media = {item};
    const QString out = disk.filePath(QStringLiteral("site"));
    DirectorySink sink(out);
    const ExportResult result = exporterFor(ExportFormat::Hugo)->exportStory(input, {}, sink);
    INFO(result.error.toStdString());
    REQUIRE_FALSE(result.ok());
    const QString folder = out + QStringLiteral("/content/posts/clip-on-a-full-disk");
    CHECK(result.error.contains(QStringLiteral("A clip on a full disk")));
    // The file that could not be written is named, not the clip read: the
    // disk that is full is the output's.
    CHECK(result.error.contains(
        QStringLiteral("Cannot write %1/01-reality.mp4: %2").arg(folder, Test::noSpaceText())));
    CHECK_FALSE(result.error.contains(clip));
    // Neither the clip nor a piece of it is left behind.
    CHECK(
        QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("mp4")).isEmpty());
    CHECK(QDir(folder)
              .entryList(QDir::Files | QDir::Hidden)
              .filter(QStringLiteral(".spill-"))
              .isEmpty());
}
