// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/videoprobe.h"
#include "media/videoprober.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Spill;

namespace {

VideoProber testProber(int timeoutMs = VideoProber::DefaultTimeoutMs)
{
    return VideoProber(QStringLiteral(SPILL_PROBE_TEST_HOST), {QStringLiteral("__probe")},
                       timeoutMs);
}

} // namespace

TEST_CASE("Video probing", "[media][video]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("nominal: MP4 probed in this process: duration, size, frames over time")
    {
        const QString clip = dir.filePath(QStringLiteral("colours.mp4"));
        REQUIRE(Test::makeColourClip(clip) == QString());
        const VideoProbe probe = probeVideoInProcess(clip);
        INFO(probe.error.toStdString());
        REQUIRE(probe.ok());
        CHECK(probe.durationMs >= 2900);
        CHECK(probe.durationMs <= 3100);
        CHECK(probe.width == 160);
        CHECK(probe.height == 120);

        QString error;
        CHECK(Test::dominantChannel(extractFrame(clip, 500, &error)) == 'r');
        CHECK(Test::dominantChannel(extractFrame(clip, 1500, &error)) == 'g');
        CHECK(Test::dominantChannel(extractFrame(clip, 2500, &error)) == 'b');
    }
    SECTION("nominal: WebM (VP9) probed in the child process, with its poster frame")
    {
        const QString clip = dir.filePath(QStringLiteral("colours.webm"));
        REQUIRE(Test::makeColourClip(clip, QSize(128, 96)) == QString());
        const VideoProbe probe = testProber().probe(clip, 2200);
        INFO(probe.error.toStdString());
        REQUIRE(probe.ok());
        CHECK(probe.width == 128);
        CHECK(probe.height == 96);
        CHECK(probe.durationMs >= 2900);
        CHECK(Test::dominantChannel(probe.frame) == 'b');
        CHECK(Test::dominantChannel(testProber().probe(clip, 0).frame) == 'r');
    }
    SECTION("nominal: when a clip was recorded, from its container, through the child")
    {
        const QString plain = dir.filePath(QStringLiteral("plain.mp4"));
        REQUIRE(Test::makeColourClip(plain) == QString());
        const auto tagged = [&](const QString &name, const QStringList &metadata) {
            const QString path = dir.filePath(name);
            QStringList args {QStringLiteral("-i"),        plain,
                              QStringLiteral("-c"),        QStringLiteral("copy"),
                              QStringLiteral("-movflags"), QStringLiteral("use_metadata_tags")};
            for (const QString &entry : metadata)
                args << QStringLiteral("-metadata") << entry;
            REQUIRE(Test::runFfmpeg(args << path) == QString());
            const VideoProbe probe = testProber().probe(path);
            INFO(probe.error.toStdString());
            REQUIRE(probe.ok());
            return probe;
        };
        // A camera's creation_time is UTC: shown in this machine's time zone.
        const VideoProbe camera =
            tagged(QStringLiteral("camera.mp4"),
                   {QStringLiteral("creation_time=2026-11-20T17:43:00.000000Z")});
        QDateTime utc(QDate(2026, 11, 20), QTime(17, 43), Qt::UTC);
        CHECK(camera.captured.toString(Qt::ISODate) ==
              utc.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        // A phone's own local date wins, as its clock showed it; its name too.
        const VideoProbe phone =
            tagged(QStringLiteral("phone.mov"),
                   {QStringLiteral("creation_time=2026-11-20T17:43:00.000000Z"),
                    QStringLiteral("com.apple.quicktime.creationdate=2026-11-20T18:43:05+0100"),
                    QStringLiteral("com.apple.quicktime.make=Apple"),
                    QStringLiteral("com.apple.quicktime.model=iPhone 13 mini")});
        CHECK(phone.captured == QDateTime(QDate(2026, 11, 20), QTime(18, 43, 5)));
        CHECK(phone.camera == QStringLiteral("Apple iPhone 13 mini"));
        // A clock never set, and no date at all: none, never a made-up one.
        CHECK_FALSE(tagged(QStringLiteral("unset.mp4"),
                           {QStringLiteral("creation_time=1970-01-01T00:00:00.000000Z")})
                        .captured.isValid());
        CHECK_FALSE(testProber().probe(plain).captured.isValid());
    }
    SECTION("robustness: the probe command refuses malformed arguments with JSON")
    {
        const QList<QStringList> bad = {
            {},
            {QStringLiteral("a.mp4"), QStringLiteral("--frame"), QStringLiteral("12")},
            {QStringLiteral("a.mp4"), QStringLiteral("--frame"), QStringLiteral("-5"),
             QStringLiteral("--out"), QStringLiteral("f.png")},
            {QStringLiteral("a.mp4"), QStringLiteral("--bogus")},
        };
        for (const QStringList &arguments : bad) {
            QString text;
            QTextStream out(&text);
            CHECK(runProbeCommand(arguments, out) == 2);
            const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
            CHECK_FALSE(json.value(u"error").toString().isEmpty());
        }
        QString text;
        QTextStream out(&text);
        CHECK(runProbeCommand({dir.filePath(QStringLiteral("missing.mp4"))}, out) == 1);
        CHECK(text.contains(u"does not exist"));
    }
    SECTION("robustness: a corrupt MP4 gives an error naming the file")
    {
        const QString clip = dir.filePath(QStringLiteral("broken.mp4"));
        QByteArray bytes("\0\0\0\x18"
                         "ftypisom\0\0\x02\0isomiso2",
                         24);
        bytes += QByteArray(4000, '\x5A');
        REQUIRE(Test::writeFile(clip, bytes));
        const VideoProbe probe = testProber().probe(clip);
        CHECK_FALSE(probe.ok());
        CHECK(probe.error.contains(u"broken.mp4"));
    }
    SECTION("robustness: a probe that hangs is killed after the timeout")
    {
        const VideoProber hanging(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("exec sleep 600"), QStringLiteral("sh")}, 1000);
        const VideoProbe probe = hanging.probe(dir.filePath(QStringLiteral("any.mp4")));
        CHECK_FALSE(probe.ok());
        CHECK(probe.error.contains(u"any.mp4"));
        CHECK(probe.error.contains(u"stopped"));
    }
    SECTION("robustness: a probe that crashes is reported, not fatal")
    {
        const VideoProber crashing(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$"), QStringLiteral("sh")});
        const VideoProbe probe = crashing.probe(dir.filePath(QStringLiteral("evil.mp4")));
        CHECK_FALSE(probe.ok());
        CHECK(probe.error.contains(u"evil.mp4"));
        CHECK(probe.error.contains(u"crashed"));
    }
    SECTION("robustness: a missing probe program is reported")
    {
        const VideoProber missing(dir.filePath(QStringLiteral("no-such-program")), {});
        const VideoProbe probe = missing.probe(dir.filePath(QStringLiteral("clip.mp4")));
        CHECK_FALSE(probe.ok());
        CHECK(probe.error.contains(u"clip.mp4"));
    }
}
