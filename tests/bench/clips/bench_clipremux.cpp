// SPDX-License-Identifier: GPL-3.0-or-later
// Clip remux benchmark. Usage: bench_clipremux [CLIP [DIR]]
// Without CLIP (or with ""), makes a 60-second 1080p H.264 clip with AAC sound (about
// 150 MB, a phone's bit rate) with ffmpeg in DIR (default: the current
// folder, the file system being measured). Prints the clip's megabytes per
// second through remuxClipThroughModule() into a DirectorySink, durably per
// file and with one sync at the end, next to a plain durable copy of the
// same file: the floor, since a remux reads and writes every byte too.
#include "export/clipremuxloader.h"
#include "export/exportsink.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIODevice>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Spill;

namespace {

constexpr int Rounds = 3;

QString makeClip(const QString &dir)
{
    const QString path = QDir(dir).filePath(u"bench-clip.mp4"_s);
    std::printf("making a 60 s 1080p clip with ffmpeg…\n");
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ffmpeg.start(u"ffmpeg"_s,
                 {u"-hide_banner"_s,
                  u"-loglevel"_s,
                  u"error"_s,
                  u"-y"_s,
                  u"-f"_s,
                  u"lavfi"_s,
                  u"-i"_s,
                  u"testsrc2=size=1920x1080:rate=30:duration=60"_s,
                  u"-f"_s,
                  u"lavfi"_s,
                  u"-i"_s,
                  u"sine=frequency=440:duration=60"_s,
                  u"-c:v"_s,
                  u"libx264"_s,
                  u"-preset"_s,
                  u"ultrafast"_s,
                  u"-b:v"_s,
                  u"20M"_s,
                  u"-minrate"_s,
                  u"20M"_s,
                  u"-maxrate"_s,
                  u"20M"_s,
                  u"-bufsize"_s,
                  u"20M"_s,
                  u"-pix_fmt"_s,
                  u"yuv420p"_s,
                  u"-c:a"_s,
                  u"aac"_s,
                  u"-metadata"_s,
                  u"location=+48.8584+002.2945/"_s,
                  u"-movflags"_s,
                  u"use_metadata_tags"_s,
                  path});
    if (!ffmpeg.waitForFinished(-1) || ffmpeg.exitCode() != 0) {
        std::fprintf(stderr, "ffmpeg failed\n");
        return {};
    }
    return path;
}

// Seconds for `run`, the best of a few rounds (the machine is shared).
template<typename Run> double best(Run run)
{
    double fastest = 1e9;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!run(round))
            return -1;
        fastest = std::min(fastest, timer.nsecsElapsed() / 1e9);
    }
    return fastest;
}

bool copyDurably(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            return false;
    }
    out.flush();
    return ::fsync(out.handle()) == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("SPILL_REMUX_MODULE"))
        qputenv("SPILL_REMUX_MODULE", SPILL_BENCH_REMUX_MODULE);
    const QStringList args = app.arguments();
    const QString dir = args.size() > 2 ? args.at(2) : QDir::currentPath();
    QTemporaryDir work(QDir(dir).filePath(u"bench-clipremux-XXXXXX"_s));
    if (!work.isValid())
        return 1;
    const QString clip =
        args.size() > 1 && !args.at(1).isEmpty() ? args.at(1) : makeClip(work.path());
    if (clip.isEmpty())
        return 1;
    QString error;
    if (!ClipRemuxModule::load(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double megabytes = QFileInfo(clip).size() / 1e6;
    const QString suffix = QFileInfo(clip).suffix().toLower();
    std::printf("clip: %s, %.1f MB\n", qPrintable(clip), megabytes);

    const auto remux = [&](DirectorySink::Durability durability) {
        return best([&](int round) {
            DirectorySink sink(work.filePath(u"out"_s), durability);
            const QString error =
                sink.writeWith(u"clip-%1.%2"_s.arg(round).arg(suffix), [&](QIODevice &out) {
                    const ClipRemux remux = remuxClipThroughModule(clip, suffix, out);
                    return Produced {remux.error, remux.writeError};
                });
            if (!error.isEmpty() || !sink.finish().isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return false;
            }
            return true;
        });
    };
    const double eachFile = remux(DirectorySink::Durability::EachFile);
    const double atFinish = remux(DirectorySink::Durability::AtFinish);
    const double copy =
        best([&](int round) { return copyDurably(clip, work.filePath(u"copy-%1"_s.arg(round))); });
    if (eachFile < 0 || atFinish < 0 || copy < 0)
        return 1;
    std::printf("| run | time | MB/s |\n| --- | ---: | ---: |\n");
    std::printf("| remux, fsync per file (QSaveFile) | %.2f s | %.0f |\n", eachFile,
                megabytes / eachFile);
    std::printf("| remux, one sync at the end | %.2f s | %.0f |\n", atFinish, megabytes / atFinish);
    std::printf("| floor: durable copy of the file | %.2f s | %.0f |\n", copy, megabytes / copy);
    return 0;
}
