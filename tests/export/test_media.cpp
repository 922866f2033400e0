// SPDX-License-Identifier: GPL-3.0-or-later
// Exported photos never carry the creator's location, and come out upright.
#include "export/exporter.h"
#include "export/exportsink.h"
#include "export/webimage.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

QString exiftool()
{
    const QString path = QStandardPaths::findExecutable(u"exiftool"_s);
    INFO("exiftool is needed (Debian package libimage-exiftool-perl)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

QString runExiftool(const QStringList &arguments)
{
    QProcess process;
    process.start(exiftool(), arguments);
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("exported photos lose their metadata")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    // 300 x 100 pixels stored sideways: EXIF orientation 6 means "turn 90°
    // clockwise to show", so the upright photo is 100 x 300.
    const QString photo = writePhoto(temp.filePath(u"gps.jpg"_s), 300, 100, Qt::red);
    runExiftool({u"-overwrite_original"_s, u"-GPSLatitude=48.8584"_s, u"-GPSLatitudeRef=N"_s,
                 u"-GPSLongitude=2.2945"_s, u"-GPSLongitudeRef=E"_s, u"-Orientation#=6"_s,
                 u"-Make=SpillTestCam"_s, u"-Comment=kitchen at home"_s, photo});
    // The fixture really carries what the export must remove.
    REQUIRE(runExiftool({u"-s"_s, u"-gps:all"_s, photo}).contains(u"GPSLatitude"_s));

    Story story;
    story.slug = u"gps"_s;
    story.title = u"GPS"_s;
    MediaItem item;
    item.file = photo;
    item.role = MediaRole::Reality;
    item.alt = u"A red square"_s;
    story.media = {item};
    ExportInput input {story, [](const MediaItem &m) { return MediaSource {m.file, {}}; }};

    SECTION("nominal: no GPS, camera or comment tags after export, and the photo is upright")
    {
        const QString out = temp.filePath(u"out"_s);
        DirectorySink sink(out);
        const ExportResult result = exporterFor(ExportFormat::Hugo)->exportStory(input, {}, sink);
        REQUIRE(result.ok());
        const QString exported = out + u"/content/posts/gps/01-reality.jpg"_s;
        const QString tags = runExiftool({u"-s"_s, u"-a"_s, u"-G1"_s, exported});
        INFO(tags.toStdString());
        CHECK_FALSE(tags.contains(u"GPS"_s));
        CHECK_FALSE(tags.contains(u"SpillTestCam"_s));
        CHECK_FALSE(tags.contains(u"kitchen at home"_s));
        CHECK_FALSE(tags.contains(u"Orientation"_s));
        CHECK(runExiftool({u"-s"_s, u"-gps:all"_s, exported}).trimmed().isEmpty());
        const QImage image(exported);
        CHECK(image.size() == QSize(100, 300));
    }

    SECTION("nominal: the web image is upright and within the long edge")
    {
        const WebImage image = encodeWebImage(photo, 150);
        REQUIRE(image.error.isEmpty());
        CHECK(image.width == 50);
        CHECK(image.height == 150);
        CHECK(image.mimeType == u"image/jpeg"_s);
    }
}
