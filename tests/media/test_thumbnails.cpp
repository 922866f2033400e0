// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/mediastore.h"
#include "media/photodecode.h"
#include "media/thumbnailcache.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>

using namespace Spill;

TEST_CASE("Thumbnails", "[media][thumbnails]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString library = dir.filePath(QStringLiteral("library"));
    const VideoProber prober(QStringLiteral(SPILL_PROBE_TEST_HOST), {QStringLiteral("__probe")});
    const MediaStore store(library, prober);

    SECTION("nominal: a 12-megapixel JPEG is thumbnailed without a full decode")
    {
        const QString path = dir.filePath(QStringLiteral("big.jpg"));
        REQUIRE(Test::writeFile(path,
                                Test::encode(Test::quadrantImage(QSize(4000, 3000)), "JPEG", 80)));
        QString reason;
        // The full image needs 4000 x 3000 x 4 bytes = 46 MB; under a 16 MB
        // allocation limit only a decode at reduced size can succeed.
        QImageReader full(path, "jpeg");
        full.setAllocationLimit(16);
        CHECK(full.read().isNull());
        const QImage thumb = decodePhoto(path, "jpeg", 256, &reason, 16);
        INFO(reason.toStdString());
        REQUIRE_FALSE(thumb.isNull());
        CHECK(thumb.size() == QSize(256, 192));
    }
    SECTION("nominal: cached on disk, made again when missing, async off the caller's thread")
    {
        const QString path = dir.filePath(QStringLiteral("photo.jpg"));
        REQUIRE(Test::writeFile(
            path,
            Test::withExif(Test::encode(Test::quadrantImage(QSize(800, 600)), "JPEG"), 6, {})));
        const ImportedMedia media = store.import(path);
        REQUIRE(media.ok());

        ThumbnailCache cache(library, prober, 2);
        ThumbnailResult result = cache.request(media.hash, media.suffix, 128).result();
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        CHECK(result.image.size() == QSize(96, 128)); // upright: portrait
        const QString cached = cache.cachePath(media.hash, media.suffix, 128);
        CHECK(cached == library + u"/thumbnails/" + media.hash + u"-128.jpg");
        REQUIRE(QFileInfo::exists(cached));

        REQUIRE(QFile::remove(cached));
        result = cache.thumbnail(media.hash, media.suffix, 128);
        REQUIRE(result.ok());
        CHECK(QFileInfo::exists(cached));

        // A damaged cache file is replaced.
        REQUIRE(Test::writeFile(cached, "garbage"));
        result = cache.thumbnail(media.hash, media.suffix, 128);
        REQUIRE(result.ok());
        CHECK(result.image.size() == QSize(96, 128));

        cache.removeAll(media.hash);
        CHECK_FALSE(QFileInfo::exists(cached));
    }
    SECTION("nominal: a video's thumbnail is its frame at the poster time")
    {
        const QString clip = dir.filePath(QStringLiteral("clip.webm"));
        REQUIRE(Test::makeColourClip(clip) == QString());
        const ImportedMedia media = store.import(clip);
        INFO(media.error.toStdString());
        REQUIRE(media.ok());
        ThumbnailCache cache(library, prober);
        const ThumbnailResult at0 = cache.request(media.hash, media.suffix, 64).result();
        const ThumbnailResult at2s = cache.request(media.hash, media.suffix, 64, 2000).result();
        REQUIRE(at0.ok());
        REQUIRE(at2s.ok());
        CHECK(Test::dominantChannel(at0.image) == 'r');
        CHECK(Test::dominantChannel(at2s.image) == 'b');
        CHECK(cache.cachePath(media.hash, media.suffix, 64, 2000).endsWith(u"-64-2000.jpg"));
    }
    SECTION("robustness: missing media, malformed names and a text file named .jpg")
    {
        ThumbnailCache cache(library, prober);
        const QString hash(64, u'0');
        ThumbnailResult result = cache.thumbnail(hash, QStringLiteral("jpg"), 64);
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(hash + u".jpg"));
        CHECK_FALSE(cache.thumbnail(QStringLiteral("../x"), QStringLiteral("jpg"), 64).ok());
        CHECK(cache.cachePath(hash, QStringLiteral("jpg"), 0).isEmpty());

        // A text file placed in the store under a .jpg name is refused by the
        // decoder with the format given explicitly.
        QDir().mkpath(store.mediaDir());
        REQUIRE(Test::writeFile(store.mediaDir() + u'/' + hash + u".jpg", "just some text\n"));
        result = cache.thumbnail(hash, QStringLiteral("jpg"), 64);
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(hash + u".jpg"));
        CHECK(result.error.contains(u"JPEG"));
    }
}
