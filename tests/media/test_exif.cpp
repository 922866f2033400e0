// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/exif.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QRandomGenerator>

using namespace Spill;

TEST_CASE("EXIF from a JPEG's APP1 segment", "[media][exif]")
{
    const QByteArray jpeg = Test::encode(Test::quadrantImage(QSize(64, 48)), "JPEG");

    SECTION("nominal: orientation and capture time, little-endian")
    {
        const ExifInfo info = readJpegExif(Test::withExif(jpeg, 6, "2026:11:20 18:30:05"));
        CHECK(info.orientation == 6);
        CHECK(info.captureTime == QDateTime(QDate(2026, 11, 20), QTime(18, 30, 5)));
    }
    SECTION("nominal: big-endian (Motorola) byte order")
    {
        const ExifInfo info = readJpegExif(Test::withExif(jpeg, 8, "2025:01:02 03:04:05", true));
        CHECK(info.orientation == 8);
        CHECK(info.captureTime == QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5)));
    }
    SECTION("nominal: orientation only, no capture time")
    {
        const ExifInfo info = readJpegExif(Test::withExif(jpeg, 3, {}));
        CHECK(info.orientation == 3);
        CHECK_FALSE(info.captureTime.isValid());
    }
    SECTION("nominal: a JPEG without EXIF is upright with no time")
    {
        const ExifInfo info = readJpegExif(jpeg);
        CHECK(info.orientation == 1);
        CHECK_FALSE(info.captureTime.isValid());
    }
    SECTION("robustness: out-of-range orientation and a malformed date are ignored")
    {
        const ExifInfo info = readJpegExif(Test::withExif(jpeg, 42, "not a date at all!!"));
        CHECK(info.orientation == 1);
        CHECK_FALSE(info.captureTime.isValid());
    }
    SECTION("robustness: every truncation and random corruption is survived")
    {
        const QByteArray full = Test::withExif(jpeg, 6, "2026:11:20 18:30:05");
        for (qsizetype n = 0; n < 160; ++n)
            (void)readJpegExif(full.left(n));
        QRandomGenerator random(1234);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes = full.left(160);
            for (int flips = 0; flips < 4; ++flips)
                bytes[random.bounded(2, 160)] = char(random.bounded(256));
            const ExifInfo info = readJpegExif(bytes);
            CHECK((info.orientation >= 1 && info.orientation <= 8));
        }
    }
}
