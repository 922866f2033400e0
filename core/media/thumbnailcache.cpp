// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcache.h"

#include "files/wholefile.h"
#include "mediaformats.h"
#include "mediastore.h"
#include "photodecode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

namespace {

// The image in the given format, or nothing when it cannot be encoded.
QByteArray encodeImage(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        bytes.clear();
    return bytes;
}

// Gives the file's messages one translation context, the same for lupdate.
struct ThumbnailCacheText
{
    Q_DECLARE_TR_FUNCTIONS(ThumbnailCache)
};

// A thumbnail is at most a few megapixels; cached files are read under a
// tight limit of their own.
constexpr int CachedThumbnailLimitMb = 64;
constexpr int MaxThumbnailSize = 2048;

bool isVideoSuffix(const QString &suffix)
{
    return videoSuffixes().contains(suffix);
}

QByteArray readerFormatFor(const QString &suffix)
{
    if (suffix == u"jpg")
        return QByteArrayLiteral("jpeg");
    return suffix.toLatin1(); // png, webp
}

// Photos with possible transparency keep it; everything else is JPEG.
bool cachedAsPng(const QString &suffix)
{
    return suffix == u"png" || suffix == u"webp";
}

} // namespace

ThumbnailCache::ThumbnailCache(QString libraryDir, VideoProber prober, int maxThreads)
    : m_libraryDir(std::move(libraryDir))
    , m_prober(std::move(prober))
{
    m_pool.setMaxThreadCount(qMax(1, maxThreads));
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.waitForDone();
}

QString ThumbnailCache::thumbnailDir() const
{
    return QDir(m_libraryDir).filePath(QStringLiteral("thumbnails"));
}

QString ThumbnailCache::cachePath(const QString &hash, const QString &suffix, int size,
                                  qint64 posterMs) const
{
    if (!MediaStore::isValidHash(hash) || !MediaStore::isStoreSuffix(suffix) || size <= 0 ||
        size > MaxThumbnailSize || posterMs < 0)
        return {};
    QString name = hash + u'-' + QString::number(size);
    if (isVideoSuffix(suffix) && posterMs > 0)
        name += u'-' + QString::number(posterMs);
    name += cachedAsPng(suffix) ? u".png" : u".jpg";
    return QDir(thumbnailDir()).filePath(name);
}

QFuture<ThumbnailResult> ThumbnailCache::request(const QString &hash, const QString &suffix,
                                                 int size, qint64 posterMs)
{
    return QtConcurrent::run(&m_pool, [this, hash, suffix, size, posterMs] {
        return thumbnail(hash, suffix, size, posterMs);
    });
}

ThumbnailResult ThumbnailCache::thumbnail(const QString &hash, const QString &suffix, int size,
                                          qint64 posterMs) const
{
    const QString path = cachePath(hash, suffix, size, posterMs);
    if (path.isEmpty()) {
        ThumbnailResult result {hash, size, {}, {}};
        result.error = ThumbnailCacheText::tr("no thumbnail of %1 pixels can be made for %2.%3")
                           .arg(size)
                           .arg(hash, suffix);
        return result;
    }
    if (QFileInfo::exists(path)) {
        QImageReader reader(path, cachedAsPng(suffix) ? "png" : "jpeg");
        reader.setAllocationLimit(CachedThumbnailLimitMb);
        QImage image = reader.read();
        if (!image.isNull() && qMax(image.width(), image.height()) <= size)
            return ThumbnailResult {hash, size, image, {}};
        // A damaged cache file is made again below.
    }
    return generate(hash, suffix, size, posterMs);
}

ThumbnailResult ThumbnailCache::generate(const QString &hash, const QString &suffix, int size,
                                         qint64 posterMs) const
{
    ThumbnailResult result {hash, size, {}, {}};
    const MediaStore store(m_libraryDir);
    const QString source = store.filePath(hash, suffix);
    const QString name = QFileInfo(source).fileName();
    if (!QFileInfo::exists(source)) {
        result.error =
            ThumbnailCacheText::tr("%1: the media file is missing from the library").arg(name);
        return result;
    }
    if (isVideoSuffix(suffix)) {
        VideoProbe probe = m_prober.probe(source, posterMs);
        if (!probe.ok()) {
            result.error = probe.error;
            return result;
        }
        result.image =
            probe.frame.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    } else {
        QString reason;
        result.image = decodePhoto(source, readerFormatFor(suffix), size, &reason);
        if (result.image.isNull()) {
            result.error = ThumbnailCacheText::tr("%1: %2").arg(name, reason);
            return result;
        }
    }
    QString error;
    if (!insert(hash, suffix, size, result.image, &error, posterMs))
        result.error = error; // the image is still usable for this once
    return result;
}

bool ThumbnailCache::insert(const QString &hash, const QString &suffix, int size,
                            const QImage &image, QString *error, qint64 posterMs) const
{
    const QString path = cachePath(hash, suffix, size, posterMs);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = ThumbnailCacheText::tr("the thumbnail %1 cannot be written (%2)")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (path.isEmpty() || image.isNull())
        return fail(ThumbnailCacheText::tr("no image or a malformed name"));
    if (!QDir().mkpath(thumbnailDir()))
        return fail(ThumbnailCacheText::tr("the folder cannot be created"));
    // Encoded in memory, then written whole: a failing disk is met by our
    // own write and reported, never by the image encoder's error path.
    const bool png = cachedAsPng(suffix);
    const QByteArray encoded = encodeImage(image, png ? "PNG" : "JPEG", png ? -1 : 88);
    if (encoded.isEmpty())
        return fail(ThumbnailCacheText::tr("encoding failed"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (const QString reason = writeWhole(file, encoded); !reason.isEmpty())
        return fail(reason);
    return true;
}

PosterFrame ThumbnailCache::posterFrame(const QString &hash, const QString &suffix,
                                        qint64 posterMs) const
{
    PosterFrame result;
    if (!MediaStore::isValidHash(hash) || !isVideoSuffix(suffix) || posterMs < 0) {
        result.error = ThumbnailCacheText::tr("%1.%2 is not a stored clip").arg(hash, suffix);
        return result;
    }
    QString name = hash + QStringLiteral("-poster");
    if (posterMs > 0)
        name += u'-' + QString::number(posterMs);
    const QString path = QDir(thumbnailDir()).filePath(name + QStringLiteral(".jpg"));
    if (QFileInfo(path).isFile()) {
        QImageReader reader(path, "jpeg");
        if (reader.canRead() && reader.size().isValid()) {
            result.file = path;
            return result;
        }
        // A damaged cache file is made again below.
    }

    const QString source = MediaStore(m_libraryDir).filePath(hash, suffix);
    if (!QFileInfo::exists(source)) {
        result.error = ThumbnailCacheText::tr("%1: the media file is missing from the library")
                           .arg(QFileInfo(source).fileName());
        return result;
    }
    const VideoProbe probe = m_prober.probe(source, posterMs);
    if (!probe.ok() || probe.frame.isNull()) {
        result.error = probe.ok() ? ThumbnailCacheText::tr("%1: no frame at %2 ms")
                                        .arg(QFileInfo(source).fileName())
                                        .arg(posterMs)
                                  : probe.error;
        return result;
    }
    QImage frame = probe.frame;
    if (qMax(frame.width(), frame.height()) > MaxThumbnailSize)
        frame = frame.scaled(MaxThumbnailSize, MaxThumbnailSize, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    const auto fail = [&](const QString &reason) {
        result.error = ThumbnailCacheText::tr("the poster frame %1 cannot be written (%2)")
                           .arg(QDir::toNativeSeparators(path), reason);
        return result;
    };
    if (!QDir().mkpath(thumbnailDir()))
        return fail(ThumbnailCacheText::tr("the folder cannot be created"));
    // Exports scale and re-encode it once more: keep this step nearly lossless.
    const QByteArray encoded = encodeImage(frame, "JPEG", 95);
    if (encoded.isEmpty())
        return fail(ThumbnailCacheText::tr("encoding failed"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (const QString reason = writeWhole(file, encoded); !reason.isEmpty())
        return fail(reason);
    result.file = path;
    return result;
}

void ThumbnailCache::removeAll(const QString &hash) const
{
    if (!MediaStore::isValidHash(hash))
        return;
    const QDir dir(thumbnailDir());
    const QStringList names = dir.entryList({hash + u"-*"}, QDir::Files);
    for (const QString &name : names)
        QFile::remove(dir.filePath(name));
}

} // namespace Spill
