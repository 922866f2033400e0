// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/mediaformats.h"
#include "media/photodecode.h"
#include "media/webmduration.h"
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

TEST_CASE("WebM declared duration", "[media][webm]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = dir.filePath(QStringLiteral("c.webm"));
    REQUIRE(Test::makeColourClip(clip, QSize(64, 48)) == QString());
    QFile file(clip);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    SECTION("nominal: the Segment Info duration is read")
    {
        const auto ms = webmDeclaredDurationMs(bytes);
        REQUIRE(ms.has_value());
        CHECK(*ms == 3000);
    }
    SECTION("robustness: truncated and corrupted heads give nothing or a sane value")
    {
        for (qsizetype n = 0; n < qMin<qsizetype>(bytes.size(), 600); ++n) {
            const auto ms = webmDeclaredDurationMs(QByteArrayView(bytes).first(n));
            CHECK((!ms || *ms == 3000));
        }
        QByteArray corrupt = bytes.left(600);
        for (qsizetype i = 4; i < corrupt.size(); i += 3) {
            QByteArray copy = corrupt;
            copy[i] = char(0xFF);
            (void)webmDeclaredDurationMs(copy);
        }
        CHECK_FALSE(webmDeclaredDurationMs(QByteArray(64, '\x1A')));
    }
}
