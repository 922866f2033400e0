// SPDX-License-Identifier: GPL-3.0-or-later
#include "videoprober.h"

#include "story/mediaorigin.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct VideoProberText
{
    Q_DECLARE_TR_FUNCTIONS(VideoProber)
};

// The largest frame the probe may hand back: a clip is at most 8K wide.
constexpr int FrameAllocationLimitMb = 256;

} // namespace

VideoProber::VideoProber()
    : VideoProber(QString(), {QStringLiteral("__probe")})
{
}

VideoProber::VideoProber(QString program, QStringList leadingArguments, int timeoutMs)
    : m_program(std::move(program))
    , m_leadingArguments(std::move(leadingArguments))
    , m_timeoutMs(timeoutMs)
{
}

VideoProbe VideoProber::probe(const QString &path, std::optional<qint64> frameMs,
                              const QString &displayName) const
{
    VideoProbe result;
    const QString name = displayName.isEmpty() ? QFileInfo(path).fileName() : displayName;
    const auto fail = [&](const QString &reason) {
        result.error = VideoProberText::tr("%1: %2").arg(name, reason);
        return result;
    };

    QTemporaryDir scratch;
    QStringList arguments = m_leadingArguments;
    arguments << QFileInfo(path).absoluteFilePath();
    QString framePath;
    if (frameMs) {
        if (!scratch.isValid())
            return fail(VideoProberText::tr("no temporary folder for the frame (%1)")
                            .arg(scratch.errorString()));
        framePath = scratch.filePath(QStringLiteral("frame.png"));
        arguments << QStringLiteral("--frame") << QString::number(*frameMs)
                  << QStringLiteral("--out") << framePath;
    }

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_MEDIA_BACKEND"), QStringLiteral("ffmpeg"));
    process.setProcessEnvironment(env);
    // Decoders can write a lot of diagnostics on a damaged file; only the
    // JSON on stdout matters.
    process.setStandardErrorFile(QProcess::nullDevice());
    const QString program =
        m_program.isEmpty() ? QCoreApplication::applicationFilePath() : m_program;
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(m_timeoutMs))
        return fail(VideoProberText::tr("the video probe %1 could not be started (%2)")
                        .arg(program, process.errorString()));
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return fail(VideoProberText::tr(
                        "probing took longer than %1 s and was stopped; the file may be damaged")
                        .arg(m_timeoutMs / 1000.0));
    }
    if (process.exitStatus() == QProcess::CrashExit)
        return fail(
            VideoProberText::tr("the video probe crashed on this file; it is probably damaged"));

    // The JSON object is the last line; decoders may chatter before it.
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject json = QJsonDocument::fromJson(lines.last()).object();
    if (json.isEmpty())
        return fail(VideoProberText::tr("the video probe gave no answer (exit code %1)")
                        .arg(process.exitCode()));
    if (json.contains(u"error") || process.exitCode() != 0)
        return fail(json.value(u"error").toString(VideoProberText::tr("the video probe failed")));

    result.durationMs = json.value(u"duration_ms").toInteger();
    result.width = json.value(u"width").toInt();
    result.height = json.value(u"height").toInt();
    result.captured = QDateTime::fromString(json.value(u"captured").toString(),
                                            QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    result.camera = originName(json.value(u"camera").toString());
    if (frameMs) {
        QImageReader reader(framePath, "png");
        reader.setAllocationLimit(FrameAllocationLimitMb);
        result.frame = reader.read();
        if (result.frame.isNull())
            return fail(VideoProberText::tr("the poster frame could not be read (%1)")
                            .arg(reader.errorString()));
    }
    return result;
}

} // namespace Spill
