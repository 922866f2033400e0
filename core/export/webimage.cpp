// SPDX-License-Identifier: GPL-3.0-or-later
#include "webimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <algorithm>
#include <cstring>

namespace Spill {

namespace {

constexpr int WebDotsPerMeter = 3780; // 96 dpi

} // namespace

WebImage encodeWebImage(const QString &path, int longEdge)
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

} // namespace Spill
