// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediastore.h"

#include "contenthash.h"
#include "files/wholefile.h"
#include "mediaformats.h"
#include "mediapaths.h"
#include "photodecode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <unistd.h>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct MediaStoreText
{
    Q_DECLARE_TR_FUNCTIONS(MediaStore)
};

constexpr qint64 CopyChunkBytes = 1024 * 1024;

QString systemError(int error)
{
    return qt_error_string(error); // strerror() is not safe on import threads
}

// Fills in photo metadata from the stored copy and decodes it once.
QString inspectPhoto(QFile &copy, const SniffedFormat &format, const ImportOptions &options,
                     ImportedMedia &result)
{
    QString reason;
    const auto header = readPhotoHeader(copy.fileName(), format.readerFormat, &reason);
    if (!header)
        return reason;
    if (format.readerFormat == "jpeg") {
        const uchar *bytes = copy.map(0, copy.size());
        const bool complete = bytes &&
            jpegIsComplete(QByteArrayView(reinterpret_cast<const char *>(bytes), copy.size()));
        if (bytes)
            copy.unmap(const_cast<uchar *>(bytes));
        if (!complete)
            return MediaStoreText::tr("the JPEG data is truncated or damaged");
    }
    const int box = options.previewSize > 0 ? options.previewSize : 64;
    result.preview = decodePhoto(copy.fileName(), format.readerFormat, box, &reason);
    if (result.preview.isNull())
        return reason;
    result.width = header->displaySize().width();
    result.height = header->displaySize().height();
    result.orientation = header->orientation;
    result.origin = header->origin;
    return {};
}

QString inspectVideo(const QString &copyPath, const QString &name, const VideoProber &prober,
                     const ImportOptions &options, ImportedMedia &result)
{
    VideoProbe probe = prober.probe(
        copyPath, options.previewSize > 0 ? std::optional<qint64>(0) : std::nullopt, name);
    if (!probe.ok())
        return probe.error; // already names the file
    if (probe.durationMs <= 0)
        return MediaStoreText::tr(
                   "%1: its duration is unknown, so it cannot be checked against the limit of %2 "
                   "minutes")
            .arg(name)
            .arg(MaxVideoDurationMs / 60000);
    if (probe.durationMs > MaxVideoDurationMs)
        return MediaStoreText::tr("%1: it lasts %2 s; Spill takes clips of up to %3 minutes")
            .arg(name)
            .arg(probe.durationMs / 1000)
            .arg(MaxVideoDurationMs / 60000);
    result.width = probe.width;
    result.height = probe.height;
    result.durationMs = probe.durationMs;
    // A clip's ledger: when it was recorded and with what. Spill does not
    // judge whether a clip was edited.
    result.origin.known = true;
    result.origin.captured = probe.captured;
    result.origin.camera = probe.camera;
    if (!probe.frame.isNull() && options.previewSize > 0)
        result.preview = probe.frame.scaled(options.previewSize, options.previewSize,
                                            Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return {};
}

} // namespace

MediaItem ImportedMedia::toMediaItem(const QString &storedPath) const
{
    MediaItem item;
    item.hash = hash;
    item.file = storedPath;
    item.kind = kind;
    item.width = width;
    item.height = height;
    item.durationMs = durationMs;
    item.origin = origin;
    if (kind == MediaKind::Video)
        item.posterMs = 0;
    return item;
}

MediaStore::MediaStore(QString libraryDir, VideoProber prober)
    : m_libraryDir(std::move(libraryDir))
    , m_prober(std::move(prober))
{
}

QString MediaStore::mediaDir() const
{
    return QDir(m_libraryDir).filePath(QStringLiteral("media"));
}

bool MediaStore::isValidHash(const QString &hash)
{
    return isValidMediaHash(hash);
}

bool MediaStore::isStoreSuffix(const QString &suffix)
{
    return mediaStoreSuffixes().contains(suffix);
}

QString MediaStore::filePath(const QString &hash, const QString &suffix) const
{
    return mediaStorePath(m_libraryDir, hash, suffix);
}

bool MediaStore::contains(const QString &hash, const QString &suffix) const
{
    const QString path = filePath(hash, suffix);
    return !path.isEmpty() && QFileInfo(path).isFile();
}

bool MediaStore::remove(const QString &hash, QString *error) const
{
    if (!isValidHash(hash)) {
        if (error)
            *error = MediaStoreText::tr("%1 is not a media hash").arg(hash);
        return false;
    }
    for (const QString &suffix : mediaStoreSuffixes()) {
        QFile file(filePath(hash, suffix));
        if (file.exists() && !file.remove()) {
            if (error)
                *error = MediaStoreText::tr("%1 cannot be deleted (%2)")
                             .arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

ImportedMedia MediaStore::import(const QString &path, const ImportOptions &options) const
{
    ImportedMedia result;
    result.sourcePath = path;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const auto fail = [&](const QString &reason) {
        result.error = MediaStoreText::tr("%1: %2").arg(name, reason);
        result.preview = QImage();
        return result;
    };
    const auto cancelled = [&options] { return options.cancel && options.cancel->load(); };

    const auto promised = mediaKindForFileName(name);
    if (!promised)
        return fail(MediaStoreText::tr(
            "Spill takes JPEG, PNG and WebP photos and MP4, WebM and MOV videos only"));
    if (!info.exists())
        return fail(MediaStoreText::tr("the file no longer exists"));
    if (!info.isFile())
        return fail(MediaStoreText::tr("it is not a regular file"));
    if (info.size() == 0)
        return fail(MediaStoreText::tr("the file is empty"));
    if (info.size() > MaxVideoBytes)
        return fail(MediaStoreText::tr("it is %1 MB; Spill takes files of up to %2 MB")
                        .arg(info.size() / (1024 * 1024))
                        .arg(MaxVideoBytes / (1024 * 1024)));

    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return fail(MediaStoreText::tr("it cannot be read (%1)").arg(source.errorString()));
    const auto format = sniffFormat(source.peek(SniffBytes), info.suffix().toLower());
    if (!format || format->kind != *promised) {
        return fail(*promised == MediaKind::Photo
                        ? MediaStoreText::tr("its content is not a JPEG, PNG or WebP image")
                        : MediaStoreText::tr("its content is not an MP4, WebM or MOV video"));
    }
    result.kind = format->kind;
    result.suffix = format->suffix;

    if (!QDir().mkpath(mediaDir()))
        return fail(MediaStoreText::tr("the library's media folder %1 cannot be created")
                        .arg(QDir::toNativeSeparators(mediaDir())));
    QTemporaryFile copy(QDir(mediaDir()).filePath(QStringLiteral(".import-XXXXXX")));
    if (!copy.open())
        return fail(MediaStoreText::tr("the library's media folder %1 is not writable (%2)")
                        .arg(QDir::toNativeSeparators(mediaDir()), copy.errorString()));

    // One pass reads the original: it is hashed and copied at once.
    ContentHash hash;
    QByteArray chunk;
    while (!source.atEnd()) {
        if (cancelled())
            return fail(MediaStoreText::tr("the import was cancelled"));
        chunk = source.read(CopyChunkBytes);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return fail(MediaStoreText::tr("reading failed (%1)").arg(source.errorString()));
        if (chunk.isEmpty())
            break;
        hash.addData(chunk);
        // Written past QFile's buffer, so a full disk is reported by its
        // errno (QFileDevice can report it as "Unknown error").
        if (const int error = writeAll(copy.handle(), chunk); error != 0)
            return fail(MediaStoreText::tr("copying into %1 failed (%2)")
                            .arg(QDir::toNativeSeparators(mediaDir()), systemError(error)));
    }
    if (copy.size() == 0)
        return fail(MediaStoreText::tr("the file is empty"));
    result.hash = hash.hexResult();

    // Metadata comes from the copy: the bytes that will be stored.
    const QString problem = format->kind == MediaKind::Photo
        ? inspectPhoto(copy, *format, options, result)
        : inspectVideo(copy.fileName(), name, m_prober, options, result);
    if (!problem.isEmpty()) {
        if (format->kind == MediaKind::Video) { // the prober's text names the file
            result.error = problem;
            result.preview = QImage();
            return result;
        }
        return fail(problem);
    }
    if (cancelled())
        return fail(MediaStoreText::tr("the import was cancelled"));

    const QString target = filePath(result.hash, result.suffix);
    if (QFileInfo::exists(target)) {
        result.alreadyStored = true;
        return result;
    }
    // rename() replaces atomically, so two workers storing the same content
    // at once both end with the one complete file.
    copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    if (!copy.rename(target)) {
        // Another import of the same content may have won the race.
        if (QFileInfo::exists(target)) {
            result.alreadyStored = true;
            return result;
        }
        return fail(MediaStoreText::tr("it cannot be stored as %1 (%2)")
                        .arg(QDir::toNativeSeparators(target), copy.errorString()));
    }
    copy.setAutoRemove(false);
    return result;
}

} // namespace Spill
