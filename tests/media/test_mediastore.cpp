// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/mediaformats.h"
#include "media/mediastore.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Spill;

namespace {

VideoProber testProber()
{
    return VideoProber(QStringLiteral(SPILL_PROBE_TEST_HOST), {QStringLiteral("__probe")});
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("Media store", "[media][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString library = dir.filePath(QStringLiteral("library"));
    const MediaStore store(library, testProber());
    const auto source = [&dir](const char *name) { return dir.filePath(QString::fromUtf8(name)); };

    SECTION("nominal: a JPEG is stored under its hash, the original untouched")
    {
        const QByteArray jpeg = Test::encode(Test::quadrantImage(QSize(400, 300)), "JPEG");
        REQUIRE(Test::writeFile(source("Dinner.JPEG"), jpeg));
        const ImportedMedia result = store.import(source("Dinner.JPEG"));
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        CHECK(result.hash == QString::fromLatin1(sha256Hex(jpeg)));
        CHECK(result.suffix == u"jpg");
        CHECK(result.kind == MediaKind::Photo);
        CHECK(result.width == 400);
        CHECK(result.height == 300);
        CHECK_FALSE(result.alreadyStored);
        const QString stored = library + u"/media/" + result.hash + u".jpg";
        CHECK(store.filePath(result.hash, result.suffix) == stored);
        QFile copy(stored);
        REQUIRE(copy.open(QIODevice::ReadOnly));
        CHECK(copy.readAll() == jpeg);
        QFile original(source("Dinner.JPEG"));
        REQUIRE(original.open(QIODevice::ReadOnly));
        CHECK(original.readAll() == jpeg);
        // No temporary files are left behind.
        CHECK(QDir(store.mediaDir()).entryList(QDir::Files | QDir::Hidden).size() == 1);

        const MediaItem item = result.toMediaItem(stored);
        CHECK(item.hash == result.hash);
        CHECK(item.width == 400);
        CHECK(item.file == stored);
    }
    SECTION("nominal: the same content twice is stored once")
    {
        const QByteArray png = Test::encode(Test::quadrantImage(QSize(50, 40)), "PNG");
        REQUIRE(Test::writeFile(source("a.png"), png));
        REQUIRE(Test::writeFile(source("copy of a.png"), png));
        const ImportedMedia first = store.import(source("a.png"));
        const ImportedMedia second = store.import(source("copy of a.png"));
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        CHECK(first.hash == second.hash);
        CHECK(second.alreadyStored);
        CHECK(QDir(store.mediaDir()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    }
    SECTION("nominal: EXIF orientation swaps the shown size; capture time is read")
    {
        const QByteArray jpeg = Test::withExif(
            Test::encode(Test::quadrantImage(QSize(400, 300)), "JPEG"), 6, "2026:11:20 18:30:05");
        REQUIRE(Test::writeFile(source("rotated.jpg"), jpeg));
        const ImportedMedia result = store.import(source("rotated.jpg"));
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        CHECK(result.orientation == 6);
        CHECK(result.width == 300);
        CHECK(result.height == 400);
        CHECK(result.origin.captured == QDateTime(QDate(2026, 11, 20), QTime(18, 30, 5)));
        // The preview is upright: rotated 90° clockwise, red lands top-right.
        REQUIRE(result.preview.height() > result.preview.width());
        const QColor topRight =
            result.preview.pixelColor(result.preview.width() * 3 / 4, result.preview.height() / 4);
        CHECK(topRight.red() > 200);
        CHECK(topRight.green() < 60);
    }
    SECTION("nominal: WebP photo and MP4 video")
    {
        REQUIRE(Test::writeFile(source("p.webp"),
                                Test::encode(Test::quadrantImage(QSize(120, 80)), "WEBP")));
        const ImportedMedia photo = store.import(source("p.webp"));
        INFO(photo.error.toStdString());
        REQUIRE(photo.ok());
        CHECK(photo.suffix == u"webp");
        CHECK(photo.width == 120);

        REQUIRE(Test::makeColourClip(source("clip.mp4")) == QString());
        const ImportedMedia video = store.import(source("clip.mp4"));
        INFO(video.error.toStdString());
        REQUIRE(video.ok());
        CHECK(video.kind == MediaKind::Video);
        CHECK(video.suffix == u"mp4");
        CHECK(video.width == 160);
        CHECK(video.height == 120);
        CHECK(video.durationMs >= 2900);
        CHECK(Test::dominantChannel(video.preview) == 'r');
        CHECK(store.contains(video.hash, u"mp4"_qs));
    }
    SECTION("robustness: every bad file gets a message naming it, nothing is stored")
    {
        REQUIRE(Test::writeFile(source("empty.jpg"), {}));
        const QByteArray jpeg = Test::encode(Test::quadrantImage(QSize(640, 480)), "JPEG");
        REQUIRE(Test::writeFile(source("truncated.jpg"), jpeg.left(jpeg.size() / 2)));
        REQUIRE(Test::writeFile(source("notes.jpg"), "Shopping list: eggs, flour, butter\n"));
        REQUIRE(Test::writeFile(source("huge.png"), Test::pngHeaderOnly(50000, 50000)));
        REQUIRE(Test::writeFile(source("broken.mp4"),
                                QByteArray("\0\0\0\x18"
                                           "ftypisom\0\0\x02\0isomiso2",
                                           24) +
                                    QByteArray(5000, '\x33')));
        REQUIRE(Test::writeFile(source("recipe.txt"), "not media"));

        const std::pair<const char *, const char *> cases[] = {
            {"empty.jpg", "empty"},
            {"truncated.jpg", "truncated"},
            {"notes.jpg", "not a JPEG"},
            {"huge.png", "50000 x 50000"},
            {"broken.mp4", "broken.mp4"},
            {"recipe.txt", "only"},
            {"vanished.jpg", "no longer exists"},
        };
        for (const auto &[name, expected] : cases) {
            const ImportedMedia result = store.import(source(name));
            INFO(name << ": " << result.error.toStdString());
            CHECK_FALSE(result.ok());
            CHECK(result.error.startsWith(QString::fromUtf8(name) + u':'));
            CHECK(result.error.contains(QString::fromUtf8(expected)));
        }
        CHECK(QDir(store.mediaDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("robustness: clips over 2 minutes or 500 MB are refused with the limit")
    {
        REQUIRE(Test::runFfmpeg(
                    {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("color=c=gray:s=32x24:r=1:d=125"), QStringLiteral("-c:v"),
                     QStringLiteral("libx264"), QStringLiteral("-preset"),
                     QStringLiteral("ultrafast"), source("long.mp4")}) == QString());
        ImportedMedia result = store.import(source("long.mp4"));
        CHECK_FALSE(result.ok());
        CHECK(result.error.startsWith(u"long.mp4:"));
        CHECK(result.error.contains(u"2 minutes"));

        QFile huge(source("huge.mp4")); // sparse: takes no real disk space
        REQUIRE(huge.open(QIODevice::WriteOnly));
        REQUIRE(huge.write(QByteArray("\0\0\0\x18"
                                      "ftypisom",
                                      12)) == 12);
        REQUIRE(huge.resize(MaxVideoBytes + 1));
        huge.close();
        result = store.import(source("huge.mp4"));
        CHECK_FALSE(result.ok());
        CHECK(result.error.startsWith(u"huge.mp4:"));
        CHECK(result.error.contains(u"500 MB"));
        CHECK(QDir(store.mediaDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("robustness: a library that cannot be written")
    {
        REQUIRE(Test::writeFile(source("ok.png"),
                                Test::encode(QImage(8, 8, QImage::Format_RGB32), "PNG")));
        // Root ignores permission bits, so a library "folder" under a regular
        // file stands in for a read-only one there.
        QString unwritable;
        if (geteuid() == 0) {
            REQUIRE(Test::writeFile(source("plain-file"), "x"));
            unwritable = source("plain-file") + u"/library";
        } else {
            unwritable = source("readonly");
            REQUIRE(QDir().mkpath(unwritable + u"/media"));
            QFile::setPermissions(unwritable + u"/media",
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        }
        const ImportedMedia result = MediaStore(unwritable).import(source("ok.png"));
        CHECK_FALSE(result.ok());
        CHECK(result.error.startsWith(u"ok.png:"));
        CHECK(result.error.contains(u"media folder"));
    }
    SECTION("robustness: malformed hashes never give a path; remove deletes the file")
    {
        CHECK(store.filePath(QStringLiteral("../../etc/passwd"), QStringLiteral("jpg")).isEmpty());
        CHECK(store.filePath(QString(64, u'a'), QStringLiteral("exe")).isEmpty());
        CHECK(store.filePath(QString(64, u'A'), QStringLiteral("jpg")).isEmpty());

        REQUIRE(Test::writeFile(source("r.png"),
                                Test::encode(QImage(4, 4, QImage::Format_RGB32), "PNG")));
        const ImportedMedia result = store.import(source("r.png"));
        REQUIRE(result.ok());
        REQUIRE(store.contains(result.hash, result.suffix));
        CHECK(store.remove(result.hash));
        CHECK_FALSE(store.contains(result.hash, result.suffix));
        QString error;
        CHECK_FALSE(store.remove(QStringLiteral("nope"), &error));
        CHECK(error.contains(u"nope"));
    }
}
