// SPDX-License-Identifier: GPL-3.0-or-later
#include "videoprobe.h"

#include "containerprobe.h"
#include "files/wholefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMediaPlayer>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct VideoProbeText
{
    Q_DECLARE_TR_FUNCTIONS(VideoProbe)
};

// The child process has its own, longer, kill timeout; this one only makes
// sure a stuck decoder ends the loop with a message.
constexpr int InternalTimeoutMs = 12000;

// A frame counts as "at" the requested time once it starts no earlier than
// half a frame (at 25 fps) before it.
constexpr qint64 FrameToleranceUs = 20000;

} // namespace

VideoProbe probeVideoInProcess(const QString &path, std::optional<qint64> frameMs)
{
    VideoProbe result;
    if (!QFileInfo(path).isFile()) {
        result.error = VideoProbeText::tr("the file does not exist");
        return result;
    }
    // The container says what it holds; Qt Multimedia only shows the frame.
    const ContainerInfo container = probeContainer(path);
    if (!container.ok()) {
        result.error = container.error;
        return result;
    }
    if (!container.hasVideo()) {
        result.error = VideoProbeText::tr("it has no video track");
        return result;
    }
    result.durationMs = container.durationMs;
    result.width = container.width;
    result.height = container.height;
    result.captured = container.captured;
    result.camera = container.camera;
    if (!frameMs)
        return result;

    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoOutput(&sink);
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    bool loaded = false;
    bool done = false;
    QVideoFrame lastFrame;

    const auto finish = [&](const QString &error) {
        if (done)
            return;
        done = true;
        if (result.error.isEmpty())
            result.error = error;
        loop.quit();
    };
    const auto takeFrame = [&](const QVideoFrame &frame) {
        result.frame = frame.toImage();
        if (result.frame.isNull())
            finish(VideoProbeText::tr("the frame at %1 ms could not be converted").arg(*frameMs));
        else
            finish({});
    };

    QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
        finish(
            VideoProbeText::tr("probing did not finish within %1 s").arg(InternalTimeoutMs / 1000));
    });
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &loop,
                     [&](QMediaPlayer::Error, const QString &text) {
                         finish(VideoProbeText::tr("it is not a playable video (%1)").arg(text));
                     });
    QObject::connect(&player, &QMediaPlayer::mediaStatusChanged, &loop,
                     [&](QMediaPlayer::MediaStatus status) {
                         if (status == QMediaPlayer::InvalidMedia) {
                             finish(VideoProbeText::tr("it is not a playable video (%1)")
                                        .arg(player.errorString()));
                         } else if (status == QMediaPlayer::LoadedMedia && !loaded) {
                             loaded = true;
                             if (!player.hasVideo()) {
                                 finish(VideoProbeText::tr("it has no video track"));
                                 return;
                             }
                             player.setPosition(*frameMs);
                             player.play();
                         } else if (status == QMediaPlayer::EndOfMedia && !done) {
                             if (frameMs && lastFrame.isValid())
                                 takeFrame(lastFrame);
                             else
                                 finish(VideoProbeText::tr("it ended before a frame was shown"));
                         }
                     });
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame &frame) {
        if (done || !frame.isValid())
            return;
        if (frame.startTime() >= *frameMs * 1000 - FrameToleranceUs)
            takeFrame(frame);
        else
            lastFrame = frame;
    });

    guard.start(InternalTimeoutMs);
    player.setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    if (!done)
        loop.exec();
    player.stop();
    return result;
}

QImage extractFrame(const QString &path, qint64 ms, QString *error)
{
    VideoProbe probe = probeVideoInProcess(path, ms);
    if (error)
        *error = probe.error;
    return probe.ok() ? probe.frame : QImage();
}

int runProbeCommand(const QStringList &arguments, QTextStream &out)
{
    QJsonObject json;
    const auto reply = [&out, &json](int code) {
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
        out.flush();
        return code;
    };

    QString file;
    std::optional<qint64> frameMs;
    QString outPath;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--frame" && i + 1 < arguments.size()) {
            bool ok = false;
            frameMs = arguments.at(++i).toLongLong(&ok);
            if (!ok || *frameMs < 0) {
                json[u"error"] = VideoProbeText::tr("--frame needs a time in milliseconds");
                return reply(2);
            }
        } else if (arg == u"--out" && i + 1 < arguments.size()) {
            outPath = arguments.at(++i);
        } else if (file.isEmpty() && !arg.startsWith(u"--")) {
            file = arg;
        } else {
            json[u"error"] = VideoProbeText::tr("unexpected argument %1").arg(arg);
            return reply(2);
        }
    }
    if (file.isEmpty() || frameMs.has_value() != !outPath.isEmpty()) {
        json[u"error"] = VideoProbeText::tr("usage: __probe FILE [--frame MS --out PNG]");
        return reply(2);
    }

    const VideoProbe probe = probeVideoInProcess(file, frameMs);
    if (!probe.ok()) {
        json[u"error"] = probe.error;
        return reply(1);
    }
    json[u"duration_ms"] = probe.durationMs;
    json[u"width"] = probe.width;
    json[u"height"] = probe.height;
    if (probe.captured.isValid())
        json[u"captured"] = probe.captured.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!probe.camera.isEmpty())
        json[u"camera"] = probe.camera;
    if (frameMs) {
        // Encoded in memory, then written whole: a failing disk is met by
        // our own write, never by the encoder's error path.
        QByteArray encoded;
        QBuffer buffer(&encoded);
        buffer.open(QIODevice::WriteOnly);
        QSaveFile png(outPath);
        QString reason;
        if (!probe.frame.save(&buffer, "PNG"))
            reason = VideoProbeText::tr("encoding failed");
        else if (!png.open(QIODevice::WriteOnly))
            reason = png.errorString();
        else
            reason = writeWhole(png, encoded);
        if (!reason.isEmpty()) {
            json[u"error"] = VideoProbeText::tr("the frame could not be written to %1 (%2)")
                                 .arg(outPath, reason);
            return reply(1);
        }
        json[u"frame"] = outPath;
    }
    return reply(0);
}

} // namespace Spill
