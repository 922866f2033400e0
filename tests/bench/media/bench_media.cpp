// SPDX-License-Identifier: GPL-3.0-or-later
// Imports a batch of 12-megapixel JPEGs into a fresh library and reports
// thumbnails per second and peak memory, beside a single-threaded
// QImageReader::setScaledSize loop and ImageMagick on the same batch.
//
//   bench_media [--count N] [--photos DIR] [--rounds N] [--no-imagemagick]
//
// The photos are generated once into DIR (default: a folder in /tmp) and
// reused by later runs.
#include "media/mediaimporter.h"
#include "media/thumbnailcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <sys/resource.h>

using namespace Spill;

namespace {

constexpr QSize PhotoSize(4000, 3000);
constexpr int ThumbnailSize = 256;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux 4.0+), so each phase has its own peak.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// A photo-like picture: smooth gradients, a few shapes and sensor-like noise,
// so JPEG decoding costs what it costs on real photos.
void writePhoto(const QString &path, int seed)
{
    QImage image(PhotoSize, QImage::Format_RGB32);
    QRandomGenerator random {quint32(seed)};
    const int cx = random.bounded(PhotoSize.width());
    const int cy = random.bounded(PhotoSize.height());
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = (std::abs(x - cx) + std::abs(y - cy)) / 24;
            const int n = int(random.bounded(25)) - 12;
            line[x] = qRgb(qBound(0, 60 + (x * 160 / image.width()) + n, 255),
                           qBound(0, 40 + (d % 120) + n, 255),
                           qBound(0, 200 - (y * 150 / image.height()) + n, 255));
        }
    }
    image.save(path, "JPEG", 90);
}

QStringList preparePhotos(const QString &dir, int count)
{
    QDir().mkpath(dir);
    QStringList paths;
    for (int i = 0; i < count; ++i)
        paths << QDir(dir).filePath(QStringLiteral("photo-%1.jpg").arg(i, 3, 10, QLatin1Char('0')));
    QList<int> missing;
    for (int i = 0; i < count; ++i) {
        if (!QFile::exists(paths.at(i)))
            missing << i;
    }
    if (!missing.isEmpty()) {
        out() << "generating " << missing.size() << " photos of " << PhotoSize.width() << "x"
              << PhotoSize.height() << " into " << dir << " ..." << Qt::endl;
        QtConcurrent::blockingMap(missing, [&paths](int i) { writePhoto(paths.at(i), i); });
    }
    return paths;
}

// Reads every file once so all contenders start with a warm page cache.
qint64 warmUp(const QStringList &paths)
{
    qint64 bytes = 0;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll().size();
    }
    return bytes;
}

// CPU seconds used so far by this process, or by its finished children.
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').first());
}

// Wall time gives the throughput a creator sees; CPU time per thumbnail
// shows the work done, which other load on the machine changes less.
void report(const char *what, int count, qint64 ms, double cpu, qint64 peakKb = -1)
{
    out() << "| " << what << " | " << count << " | " << ms << " | "
          << QString::number(count * 1000.0 / double(qMax<qint64>(1, ms)), 'f', 1) << " | "
          << QString::number(cpu * 1000.0 / qMax(1, count), 'f', 1) << " | "
          << (peakKb >= 0 ? QString::number(peakKb / 1024) : QStringLiteral("-")) << " | "
          << loadAverage() << " |" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("SPILL_METADATA_MODULE"))
        qputenv("SPILL_METADATA_MODULE", SPILL_BENCH_METADATA_MODULE);
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int count = 200;
    bool withImageMagick = true;
    int rounds = 2;
    QString photoDir = QDir::temp().filePath(QStringLiteral("spill-bench-media-photos"));
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--count" && i + 1 < args.size())
            count = args.at(++i).toInt();
        else if (args.at(i) == u"--photos" && i + 1 < args.size())
            photoDir = args.at(++i);
        else if (args.at(i) == u"--rounds" && i + 1 < args.size())
            rounds = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == u"--no-imagemagick")
            withImageMagick = false;
    }
    const QStringList photos = preparePhotos(photoDir, count);
    const qint64 bytes = warmUp(photos);
    out() << count << " JPEGs, " << bytes / (1024 * 1024) << " MB, " << QThread::idealThreadCount()
          << " cores" << Qt::endl;

    QTemporaryDir scratch;
    QElapsedTimer timer;
    double cpu = 0;
    out() << "| run | thumbnails | wall ms | thumbnails/s | CPU ms per thumbnail | peak MB (VmHWM) "
             "| load average |\n|---|---|---|---|---|---|---|"
          << Qt::endl;

    // 1. Spill's import: copy + hash + checks + one decode at 256 px per
    //    photo, thumbnails written to the cache, on all cores.
    {
        const QString library = scratch.filePath(QStringLiteral("library"));
        ThumbnailCache thumbnails(library);
        MediaImporter importer((MediaStore(library)), &thumbnails);
        importer.setThumbnailSize(ThumbnailSize);
        QEventLoop loop;
        int failures = 0;
        QStringList hashes;
        QObject::connect(&importer, &MediaImporter::finished, &loop,
                         [&](const QList<ImportedMedia> &results) {
                             for (const ImportedMedia &r : results) {
                                 failures += r.ok() ? 0 : 1;
                                 if (r.ok())
                                     hashes << r.hash;
                                 else
                                     out() << r.error << Qt::endl;
                             }
                             loop.quit();
                         });
        // The thread that started the import must stay free: a 10 ms timer
        // on it records the longest wait between two of its ticks.
        QTimer ticker;
        ticker.setInterval(10);
        QElapsedTimer sinceTick;
        qint64 longestPause = 0;
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            longestPause = qMax(longestPause, sinceTick.restart() - ticker.interval());
        });
        resetPeak();
        cpu = cpuSeconds();
        timer.start();
        sinceTick.start();
        ticker.start();
        importer.start(photos);
        loop.exec();
        ticker.stop();
        report("Spill import (MediaImporter, all cores)", count - failures, timer.elapsed(),
               cpuSeconds() - cpu, statusKb("VmHWM:"));
        out() << "(longest pause of the importing thread's event loop: " << longestPause << " ms)"
              << Qt::endl;

        // 2 and 3, alternated over several rounds so both see the same load
        // on a shared machine: the thumbnail cache alone (from the stored
        // files, cache emptied), and the decoder's own floor, one thread of
        // QImageReader with setScaledSize.
        for (int round = 1; round <= rounds; ++round) {
            QDir(thumbnails.thumbnailDir()).removeRecursively();
            QList<QFuture<ThumbnailResult>> futures;
            resetPeak();
            cpu = cpuSeconds();
            timer.start();
            for (const QString &hash : std::as_const(hashes))
                futures << thumbnails.request(hash, QStringLiteral("jpg"), ThumbnailSize);
            int made = 0;
            for (auto &future : futures)
                made += future.result().ok() ? 1 : 0;
            report("Spill ThumbnailCache::request (all cores)", made, timer.elapsed(),
                   cpuSeconds() - cpu, statusKb("VmHWM:"));

            resetPeak();
            cpu = cpuSeconds();
            timer.start();
            made = 0;
            for (const QString &path : photos) {
                QImageReader reader(path, "jpeg");
                reader.setScaledSize(
                    reader.size().scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio));
                made += reader.read().isNull() ? 0 : 1;
            }
            report("single-threaded QImageReader::setScaledSize", made, timer.elapsed(),
                   cpuSeconds() - cpu, statusKb("VmHWM:"));
        }
    }

    // 4. ImageMagick, one process per photo, as a shell loop would run it.
    const QString convert = QStandardPaths::findExecutable(QStringLiteral("convert"));
    if (!withImageMagick) {
    } else if (convert.isEmpty()) {
        out() << "ImageMagick convert not found; skipped" << Qt::endl;
    } else {
        cpu = cpuSeconds(RUSAGE_CHILDREN);
        timer.start();
        int made = 0;
        const QString target = scratch.filePath(QStringLiteral("im.jpg"));
        for (const QString &path : photos) {
            const int code = QProcess::execute(
                convert,
                {QStringLiteral("-define"), QStringLiteral("jpeg:size=512x512"), path,
                 QStringLiteral("-thumbnail"), QStringLiteral("256x256"), target});
            made += code == 0 ? 1 : 0;
        }
        report("ImageMagick convert -define jpeg:size=512x512", made, timer.elapsed(),
               cpuSeconds(RUSAGE_CHILDREN) - cpu);
    }
    return 0;
}
