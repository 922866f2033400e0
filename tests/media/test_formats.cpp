// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/containerprobe.h"
#include "media/mediaformats.h"
#include "media/photodecode.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Spill;

TEST_CASE("Formats are judged by content", "[media][formats]")
{
    const QImage image = Test::quadrantImage(QSize(32, 24));

    SECTION("nominal: JPEG, PNG, WebP, MP4, MOV and WebM are recognised")
    {
        CHECK(sniffFormat(Test::encode(image, "JPEG"), u"jpg"_qs)->readerFormat == "jpeg");
        CHECK(sniffFormat(Test::encode(image, "PNG"), u"png"_qs)->suffix == u"png");
        CHECK(sniffFormat(Test::encode(image, "WEBP"), u"webp"_qs)->suffix == u"webp");
        const QByteArray mp4("\0\0\0\x18"
                             "ftypisom",
                             12);
        CHECK(sniffFormat(mp4, u"mp4"_qs)->suffix == u"mp4");
        CHECK(sniffFormat(mp4, u"mov"_qs)->suffix == u"mov");
        CHECK(sniffFormat(QByteArray("\0\0\0\x14"
                                     "ftypqt  ",
                                     12),
                          u"mp4"_qs)
                  ->suffix == u"mov");
        CHECK(sniffFormat(QByteArray("\x1A\x45\xDF\xA3\x9F", 5), u"webm"_qs)->kind ==
              MediaKind::Video);
    }
    SECTION("robustness: text, GIF, BMP and short heads are not taken")
    {
        CHECK_FALSE(sniffFormat("Shopping list", u"jpg"_qs));
        CHECK_FALSE(sniffFormat("GIF89a......", u"jpg"_qs));
        CHECK_FALSE(sniffFormat(Test::encode(image, "BMP"), u"jpg"_qs));
        CHECK_FALSE(sniffFormat(QByteArray("\xFF\xD8", 2), u"jpg"_qs));
        CHECK_FALSE(sniffFormat({}, u"mp4"_qs));
    }
    SECTION("nominal: a complete JPEG is complete; every truncation is not")
    {
        const QByteArray jpeg = Test::encode(image, "JPEG");
        CHECK(jpegIsComplete(jpeg));
        CHECK(jpegIsComplete(Test::withExif(jpeg, 6, "2026:01:01 00:00:00")));
        for (qsizetype n = 0; n < jpeg.size(); n += 7)
            CHECK_FALSE(jpegIsComplete(jpeg.left(n)));
    }
}

TEST_CASE("Clip containers through libavformat", "[media][container]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("nominal: WebM and MP4 give their duration, size and demuxer")
    {
        for (const char *suffix : {"webm", "mp4"}) {
            INFO(suffix);
            const QString clip = dir.filePath(QStringLiteral("c.") + QLatin1String(suffix));
            REQUIRE(Test::makeColourClip(clip, QSize(64, 48)) == QString());
            const ContainerInfo info = probeContainer(clip);
            INFO(info.error.toStdString());
            REQUIRE(info.ok());
            CHECK(info.durationMs >= 2900);
            CHECK(info.durationMs <= 3100);
            CHECK(info.width == 64);
            CHECK(info.height == 48);
            CHECK(info.format.contains(QLatin1String(suffix)));
            QFile file(clip);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const ContainerInfo fromMemory = probeContainerBytes(file.readAll());
            CHECK(fromMemory.durationMs == info.durationMs);
            CHECK(fromMemory.width == 64);
        }
    }
    SECTION("robustness: truncated and corrupted heads give an error or sane values")
    {
        const QString clip = dir.filePath(QStringLiteral("c.webm"));
        REQUIRE(Test::makeColourClip(clip, QSize(64, 48)) == QString());
        QFile file(clip);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (qsizetype n = 0; n < qMin<qsizetype>(bytes.size(), 600); n += 3) {
            const ContainerInfo info = probeContainerBytes(QByteArrayView(bytes).first(n));
            CHECK((!info.ok() || info.durationMs == 0 || info.durationMs == 3000));
            CHECK((!info.hasVideo() || (info.width == 64 && info.height == 48)));
        }
        QByteArray corrupt = bytes.left(600);
        for (qsizetype i = 4; i < corrupt.size(); i += 3) {
            QByteArray copy = corrupt;
            copy[i] = char(0xFF);
            const ContainerInfo info = probeContainerBytes(copy);
            CHECK(info.durationMs >= 0);
        }
        CHECK_FALSE(probeContainerBytes(QByteArray(64, '\x1A')).ok());
    }
    SECTION("robustness: containers outside the allowlist are refused with a reason")
    {
        const QString gif = dir.filePath(QStringLiteral("c.gif"));
        REQUIRE(
            Test::runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                             QStringLiteral("color=c=red:s=32x24:r=5:d=1"), gif}) == QString());
        const ContainerInfo info = probeContainer(gif);
        CHECK_FALSE(info.ok());
        CHECK(info.error.contains(u"not an MP4, MOV or WebM"_qs));
        CHECK_FALSE(probeContainer(dir.filePath(QStringLiteral("missing.mp4"))).ok());
    }
}
