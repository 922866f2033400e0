// SPDX-License-Identifier: GPL-3.0-or-later
#include "webimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QMutex>

#include <algorithm>
#include <cstring>
#include <list>
#include <optional>

namespace Spill {

namespace {

constexpr int WebDotsPerMeter = 3780; // 96 dpi

// The Export place renders a story again for each theme and format it is
// shown in, each time with the same photos: the last encodings are kept,
// keyed by the file as it is on disk, so a switch does not decode and encode
// them again. Small, so a batch export's memory stays as it was.
constexpr qsizetype CacheBytes = 24 * 1024 * 1024;

struct CacheKey
{
    QString path;
    qint64 size = 0;
    qint64 modified = 0; // ms since the epoch
    qint64 changed = 0; // the inode's change time: a rename or rewrite moves it
    int longEdge = 0;

    bool operator==(const CacheKey &) const = default;
};

class EncodedCache
{
public:
    std::optional<WebImage> find(const CacheKey &key)
    {
        const QMutexLocker lock(&m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->first == key) {
                m_entries.splice(m_entries.begin(), m_entries, it); // most recent first
                return m_entries.front().second;
            }
        }
        return std::nullopt;
    }

    void insert(const CacheKey &key, const WebImage &image)
    {
        if (image.bytes.size() > CacheBytes / 4)
            return;
        const QMutexLocker lock(&m_mutex);
        m_entries.emplace_front(key, image);
        m_bytes += image.bytes.size();
        while (m_bytes > CacheBytes) {
            m_bytes -= m_entries.back().second.bytes.size();
            m_entries.pop_back();
        }
    }

private:
    QMutex m_mutex;
    std::list<std::pair<CacheKey, WebImage>> m_entries;
    qsizetype m_bytes = 0;
};

EncodedCache &encodedCache()
{
    static EncodedCache cache;
    return cache;
}

WebImage encode(const QString &path, int longEdge);

} // namespace

WebImage encodeWebImage(const QString &path, int longEdge)
{
    const QFileInfo file(path);
    const CacheKey key {file.absoluteFilePath(), file.size(),
                        file.lastModified().toMSecsSinceEpoch(),
                        file.metadataChangeTime().toMSecsSinceEpoch(), longEdge};
    if (!file.isFile())
        return encode(path, longEdge);
    if (std::optional<WebImage> cached = encodedCache().find(key))
        return *cached;
    WebImage image = encode(path, longEdge);
    // Only if the file is still the one encoded.
    const QFileInfo after(path);
    if (image.error.isEmpty() && after.size() == key.size &&
        after.lastModified().toMSecsSinceEpoch() == key.modified &&
        after.metadataChangeTime().toMSecsSinceEpoch() == key.changed)
        encodedCache().insert(key, image);
    return image;
}

namespace {

WebImage encode(const QString &path, int longEdge)
{
    WebImage result;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    const QSize size = reader.size();
    if (size.isValid() && longEdge > 0 && std::max(size.width(), size.height()) > longEdge) {
        // Decoding straight at the smaller size is much cheaper than scaling
        // afterwards, and the long edge is the same before and after rotation.
        reader.setScaledSize(size.scaled(longEdge, longEdge, Qt::KeepAspectRatio));
    }
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    result.sourceWidth = turned ? size.height() : size.width();
    result.sourceHeight = turned ? size.width() : size.height();
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = QCoreApplication::translate("Export", "Cannot read the photo %1: %2")
                           .arg(path, reader.errorString());
        return result;
    }

    const bool png = format == "png";
    // A fresh image of the same pixels carries none of the texts (comments,
    // descriptions) the reader attached to the decoded one.
    const QImage::Format pixelFormat = png
        ? (image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32)
        : QImage::Format_RGB32;
    QImage clean(image.size(), pixelFormat);
    // One resolution in every file: a new image's default depends on the
    // process (a GUI with a screen, or the command line), and the same story
    // must give the same bytes from the Export place and `spill export`.
    clean.setDotsPerMeterX(WebDotsPerMeter);
    clean.setDotsPerMeterY(WebDotsPerMeter);
    clean.fill(Qt::transparent);
    {
        const QImage converted = image.convertToFormat(pixelFormat);
        for (int y = 0; y < converted.height(); ++y)
            std::memcpy(clean.scanLine(y), converted.constScanLine(y),
                        static_cast<size_t>(converted.bytesPerLine()));
    }

    QBuffer buffer(&result.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, png ? "png" : "jpeg");
    if (!png) {
        writer.setQuality(85);
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(clean)) {
        result.error = QCoreApplication::translate("Export", "Cannot encode the photo %1: %2")
                           .arg(path, writer.errorString());
        return result;
    }
    result.suffix = png ? QStringLiteral("png") : QStringLiteral("jpg");
    result.mimeType = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    result.width = clean.width();
    result.height = clean.height();
    if (!size.isValid()) {
        result.sourceWidth = result.width;
        result.sourceHeight = result.height;
    }
    return result;
}

} // namespace

} // namespace Spill
