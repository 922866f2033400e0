// SPDX-License-Identifier: GPL-3.0-or-later
// Exported clips are remuxed: the same packets, none of the metadata.
#include "export/clipremuxloader.h"
#include "export/exportchanges.h"
#include "export/exporter.h"
#include "export/exportsink.h"
#include "export/post.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

QString run(const QString &tool, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " is needed (Debian packages ffmpeg, libimage-exiftool-perl)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QJsonObject ffprobe(const QString &file)
{
    const QString json = run(u"ffprobe"_s,
                             {u"-v"_s, u"error"_s, u"-show_format"_s, u"-show_streams"_s,
                              u"-show_chapters"_s, u"-print_format"_s, u"json"_s, file});
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString exiftool(const QString &file)
{
    return run(u"exiftool"_s, {u"-a"_s, u"-u"_s, u"-G1"_s, u"-s"_s, u"-ee"_s, file});
}

// Every tag of the container and of each stream, "key=value", keys lowercased.
QStringList tagsOf(const QJsonObject &probe)
{
    QStringList tags;
    const auto add = [&tags](const QJsonObject &object) {
        const QJsonObject t = object.value(u"tags"_s).toObject();
        for (auto it = t.begin(); it != t.end(); ++it)
            tags << it.key().toLower() + u'=' + it.value().toString();
    };
    add(probe.value(u"format"_s).toObject());
    for (const QJsonValue &stream : probe.value(u"streams"_s).toArray())
        add(stream.toObject());
    return tags;
}

// The codecs of the audio and video streams, in order. (An MP4's chapters
// are a text track of their own, which goes with them.)
QStringList codecsOf(const QJsonObject &probe)
{
    QStringList codecs;
    for (const QJsonValue &value : probe.value(u"streams"_s).toArray()) {
        const QJsonObject stream = value.toObject();
        const QString type = stream.value(u"codec_type"_s).toString();
        if (type == u"video"_s || type == u"audio"_s)
            codecs << type + u':' + stream.value(u"codec_name"_s).toString();
    }
    return codecs;
}

double durationOf(const QJsonObject &probe)
{
    return probe.value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
}

// Two seconds of test picture and tone carrying a place, a date, a device,
// an encoder and a chapter.
QString makeTaggedClip(const QString &path)
{
    const QString chapters = path + u".chapters"_s;
    REQUIRE(writeFile(chapters,
                      ";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1000\n"
                      "title=The oven door opens\n"));
    QStringList args {u"-f"_s,
                      u"lavfi"_s,
                      u"-i"_s,
                      u"testsrc=size=160x90:rate=25:duration=2"_s,
                      u"-f"_s,
                      u"lavfi"_s,
                      u"-i"_s,
                      u"sine=frequency=440:duration=2"_s,
                      u"-i"_s,
                      chapters,
                      u"-map"_s,
                      u"0:v"_s,
                      u"-map"_s,
                      u"1:a"_s,
                      u"-map_chapters"_s,
                      u"2"_s,
                      u"-metadata"_s,
                      u"location=+48.8584+002.2945/"_s,
                      u"-metadata"_s,
                      u"com.apple.quicktime.location.ISO6709=+48.8584+002.2945/"_s,
                      u"-metadata"_s,
                      u"creation_time=2024-05-01T10:00:00Z"_s,
                      u"-metadata"_s,
                      u"make=SpillTestCam"_s,
                      u"-metadata"_s,
                      u"model=Oven9000"_s,
                      u"-metadata"_s,
                      u"encoder=SpillTestEncoder"_s,
                      u"-metadata:s:v"_s,
                      u"handler_name=SpillKitchenHandler"_s,
                      u"-metadata:s:v"_s,
                      u"creation_time=2024-05-01T10:00:00Z"_s};
    if (path.endsWith(u".webm"))
        args << u"-c:v"_s << u"libvpx-vp9"_s << u"-b:v"_s << u"200k"_s << u"-c:a"_s << u"libopus"_s;
    else
        args << u"-c:v"_s << u"libx264"_s << u"-pix_fmt"_s << u"yuv420p"_s << u"-preset"_s
             << u"ultrafast"_s << u"-c:a"_s << u"aac"_s << u"-movflags"_s << u"use_metadata_tags"_s;
    args << path;
    return runFfmpeg(args);
}

ExportInput clipStory(const QString &clip)
{
    Story story;
    story.slug = u"oven-door"_s;
    story.title = u"The Oven Door"_s;
    MediaItem item;
    item.file = clip;
    item.kind = MediaKind::Video;
    item.beat = Beat::WentWrong;
    item.role = MediaRole::Reality;
    item.alt = u"The soufflé sinking"_s;
    story.media = {item};
    return {story, [](const MediaItem &m) { return MediaSource {m.file, {}}; }};
}

const QStringList Leaks {u"48.8584"_s,
                         u"2.2945"_s,
                         u"2024"_s,
                         u"spilltestcam"_s,
                         u"oven9000"_s,
                         u"spilltestencoder"_s,
                         u"spillkitchenhandler"_s,
                         u"location"_s};

void checkStripped(const QString &original, const QString &exported)
{
    const QJsonObject before = ffprobe(original);
    const QJsonObject after = ffprobe(exported);
    // The fixture really carries what must go.
    REQUIRE(tagsOf(before).join(u' ').contains(u"48.8584"_s));
    REQUIRE_FALSE(before.value(u"chapters"_s).toArray().isEmpty());

    const QString tags = tagsOf(after).join(u'\n').toLower();
    INFO("tags after export:\n" << tags.toStdString());
    for (const QString &leak : Leaks) {
        INFO("looking for " << leak.toStdString());
        CHECK_FALSE(tags.contains(leak));
    }
    CHECK_FALSE(tags.contains(u"creation_time"_s));
    // Matroska requires a writing application: the muxer's bare name, no
    // version, is all that is left of it.
    for (const QString &tag : tagsOf(after)) {
        if (tag.startsWith(u"encoder="_s, Qt::CaseInsensitive))
            CHECK(tag.compare(u"encoder=Lavf"_s, Qt::CaseInsensitive) == 0);
    }
    CHECK(after.value(u"chapters"_s).toArray().isEmpty());

    CHECK(codecsOf(after) == codecsOf(before));
    CHECK(codecsOf(after).size() == 2);
    CHECK(after.value(u"streams"_s).toArray().size() == 2);
    CHECK(qAbs(durationOf(after) - durationOf(before)) < 0.1);

    const QString exif = exiftool(exported).toLower();
    INFO("exiftool:\n" << exif.toStdString());
    for (const QString &leak :
         {u"48.8584"_s, u"48 deg"_s, u"gps"_s, u"2024"_s, u"spilltestcam"_s, u"oven9000"_s,
          u"spilltestencoder"_s, u"spillkitchenhandler"_s, u"oven door opens"_s})
        CHECK_FALSE(exif.contains(leak));
}

} // namespace

TEST_CASE("exported clips lose their metadata")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());

    SECTION("nominal: an MP4 with an ISO 6709 location, dates, device and chapters")
    {
        const QString clip = temp.filePath(u"IMG_2041.mp4"_s);
        const QString made = makeTaggedClip(clip);
        INFO(made.toStdString());
        REQUIRE(made.isEmpty());
        const QString out = temp.filePath(u"out"_s);
        DirectorySink sink(out);
        const ExportResult result =
            exporterFor(ExportFormat::Hugo)->exportStory(clipStory(clip), {}, sink);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        CHECK(result.notes.isEmpty());
        checkStripped(clip, out + u"/content/posts/oven-door/01-reality.mp4"_s);
        // Nothing half-written stays behind.
        CHECK(QDir(out + u"/content/posts/oven-door"_s)
                  .entryList(QDir::Files | QDir::Hidden)
                  .filter(u".spill-"_s)
                  .isEmpty());
    }

    SECTION("nominal: a WebM clip, with every file written at the end of a batch")
    {
        const QString clip = temp.filePath(u"kitchen.webm"_s);
        const QString made = makeTaggedClip(clip);
        INFO(made.toStdString());
        REQUIRE(made.isEmpty());
        const QString out = temp.filePath(u"out"_s);
        DirectorySink sink(out, DirectorySink::Durability::AtFinish);
        const ExportResult result =
            exporterFor(ExportFormat::Html)->exportStory(clipStory(clip), {}, sink);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        REQUIRE(sink.finish().isEmpty());
        checkStripped(clip, out + u"/oven-door/01-reality.webm"_s);
    }

    SECTION("nominal: a clip filmed sideways keeps its display matrix, so it plays upright")
    {
        const QString plain = temp.filePath(u"plain.mp4"_s);
        REQUIRE(makeColourClip(plain).isEmpty());
        const QString clip = temp.filePath(u"VID_sideways.mp4"_s);
        REQUIRE(runFfmpeg({u"-i"_s, plain, u"-c"_s, u"copy"_s, u"-metadata:s:v:0"_s, u"rotate=90"_s,
                           clip})
                    .isEmpty());
        const QString out = temp.filePath(u"out"_s);
        DirectorySink sink(out);
        const ExportResult result =
            exporterFor(ExportFormat::Hugo)->exportStory(clipStory(clip), {}, sink);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        const auto rotation = [](const QString &file) {
            const QJsonObject stream =
                ffprobe(file).value(u"streams"_s).toArray().first().toObject();
            for (const QJsonValue &side : stream.value(u"side_data_list"_s).toArray()) {
                if (side.toObject().value(u"side_data_type"_s).toString() == u"Display Matrix"_s)
                    return side.toObject().value(u"rotation"_s).toInt();
            }
            return 0;
        };
        REQUIRE(rotation(clip) == 90);
        CHECK(rotation(out + u"/content/posts/oven-door/01-reality.mp4"_s) == 90);
    }

    SECTION("nominal: an MPEG-4 Part 2 clip, whose header leaves out the picture size")
    {
        const QString clip = temp.filePath(u"old-camera.mp4"_s);
        REQUIRE(
            runFfmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc=size=320x240:rate=25:duration=1"_s,
                       u"-c:v"_s, u"mpeg4"_s, clip})
                .isEmpty());
        const QString out = temp.filePath(u"out"_s);
        DirectorySink sink(out);
        const ExportResult result =
            exporterFor(ExportFormat::Hugo)->exportStory(clipStory(clip), {}, sink);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        const QJsonObject stream = ffprobe(out + u"/content/posts/oven-door/01-reality.mp4"_s)
                                       .value(u"streams"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        CHECK(stream.value(u"codec_name"_s).toString() == u"mpeg4"_s);
        CHECK(stream.value(u"width"_s).toInt() == 320);
    }

    SECTION("robustness: a clip that cannot be read is an error naming the story and the file")
    {
        const QString clip = temp.filePath(u"broken.mp4"_s);
        REQUIRE(writeFile(clip,
                          QByteArray("\x00\x00\x00\x18"
                                     "ftypmp42 not really a movie",
                                     31)));
        const QString out = temp.filePath(u"out"_s);
        DirectorySink sink(out);
        const ExportResult result =
            exporterFor(ExportFormat::Markdown)->exportStory(clipStory(clip), {}, sink);
        REQUIRE_FALSE(result.ok());
        INFO(result.error.toStdString());
        CHECK(result.error.contains(u"The Oven Door"_s));
        CHECK(result.error.contains(u"01-reality.mp4"_s));
        // Reading the clip failed: the clip itself is named.
        CHECK(result.error.contains(u"Cannot remux the clip "_s + clip));
        CHECK_FALSE(QFile::exists(out + u"/oven-door/01-reality.mp4"_s));
        CHECK(QDir(out + u"/oven-door"_s)
                  .entryList(QDir::Files | QDir::Hidden)
                  .filter(u".spill-"_s)
                  .isEmpty());
    }
}

TEST_CASE("export: a clip the output device will not take is a write failure, not the clip's")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString clip = temp.filePath(u"plain.mp4"_s);
    REQUIRE(makeColourClip(clip).isEmpty());
    // /dev/full answers every write with ENOSPC, as a full disk does. It
    // cannot seek, which Matroska does without.
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly)) {
        WARN("skipped: /dev/full cannot be opened here");
        return;
    }
    const ClipRemux remux = remuxClipThroughModule(clip, u"mkv"_s, full);
    INFO(remux.error.toStdString());
    CHECK_FALSE(remux.ok());
    // The writer words it with its own file's name (Cannot write <file>: …).
    CHECK(remux.writeError == qt_error_string(ENOSPC));
}

TEST_CASE("html-single embeds clips up to 20 MB")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());

    SECTION("nominal: a small clip plays from the page itself")
    {
        const QString clip = temp.filePath(u"IMG_2041.mp4"_s);
        REQUIRE(makeTaggedClip(clip).isEmpty());
        MemorySink sink;
        const ExportResult result =
            exporterFor(ExportFormat::HtmlSingle)->exportStory(clipStory(clip), {}, sink);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        const QString html = QString::fromUtf8(sink.files().value(u"oven-door.html"_s));
        CHECK(html.contains(u"<source src=\"data:video/mp4;base64,"_s));
        CHECK_FALSE(html.contains(u"too large to embed"_s, Qt::CaseInsensitive));
        // The embedded clip is the remuxed one: no place in it.
        CHECK_FALSE(html.contains(QString::fromLatin1(QByteArray("+48.8584").toBase64())));
        CHECK(result.changes ==
              QStringList {u"the clip IMG_2041.mp4 loses its metadata (location, dates, device, "
                           "chapters)"_s});
    }

    SECTION("nominal: a clip over 20 MB becomes its poster frame with a note")
    {
        // Raw pictures in a QuickTime file: 1280 x 720 at 1.4 MB a frame.
        const QString clip = temp.filePath(u"long-take.mov"_s);
        const QString made = runFfmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s,
                                        u"testsrc=size=1280x720:rate=10:duration=1.6"_s, u"-c:v"_s,
                                        u"rawvideo"_s, u"-pix_fmt"_s, u"yuv420p"_s, clip});
        INFO(made.toStdString());
        REQUIRE(made.isEmpty());
        REQUIRE(QFileInfo(clip).size() > EmbeddedClipLimit);
        const QString poster = temp.filePath(u"poster.png"_s);
        QImage still(320, 180, QImage::Format_RGB32);
        still.fill(Qt::darkYellow);
        REQUIRE(still.save(poster));

        ExportInput input = clipStory(clip);
        input.resolveMedia = [poster](const MediaItem &m) { return MediaSource {m.file, poster}; };
        for (const QString &theme : {u"kitchen"_s, u"clean"_s}) {
            ExportOptions options;
            options.theme = theme;
            MemorySink sink;
            const ExportResult result =
                exporterFor(ExportFormat::HtmlSingle)->exportStory(input, options, sink);
            INFO(theme.toStdString() << ": " << result.error.toStdString());
            REQUIRE(result.ok());
            const QString html = QString::fromUtf8(sink.files().value(u"oven-door.html"_s));
            CHECK(html.contains(u"Clip too large to embed."_s));
            CHECK_FALSE(html.contains(u"data:video/"_s));
            CHECK_FALSE(html.contains(u"<video"_s));
            CHECK(html.contains(u"<img src=\"data:image/png;base64,"_s));
            CHECK(result.changes ==
                  QStringList {u"the clip long-take.mov is larger than 20 MB and is not embedded: "
                               "its poster frame stands in, with a note"_s});
        }
    }
}

TEST_CASE("the change list is worked out once from the post")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString clip = temp.filePath(u"IMG_2041.mp4"_s);
    REQUIRE(makeTaggedClip(clip).isEmpty());
    const ExportInput input = clipStory(clip);
    QString error;
    std::optional<Post> post = preparePost(input, {}, &error);
    INFO(error.toStdString());
    REQUIRE(post);

    SECTION("nominal: each exporter reports exportChanges() of its format")
    {
        for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Hugo,
                                    ExportFormat::Jekyll, ExportFormat::Html}) {
            MemorySink sink;
            const ExportResult result = exporterFor(format)->exportStory(input, {}, sink);
            INFO(exportFormatKey(format).toStdString());
            REQUIRE(result.ok());
            CHECK(result.changes == exportChanges(*post, format));
            CHECK(result.changes ==
                  QStringList {u"the clip IMG_2041.mp4 is renamed 01-reality.mp4"_s,
                               u"the clip 01-reality.mp4 loses its metadata (location, dates, "
                               "device, chapters)"_s});
        }
    }

    SECTION("nominal: html-single decides after embedding")
    {
        REQUIRE(embedClips(&*post).isEmpty());
        MemorySink sink;
        const ExportResult result =
            exporterFor(ExportFormat::HtmlSingle)->exportStory(input, {}, sink);
        REQUIRE(result.ok());
        CHECK(result.changes == exportChanges(*post, ExportFormat::HtmlSingle));
    }
}
