// SPDX-License-Identifier: GPL-3.0-or-later
#include "exif.h"

#include <cstdint>
#include <optional>

namespace Spill {

namespace {

// A view on a TIFF block with its byte order; reads return nothing when out of bounds.
class TiffReader
{
public:
    TiffReader(QByteArrayView data, bool bigEndian)
        : m_data(data)
        , m_bigEndian(bigEndian)
    {
    }

    std::optional<quint16> u16(qsizetype at) const
    {
        if (at < 0 || at > m_data.size() - 2)
            return std::nullopt;
        const auto b0 = static_cast<quint8>(m_data[at]);
        const auto b1 = static_cast<quint8>(m_data[at + 1]);
        return m_bigEndian ? quint16((b0 << 8) | b1) : quint16((b1 << 8) | b0);
    }

    std::optional<quint32> u32(qsizetype at) const
    {
        const auto hi = u16(m_bigEndian ? at : at + 2);
        const auto lo = u16(m_bigEndian ? at + 2 : at);
        if (!hi || !lo)
            return std::nullopt;
        return (quint32(*hi) << 16) | *lo;
    }

    QByteArrayView bytes(qsizetype at, qsizetype count) const
    {
        if (at < 0 || count < 0 || at > m_data.size() || count > m_data.size() - at)
            return {};
        return m_data.sliced(at, count);
    }

    qsizetype size() const { return m_data.size(); }

private:
    QByteArrayView m_data;
    bool m_bigEndian;
};

struct IfdEntry
{
    quint16 type = 0;
    quint32 count = 0;
    qsizetype valueAt = 0; // offset of the 4-byte value/offset field
};

constexpr quint16 TagOrientation = 0x0112;
constexpr quint16 TagExifIfd = 0x8769;
constexpr quint16 TagDateTimeOriginal = 0x9003;
constexpr quint16 TypeAscii = 2;
constexpr quint16 TypeShort = 3;
constexpr quint16 TypeLong = 4;

std::optional<IfdEntry> findEntry(const TiffReader &tiff, quint32 ifdOffset, quint16 tag)
{
    const auto count = tiff.u16(ifdOffset);
    if (!count)
        return std::nullopt;
    for (quint32 i = 0; i < *count; ++i) {
        const qsizetype at = qsizetype(ifdOffset) + 2 + qsizetype(i) * 12;
        const auto entryTag = tiff.u16(at);
        const auto type = tiff.u16(at + 2);
        const auto n = tiff.u32(at + 4);
        if (!entryTag || !type || !n)
            return std::nullopt;
        if (*entryTag == tag)
            return IfdEntry {*type, *n, at + 8};
    }
    return std::nullopt;
}

int readOrientation(const TiffReader &tiff, quint32 ifd0)
{
    const auto entry = findEntry(tiff, ifd0, TagOrientation);
    if (!entry || entry->type != TypeShort || entry->count < 1)
        return 1;
    const auto value = tiff.u16(entry->valueAt);
    return value && *value >= 1 && *value <= 8 ? *value : 1;
}

QDateTime readCaptureTime(const TiffReader &tiff, quint32 ifd0)
{
    const auto pointer = findEntry(tiff, ifd0, TagExifIfd);
    if (!pointer || (pointer->type != TypeLong && pointer->type != TypeShort))
        return {};
    std::optional<quint32> exifIfd;
    if (pointer->type == TypeLong)
        exifIfd = tiff.u32(pointer->valueAt);
    else if (const auto value = tiff.u16(pointer->valueAt))
        exifIfd = *value;
    if (!exifIfd || *exifIfd == ifd0)
        return {};
    const auto entry = findEntry(tiff, *exifIfd, TagDateTimeOriginal);
    // "YYYY:MM:DD HH:MM:SS" plus a terminating NUL: 20 bytes, so stored at an offset.
    if (!entry || entry->type != TypeAscii || entry->count < 19)
        return {};
    const auto offset = tiff.u32(entry->valueAt);
    if (!offset)
        return {};
    const QByteArrayView text = tiff.bytes(*offset, 19);
    if (text.isEmpty())
        return {};
    const QDateTime time =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    return time.isValid() ? time : QDateTime();
}

// Finds the EXIF APP1 payload (the TIFF block) among the JPEG's first segments.
QByteArrayView exifTiffBlock(QByteArrayView jpeg)
{
    if (jpeg.size() < 4 || quint8(jpeg[0]) != 0xFF || quint8(jpeg[1]) != 0xD8)
        return {};
    qsizetype at = 2;
    while (at + 4 <= jpeg.size()) {
        if (quint8(jpeg[at]) != 0xFF)
            return {};
        const quint8 marker = quint8(jpeg[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        // Start of scan or end of image: metadata segments come before these.
        if (marker == 0xDA || marker == 0xD9)
            return {};
        const qsizetype length = (qsizetype(quint8(jpeg[at + 2])) << 8) | quint8(jpeg[at + 3]);
        if (length < 2 || at + 2 + length > jpeg.size())
            return {};
        const QByteArrayView payload = jpeg.sliced(at + 4, length - 2);
        if (marker == 0xE1 && payload.size() > 6 &&
            payload.first(6) == QByteArrayView("Exif\0\0", 6))
            return payload.sliced(6);
        at += 2 + length;
    }
    return {};
}

} // namespace

ExifInfo readJpegExif(const QByteArray &jpegHead)
{
    ExifInfo info;
    const QByteArrayView block = exifTiffBlock(jpegHead);
    if (block.size() < 8)
        return info;
    bool bigEndian = false;
    if (block.first(4) == QByteArrayView("MM\0\x2A", 4))
        bigEndian = true;
    else if (block.first(4) != QByteArrayView("II\x2A\0", 4))
        return info;
    const TiffReader tiff(block, bigEndian);
    const auto ifd0 = tiff.u32(4);
    if (!ifd0)
        return info;
    info.orientation = readOrientation(tiff, *ifd0);
    info.captureTime = readCaptureTime(tiff, *ifd0);
    return info;
}

} // namespace Spill
