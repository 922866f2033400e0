// SPDX-License-Identifier: GPL-3.0-or-later
// EIO injected with libfiu into the writes and syncs of a story save, an
// export, a media import and the daily backup. These cases run under
// `fiu-run -x` (the test "test_failing_disks: EIO under libfiu"); run
// without libfiu's preload library they skip with a message.
#include "export/exporter.h"
#include "export/exportsink.h"
#include "library/library.h"
#include "librarytestsupport.h"
#include "media/mediastore.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fiu-control.h>

using namespace Spill;

namespace {

// The write and sync entry points SQLite, QFile and QSaveFile use.
constexpr const char *FailurePoints[] = {"posix/io/rw/write", "posix/io/rw/pwrite",
                                         "posix/io/rw/writev", "posix/io/sync/fsync",
                                         "posix/io/sync/fdatasync"};

bool underLibfiu()
{
    return qEnvironmentVariable("LD_PRELOAD").contains(u"fiu_posix_preload");
}

// Makes `point` fail with EIO while alive.
class Fault
{
public:
    explicit Fault(const char *point)
        : m_point(point)
    {
        fiu_enable(m_point, 1, reinterpret_cast<void *>(static_cast<long>(EIO)), 0);
    }
    ~Fault() { fiu_disable(m_point); }
    Fault(const Fault &) = delete;
    Fault &operator=(const Fault &) = delete;

private:
    const char *m_point;
};

// strerror(EIO), or SQLite's own "disk I/O error" for the library's file.
bool saysIoError(const QString &report)
{
    return report.contains(QString::fromLocal8Bit(std::strerror(EIO))) ||
        report.contains(u"I/O error");
}

} // namespace

TEST_CASE("EIO while saving a story", "[failing_disks][eio]")
{
    if (!underLibfiu()) {
        WARN("skipped: run under fiu-run -x to inject EIO");
        return;
    }
    for (const char *point : FailurePoints) {
        INFO(point);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("library"));
        qint64 id = 0;
        {
            OpenResult opened = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
            REQUIRE(opened);
            id = opened.library->createStory(Test::sampleStory(QStringLiteral("Saved before")));
            REQUIRE(id > 0);
            Story changed = *opened.library->story(id);
            changed.title = QStringLiteral("Typed while the disk failed");
            bool saved = true;
            {
                const Fault fault(point);
                saved = opened.library->saveStory(changed, QStringLiteral("edit"));
            }
            if (!saved) {
                INFO(opened.library->lastError().toStdString());
                CHECK(saysIoError(opened.library->lastError()));
                CHECK(opened.library->lastError().contains(
                    QDir::toNativeSeparators(opened.library->databasePath())));
            }
        }
        OpenResult reopened = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
        INFO(reopened.error.toStdString());
        REQUIRE(reopened);
        const auto story = reopened.library->story(id);
        REQUIRE(story.has_value());
        CHECK((story->title == u"Saved before" || story->title == u"Typed while the disk failed"));
        const CheckResult check = reopened.library->check();
        INFO(check.report.toStdString());
        CHECK(check.ok);
    }
}

TEST_CASE("EIO during the daily backup, an import and an export", "[failing_disks][eio]")
{
    if (!underLibfiu()) {
        WARN("skipped: run under fiu-run -x to inject EIO");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString photo = dir.filePath(QStringLiteral("photo.png"));
    REQUIRE(QImage(64, 48, QImage::Format_RGB32).save(photo, "PNG"));

    for (const char *point : FailurePoints) {
        INFO(point);
        QTemporaryDir work;
        REQUIRE(work.isValid());
        const QString folder = work.filePath(QStringLiteral("library"));
        OpenResult opened = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
        REQUIRE(opened);
        REQUIRE(opened.library->createStory(Test::sampleStory()) > 0);

        QString backupError;
        bool backedUp = true;
        {
            const Fault fault(point);
            backedUp = Library::backupIfDue(opened.library->handle(), &backupError);
        }
        if (!backedUp) {
            INFO(backupError.toStdString());
            CHECK(saysIoError(backupError));
        }

        ImportedMedia imported;
        {
            const Fault fault(point);
            imported = MediaStore(folder).import(photo);
        }
        if (!imported.ok()) {
            INFO(imported.error.toStdString());
            CHECK(imported.error.contains(u"photo.png"));
            CHECK(saysIoError(imported.error));
        }

        const QString out = work.filePath(QStringLiteral("site"));
        const auto exporter = exporterFor(ExportFormat::Markdown);
        ExportInput first {Test::sampleStory(QStringLiteral("Exported before")), {}};
        first.story.slug = QStringLiteral("exported-before");
        first.story.media.clear();
        {
            DirectorySink sink(out);
            REQUIRE(exporter->exportStory(first, {}, sink).ok());
            REQUIRE(sink.finish().isEmpty());
        }
        ExportInput second {Test::sampleStory(QStringLiteral("Exported while failing")), {}};
        second.story.slug = QStringLiteral("exported-while-failing");
        second.story.media.clear();
        QString exportError;
        {
            DirectorySink sink(out);
            const Fault fault(point);
            const ExportResult result = exporter->exportStory(second, {}, sink);
            exportError = result.ok() ? sink.finish() : result.error;
        }
        if (!exportError.isEmpty()) {
            INFO(exportError.toStdString());
            CHECK(saysIoError(exportError));
        }
        // The earlier export is still Spill's.
        DirectorySink again(out);
        const ExportResult result = exporter->exportStory(first, {}, again);
        INFO(result.error.toStdString());
        CHECK(result.ok());

        const CheckResult check = opened.library->check();
        INFO(check.report.toStdString());
        CHECK(check.ok);
    }
}
