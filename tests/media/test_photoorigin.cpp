// SPDX-License-Identifier: GPL-3.0-or-later
// The edited-photo ledger: what a photo's own file says of how it came to
// be, written into real JPEGs by exiftool as cameras and editors write it.
#include "media/photometadata.h"
#include "media/photoorigin.h"
#include "mediafixtures.h"
#include "testsupport.h"

using namespace Spill;

namespace {

MediaOrigin originOf(const QByteArray &jpeg, const QStringList &tags)
{
    QString error;
    const QByteArray tagged = Test::withTags(jpeg, tags, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(tagged.isEmpty());
    return photoOrigin(readPhotoMetadata(tagged));
}

} // namespace

TEST_CASE("The edited-photo ledger read from a photo's file", "[media][exif][ledger]")
{
    const QByteArray jpeg = Test::encode(Test::quadrantImage(QSize(64, 48)), "JPEG");
    const QString taken = QStringLiteral("-DateTimeOriginal=2026:11:20 18:42:05");

    SECTION("nominal: straight from a phone: time, camera and firmware, not edited")
    {
        const MediaOrigin origin =
            originOf(jpeg,
                     {taken, QStringLiteral("-ModifyDate=2026:11:20 18:42:05"),
                      QStringLiteral("-Make=Apple"), QStringLiteral("-Model=iPhone 13 mini"),
                      QStringLiteral("-Software=17.1.2")});
        CHECK(origin.known);
        CHECK(origin.captured == QDateTime(QDate(2026, 11, 20), QTime(18, 42, 5)));
        CHECK(origin.camera == u"Apple iPhone 13 mini");
        CHECK(origin.software == u"17.1.2");
        CHECK_FALSE(origin.edited);
        CHECK(origin.edits.isEmpty());
    }
    SECTION("nominal: a make repeated in the model is named once")
    {
        const MediaOrigin origin =
            originOf(jpeg, {QStringLiteral("-Make=Canon"), QStringLiteral("-Model=Canon EOS R6")});
        CHECK(origin.camera == u"Canon EOS R6");
        CHECK_FALSE(origin.captured.isValid());
        CHECK_FALSE(origin.edited);
    }
    SECTION("nominal: changed an hour after it was taken is edited")
    {
        const MediaOrigin origin =
            originOf(jpeg, {taken, QStringLiteral("-ModifyDate=2026:11:20 19:45:00")});
        CHECK(origin.edited);
        CHECK(origin.modified == QDateTime(QDate(2026, 11, 20), QTime(19, 45)));
        CHECK(origin.edits.isEmpty());
    }
    SECTION("nominal: last written by a photo editor is edited")
    {
        const MediaOrigin origin =
            originOf(jpeg, {taken, QStringLiteral("-Software=Snapseed 2.0")});
        CHECK(origin.edited);
        CHECK(origin.software == u"Snapseed 2.0");
    }
    SECTION("nominal: Camera Raw settings name the crop, the light and the colour")
    {
        const MediaOrigin cropped = originOf(
            jpeg,
            {taken, QStringLiteral("-XMP-crs:HasCrop=True"),
             QStringLiteral("-XMP-crs:Exposure2012=+0.35"), QStringLiteral("-XMP-crs:Vibrance=+12"),
             QStringLiteral("-XMP-xmp:CreatorTool=Adobe Photoshop Lightroom Classic 12.0")});
        CHECK(cropped.edited);
        CHECK(cropped.edits == QStringList {u"crop"_qs, u"light"_qs, u"colour"_qs});
        CHECK(cropped.software == u"Adobe Photoshop Lightroom Classic 12.0");

        // Settings left at zero, white balance as shot: nothing was changed.
        const MediaOrigin untouched = originOf(jpeg,
                                               {taken, QStringLiteral("-XMP-crs:HasCrop=False"),
                                                QStringLiteral("-XMP-crs:Exposure2012=0"),
                                                QStringLiteral("-XMP-crs:WhiteBalance=As Shot")});
        CHECK(untouched.edits.isEmpty());
        CHECK_FALSE(untouched.edited);
    }
    SECTION("nominal: an XMP history event that changed the picture is an edit")
    {
        const MediaOrigin origin =
            originOf(jpeg,
                     {taken, QStringLiteral("-XMP-xmpMM:HistoryAction=created"),
                      QStringLiteral("-XMP-xmpMM:HistorySoftwareAgent=Camera 1.0"),
                      QStringLiteral("-XMP-xmpMM:HistoryAction+=saved"),
                      QStringLiteral("-XMP-xmpMM:HistoryChanged=/"),
                      QStringLiteral("-XMP-xmpMM:HistorySoftwareAgent+=Kitchen Paint 3")});
        CHECK(origin.edited);
        // The last event's software is what last wrote it.
        CHECK(origin.software == u"Kitchen Paint 3");
    }
    SECTION("nominal: a history that only touched the metadata is not an edit")
    {
        const MediaOrigin origin =
            originOf(jpeg,
                     {taken, QStringLiteral("-XMP-xmpMM:HistoryAction=saved"),
                      QStringLiteral("-XMP-xmpMM:HistoryChanged=/metadata"),
                      QStringLiteral("-XMP-xmpMM:HistorySoftwareAgent=Tagger 1.0")});
        CHECK_FALSE(origin.edited);
    }
    SECTION("robustness: control characters and overlong names are tamed")
    {
        const MediaOrigin origin = originOf(jpeg,
                                            {QStringLiteral("-Model=Cam\x1b]0;owned\x07"
                                                            "era"),
                                             QStringLiteral("-Software=") + QString(300, u'x')});
        CHECK(origin.camera == u"Cam]0;ownedera");
        CHECK(origin.software.size() <= 80);
    }
}
