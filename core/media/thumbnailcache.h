// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "videoprober.h"

#include <QFuture>
#include <QImage>
#include <QString>
#include <QThreadPool>

namespace Spill {

struct ThumbnailResult
{
    QString hash;
    int size = 0;
    QImage image; // fits size x size, orientation applied
    QString error; // translated, names the file; empty on success

    bool ok() const { return error.isEmpty(); }
};

// A clip's poster frame as a file, for exports.
struct PosterFrame
{
    QString file; // absolute path of a JPEG; empty when there is none
    QString error; // translated, names the clip; empty on success

    bool ok() const { return !file.isEmpty(); }
};

// Thumbnails of stored media, cached on disk as
// <library>/thumbnails/<hash>-<size>.<jpg|png> (videos at a poster time
// other than 0: <hash>-<size>-<ms>.jpg) and made again when missing.
// Photos are decoded at reduced size by the decoder itself; videos go
// through the VideoProber child process.
class ThumbnailCache
{
public:
    explicit ThumbnailCache(QString libraryDir, VideoProber prober = {},
                            int maxThreads = QThread::idealThreadCount());
    // Waits for the requests still running.
    ~ThumbnailCache();
    ThumbnailCache(const ThumbnailCache &) = delete;
    ThumbnailCache &operator=(const ThumbnailCache &) = delete;

    // For the GUI: runs on this cache's own thread pool, so the caller never
    // blocks (watch the future with a QFutureWatcher).
    QFuture<ThumbnailResult> request(const QString &hash, const QString &suffix, int size,
                                     qint64 posterMs = 0);

    // Blocking variant, for worker threads.
    ThumbnailResult thumbnail(const QString &hash, const QString &suffix, int size,
                              qint64 posterMs = 0) const;

    // Stores an image already decoded (an import's preview) as the thumbnail.
    bool insert(const QString &hash, const QString &suffix, int size, const QImage &image,
                QString *error = nullptr, qint64 posterMs = 0) const;

    // Blocking, for worker threads: the clip's frame at posterMs at the
    // clip's own size (its longer side at most 2048 pixels, never enlarged),
    // so every export of the clip gets the same poster whatever thumbnails
    // the views asked for. Cached as <hash>-poster[-<ms>].jpg; made by the
    // prober when missing.
    PosterFrame posterFrame(const QString &hash, const QString &suffix, qint64 posterMs = 0) const;

    const VideoProber &prober() const { return m_prober; }

    // The cache file for a thumbnail; empty when hash or suffix is malformed.
    QString cachePath(const QString &hash, const QString &suffix, int size,
                      qint64 posterMs = 0) const;
    QString thumbnailDir() const;

    // Deletes the cached thumbnails of one hash, for when its media goes.
    void removeAll(const QString &hash) const;

private:
    ThumbnailResult generate(const QString &hash, const QString &suffix, int size,
                             qint64 posterMs) const;

    QString m_libraryDir;
    VideoProber m_prober;
    QThreadPool m_pool; // last: destroyed (and waited for) first
};

} // namespace Spill
