// SPDX-License-Identifier: GPL-3.0-or-later
#include "photodecode.h"

#include "photometadataloader.h"
#include "photoorigin.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageIOHandler>
#include <QImageReader>

#include <cstring>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct PhotoDecodeText
{
    Q_DECLARE_TR_FUNCTIONS(PhotoDecode)
};

// Header checks shared by readPhotoHeader() and decodePhoto().
bool checkHeader(QImageReader &reader, QString *reason)
{
    if (!reader.canRead()) {
        *reason = PhotoDecodeText::tr("it is not a readable %1 image (%2)")
                      .arg(QString::fromLatin1(reader.format()).toUpper(), reader.errorString());
        return false;
    }
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        *reason = PhotoDecodeText::tr("its header gives no valid size");
        return false;
    }
    if (qint64(size.width()) * size.height() > MaxImagePixels) {
        *reason = PhotoDecodeText::tr(
                      "its header claims %1 x %2 pixels, more than the %3 megapixels Spill accepts")
                      .arg(size.width())
                      .arg(size.height())
                      .arg(MaxImagePixels / 1000000);
        return false;
    }
    return true;
}

} // namespace

QSize PhotoHeader::displaySize() const
{
    return orientation >= 5 ? storedSize.transposed() : storedSize;
}

int exifOrientationFromTransformation(int transformations)
{
    switch (transformations) {
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    default:
        return 1;
    }
}

std::optional<PhotoHeader> readPhotoHeader(const QString &path, const QByteArray &readerFormat,
                                           QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = PhotoDecodeText::tr("it cannot be opened (%1)").arg(file.errorString());
        return std::nullopt;
    }
    PhotoHeader header;
    if (const uchar *bytes = file.map(0, file.size())) {
        QString error;
        const auto metadata = readPhotoMetadataFromModule(
            QByteArrayView(reinterpret_cast<const char *>(bytes), file.size()), &error);
        file.unmap(const_cast<uchar *>(bytes));
        if (!metadata) {
            *reason = error;
            return std::nullopt;
        }
        header.origin = photoOrigin(*metadata);
    }
    QImageReader reader(&file, readerFormat);
    reader.setAllocationLimit(ImageAllocationLimitMb);
    if (!checkHeader(reader, reason))
        return std::nullopt;
    header.storedSize = reader.size();
    header.orientation = exifOrientationFromTransformation(reader.transformation());
    return header;
}

QImage decodePhoto(const QString &path, const QByteArray &readerFormat, int boxSize,
                   QString *reason, int allocationLimitMb)
{
    QImageReader reader(path, readerFormat);
    reader.setAllocationLimit(allocationLimitMb);
    reader.setAutoTransform(true);
    if (!checkHeader(reader, reason))
        return {};
    const QSize stored = reader.size();
    if (boxSize > 0 && (stored.width() > boxSize || stored.height() > boxSize)) {
        // A square box fits either orientation, so scale the stored size.
        QSize scaled = stored.scaled(boxSize, boxSize, Qt::KeepAspectRatio);
        scaled = scaled.expandedTo(QSize(1, 1));
        reader.setScaledSize(scaled);
    }
    QImage image = reader.read();
    if (image.isNull())
        *reason = PhotoDecodeText::tr("it cannot be decoded (%1)").arg(reader.errorString());
    return image;
}

bool jpegIsComplete(QByteArrayView data)
{
    const auto byte = [&data](qsizetype at) { return quint8(data[at]); };
    if (data.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8)
        return false;
    qsizetype at = 2;
    while (at + 1 < data.size()) {
        if (byte(at) != 0xFF)
            return false;
        const quint8 marker = byte(at + 1);
        if (marker == 0xFF) { // fill byte before a marker
            ++at;
            continue;
        }
        if (marker == 0xD9)
            return true;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length field
            at += 2;
            continue;
        }
        if (at + 3 >= data.size())
            return false;
        const qsizetype length = (qsizetype(byte(at + 2)) << 8) | byte(at + 3);
        if (length < 2)
            return false;
        at += 2 + length;
        if (marker != 0xDA)
            continue;
        // Entropy-coded data follows a start of scan, up to the next real
        // marker: 0xFF is followed by 0x00 (stuffing) or a restart marker.
        while (at < data.size()) {
            const void *ff = std::memchr(data.data() + at, 0xFF, size_t(data.size() - at));
            if (!ff)
                return false;
            at = static_cast<const char *>(ff) - data.data();
            if (at + 1 >= data.size())
                return false;
            const quint8 next = byte(at + 1);
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7))
                at += 2;
            else if (next == 0xFF)
                at += 1;
            else
                break;
        }
    }
    return false;
}

} // namespace Spill
