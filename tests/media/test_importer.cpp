// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/mediaimporter.h"
#include "media/thumbnailcache.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Spill;

TEST_CASE("Batch import", "[media][importer]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString library = dir.filePath(QStringLiteral("library"));
    const VideoProber prober(QStringLiteral(SPILL_PROBE_TEST_HOST), {QStringLiteral("__probe")});
    const auto source = [&dir](const QString &name) { return dir.filePath(name); };

    SECTION("nominal and robustness: bad files fail alone, the others import")
    {
        QStringList paths;
        for (int i = 0; i < 6; ++i) {
            const QString name = QStringLiteral("photo%1.jpg").arg(i);
            QImage image = Test::quadrantImage(QSize(320 + i, 240));
            REQUIRE(Test::writeFile(source(name), Test::encode(image, "JPEG")));
            paths << source(name);
        }
        REQUIRE(Test::writeFile(source(QStringLiteral("empty.png")), {}));
        REQUIRE(Test::writeFile(source(QStringLiteral("notes.jpg")), "eggs, flour"));
        REQUIRE(Test::writeFile(source(QStringLiteral("gone.jpg")),
                                Test::encode(QImage(8, 8, QImage::Format_RGB32), "JPEG")));
        paths << source(QStringLiteral("empty.png")) << source(QStringLiteral("notes.jpg"))
              << source(QStringLiteral("gone.jpg"));
        // The file vanishes between the listing and the import.
        REQUIRE(QFile::remove(source(QStringLiteral("gone.jpg"))));

        ThumbnailCache thumbnails(library, prober);
        MediaImporter importer(MediaStore(library, prober), &thumbnails);
        importer.setThumbnailSize(128);
        QSignalSpy progress(&importer, &MediaImporter::progress);
        QSignalSpy finished(&importer, &MediaImporter::finished);
        importer.start(paths);
        CHECK(importer.isRunning());
        REQUIRE(finished.wait(60000));
        CHECK_FALSE(importer.isRunning());
        CHECK(progress.size() == paths.size());
        CHECK(progress.last().at(0).toInt() == paths.size());
        CHECK(progress.last().at(1).toInt() == paths.size());

        const auto results = finished.first().first().value<QList<ImportedMedia>>();
        REQUIRE(results.size() == paths.size());
        for (int i = 0; i < 6; ++i) {
            INFO(results.at(i).error.toStdString());
            CHECK(results.at(i).ok());
            CHECK(results.at(i).sourcePath == paths.at(i));
            CHECK(results.at(i).width == 320 + i);
            CHECK(QFileInfo::exists(thumbnails.cachePath(results.at(i).hash, u"jpg"_qs, 128)));
        }
        CHECK(results.at(6).error.startsWith(u"empty.png:"));
        CHECK(results.at(7).error.startsWith(u"notes.jpg:"));
        CHECK(results.at(8).error.startsWith(u"gone.jpg:"));
    }
    SECTION("robustness: cancelling stops promptly and reports the rest as cancelled")
    {
        QStringList paths;
        const QByteArray jpeg = Test::encode(Test::quadrantImage(QSize(1600, 1200)), "JPEG");
        for (int i = 0; i < 120; ++i) {
            const QString name = QStringLiteral("p%1.jpg").arg(i);
            // Distinct content per file so none is a duplicate.
            REQUIRE(Test::writeFile(source(name), jpeg + QByteArray::number(i)));
            paths << source(name);
        }
        const auto importedCount = [](const QList<ImportedMedia> &results) {
            return std::count_if(results.cbegin(), results.cend(),
                                 [](const ImportedMedia &r) { return r.ok(); });
        };

        // Cancelled at once: at most the file already in flight completes.
        {
            MediaImporter importer(MediaStore(library, prober));
            importer.setMaxThreads(1);
            QSignalSpy finished(&importer, &MediaImporter::finished);
            importer.start(paths);
            importer.cancel();
            REQUIRE(finished.wait(60000));
            const auto results = finished.first().first().value<QList<ImportedMedia>>();
            REQUIRE(results.size() == paths.size());
            CHECK(importedCount(results) <= 1);
            CHECK(results.last().error == u"p119.jpg: the import was cancelled");
        }
        // Cancelled from a progress report, as the GUI's button would.
        {
            MediaImporter importer(MediaStore(library, prober));
            importer.setMaxThreads(1);
            QSignalSpy finished(&importer, &MediaImporter::finished);
            QObject::connect(&importer, &MediaImporter::progress, &importer,
                             [&importer](int done, int, const QString &) {
                                 if (done == 2)
                                     importer.cancel();
                             });
            importer.start(paths);
            REQUIRE(finished.wait(60000));
            const auto results = finished.first().first().value<QList<ImportedMedia>>();
            REQUIRE(results.size() == paths.size());
            CHECK(importedCount(results) >= 2);
            CHECK(importedCount(results) < paths.size());
            CHECK(results.last().error == u"p119.jpg: the import was cancelled");
        }
    }
    SECTION("nominal: an empty batch still finishes")
    {
        MediaImporter importer(MediaStore(library, prober));
        QSignalSpy finished(&importer, &MediaImporter::finished);
        importer.start({});
        REQUIRE(finished.wait(5000));
        CHECK(finished.first().first().value<QList<ImportedMedia>>().isEmpty());
    }
}
