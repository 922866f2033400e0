// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/photometadata.h"
#include "media/photometadataloader.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Spill;

TEST_CASE("Photo metadata through exiv2", "[media][exif]")
{
    const QByteArray jpeg = Test::encode(Test::quadrantImage(QSize(64, 48)), "JPEG");

    SECTION("nominal: orientation and capture time, little-endian")
    {
        const PhotoMetadata info =
            readPhotoMetadata(Test::withExif(jpeg, 6, "2026:11:20 18:30:05"));
        CHECK(info.orientation == 6);
        CHECK(info.captureTime == QDateTime(QDate(2026, 11, 20), QTime(18, 30, 5)));
    }
    SECTION("nominal: big-endian (Motorola) byte order")
    {
        const PhotoMetadata info =
            readPhotoMetadata(Test::withExif(jpeg, 8, "2025:01:02 03:04:05", true));
        CHECK(info.orientation == 8);
        CHECK(info.captureTime == QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5)));
    }
    SECTION("nominal: orientation only, no capture time")
    {
        const PhotoMetadata info = readPhotoMetadata(Test::withExif(jpeg, 3, {}));
        CHECK(info.orientation == 3);
        CHECK_FALSE(info.captureTime.isValid());
    }
    SECTION("nominal: a JPEG without metadata is upright with no time")
    {
        const PhotoMetadata info = readPhotoMetadata(jpeg);
        CHECK(info.orientation == 1);
        CHECK_FALSE(info.captureTime.isValid());
    }
    SECTION("nominal: XMP gives the time and orientation when EXIF has none")
    {
        const PhotoMetadata info = readPhotoMetadata(Test::withXmp(
            jpeg, R"(exif:DateTimeOriginal="2024-05-06T07:08:09+02:00" tiff:Orientation="5")"));
        CHECK(info.orientation == 5);
        CHECK(info.captureTime == QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9)));
        const PhotoMetadata created =
            readPhotoMetadata(Test::withXmp(jpeg, R"(xmp:CreateDate="2023-02-03T04:05")"));
        CHECK(created.captureTime == QDateTime(QDate(2023, 2, 3), QTime(4, 5)));
    }
    SECTION("nominal: EXIF wins over XMP")
    {
        const PhotoMetadata info = readPhotoMetadata(
            Test::withXmp(Test::withExif(jpeg, 6, "2026:11:20 18:30:05"),
                          R"(exif:DateTimeOriginal="2001-01-01T01:01:01" tiff:Orientation="3")"));
        CHECK(info.orientation == 6);
        CHECK(info.captureTime == QDateTime(QDate(2026, 11, 20), QTime(18, 30, 5)));
    }
    SECTION("nominal: PNG and WebP metadata are read too")
    {
        const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
        INFO("exiftool is needed (Debian package libimage-exiftool-perl)");
        REQUIRE_FALSE(exiftool.isEmpty());
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        for (const char *format : {"PNG", "WEBP"}) {
            const QString path = dir.filePath(QString::fromLatin1(format).toLower() + u".img");
            REQUIRE(
                Test::writeFile(path, Test::encode(Test::quadrantImage(QSize(32, 24)), format)));
            QProcess process;
            process.start(exiftool,
                          {QStringLiteral("-q"), QStringLiteral("-overwrite_original"),
                           QStringLiteral("-DateTimeOriginal=2022:03:04 05:06:07"),
                           QStringLiteral("-Orientation#=6"), path});
            REQUIRE(process.waitForFinished(30000));
            REQUIRE(process.exitCode() == 0);
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const PhotoMetadata info = readPhotoMetadata(file.readAll());
            INFO(format);
            CHECK(info.orientation == 6);
            CHECK(info.captureTime == QDateTime(QDate(2022, 3, 4), QTime(5, 6, 7)));
        }
    }
    SECTION("nominal: the module the program loads on first use gives the same answer")
    {
        QString error;
        const auto info =
            readPhotoMetadataFromModule(Test::withExif(jpeg, 6, "2026:11:20 18:30:05"), &error);
        INFO(error.toStdString());
        REQUIRE(info.has_value());
        CHECK(info->orientation == 6);
        CHECK(info->captureTime == QDateTime(QDate(2026, 11, 20), QTime(18, 30, 5)));
    }
    SECTION("robustness: out-of-range orientation and a malformed date are ignored")
    {
        const PhotoMetadata info =
            readPhotoMetadata(Test::withExif(jpeg, 42, "not a date at all!!"));
        CHECK(info.orientation == 1);
        CHECK_FALSE(info.captureTime.isValid());
    }
    SECTION("robustness: every truncation and random corruption is survived")
    {
        const QByteArray full = Test::withExif(jpeg, 6, "2026:11:20 18:30:05");
        for (qsizetype n = 0; n < 160; ++n) {
            const PhotoMetadata info = readPhotoMetadata(full.left(n));
            CHECK((info.orientation == 1 || info.orientation == 6));
        }
        QRandomGenerator random(1234);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes = full.left(160);
            for (int flips = 0; flips < 4; ++flips)
                bytes[random.bounded(2, 160)] = char(random.bounded(256));
            const PhotoMetadata info = readPhotoMetadata(bytes);
            CHECK((info.orientation >= 1 && info.orientation <= 8));
        }
    }
}
