// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediafixtures.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>

namespace Spill::Test {

QImage quadrantImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    const int w = size.width() / 2;
    const int h = size.height() / 2;
    QPainter painter(&image);
    painter.fillRect(0, 0, w, h, Qt::red);
    painter.fillRect(w, 0, size.width() - w, h, Qt::green);
    painter.fillRect(0, h, w, size.height() - h, Qt::blue);
    painter.fillRect(w, h, size.width() - w, size.height() - h, Qt::white);
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

namespace {

// Appends big- or little-endian integers, as a TIFF block needs.
struct TiffWriter
{
    bool bigEndian;
    QByteArray data;

    void u16(quint16 v)
    {
        char b[2];
        bigEndian ? qToBigEndian(v, b) : qToLittleEndian(v, b);
        data.append(b, 2);
    }
    void u32(quint32 v)
    {
        char b[4];
        bigEndian ? qToBigEndian(v, b) : qToLittleEndian(v, b);
        data.append(b, 4);
    }
    void entry(quint16 tag, quint16 type, quint32 count, quint32 value, bool shortValue = false)
    {
        u16(tag);
        u16(type);
        u32(count);
        if (shortValue) {
            u16(quint16(value));
            u16(0);
        } else {
            u32(value);
        }
    }
};

} // namespace

QByteArray withExif(const QByteArray &jpeg, int orientation, const QByteArray &dateTimeOriginal,
                    bool bigEndian)
{
    TiffWriter tiff {bigEndian, {}};
    tiff.data.append(bigEndian ? "MM" : "II", 2);
    tiff.u16(42);
    tiff.u32(8); // IFD0 right after the header
    const bool withDate = !dateTimeOriginal.isEmpty();
    // IFD0: count, entries, next-IFD offset.
    const quint32 ifd0Size = 2 + (withDate ? 2 : 1) * 12 + 4;
    const quint32 exifIfdOffset = 8 + ifd0Size;
    tiff.u16(withDate ? 2 : 1);
    tiff.entry(0x0112, 3, 1, quint32(orientation), true);
    if (withDate)
        tiff.entry(0x8769, 4, 1, exifIfdOffset);
    tiff.u32(0);
    if (withDate) {
        const quint32 exifIfdSize = 2 + 12 + 4;
        tiff.u16(1);
        tiff.entry(0x9003, 2, 20, exifIfdOffset + exifIfdSize);
        tiff.u32(0);
        tiff.data.append(dateTimeOriginal.left(19).leftJustified(19, ' '));
        tiff.data.append('\0');
    }
    QByteArray app1("\xFF\xE1", 2);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff.data;
    char length[2];
    qToBigEndian(quint16(payload.size() + 2), length);
    app1.append(length, 2);
    app1.append(payload);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

QByteArray withXmp(const QByteArray &jpeg, const QByteArray &descriptionAttributes)
{
    const QByteArray packet =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        "<rdf:Description rdf:about=\"\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" "
        "xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" " +
        descriptionAttributes + "/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    const QByteArray payload = QByteArray("http://ns.adobe.com/xap/1.0/\0", 29) + packet;
    QByteArray app1("\xFF\xE1", 2);
    char length[2];
    qToBigEndian(quint16(payload.size() + 2), length);
    app1.append(length, 2);
    app1.append(payload);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

namespace {

// The CRC-32 PNG chunks carry (bit by bit: the inputs are tiny).
quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    char length[4];
    qToBigEndian(quint32(data.size()), length);
    chunk.append(length, 4);
    const QByteArray typed = QByteArray(type, 4) + data;
    chunk.append(typed);
    char crc[4];
    qToBigEndian(crc32(typed), crc);
    chunk.append(crc, 4);
    return chunk;
}

} // namespace

QByteArray pngHeaderOnly(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // truecolour
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr) +
        pngChunk("IDAT", QByteArray("\x78\x9C\x03\x00\x00\x00\x00\x01", 8)) + pngChunk("IEND", {});
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray withTags(const QByteArray &file, const QStringList &arguments, QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tagged.jpg"));
    if (!dir.isValid() || !writeFile(path, file)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    QProcess exiftool;
    exiftool.start(QStringLiteral("exiftool"),
                   QStringList {QStringLiteral("-q"), QStringLiteral("-overwrite_original")} +
                       arguments + QStringList {path});
    if (!exiftool.waitForFinished(60000) || exiftool.exitStatus() != QProcess::NormalExit ||
        exiftool.exitCode() != 0) {
        *error = QStringLiteral("exiftool %1: %2 %3")
                     .arg(arguments.join(u' '), exiftool.errorString(),
                          QString::fromUtf8(exiftool.readAllStandardError()));
        return {};
    }
    QFile tagged(path);
    if (!tagged.open(QIODevice::ReadOnly)) {
        *error = tagged.errorString();
        return {};
    }
    return tagged.readAll();
}

QString runFfmpeg(const QStringList &arguments)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 QStringList {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                              QStringLiteral("error"), QStringLiteral("-y")} +
                     arguments);
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitStatus() != QProcess::NormalExit ||
        ffmpeg.exitCode() != 0)
        return QStringLiteral("ffmpeg failed: ") + ffmpeg.errorString() + u' ' +
            QString::fromLocal8Bit(ffmpeg.readAllStandardError());
    return {};
}

QString makeColourClip(const QString &path, QSize size)
{
    const QString s = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    QStringList args;
    for (const char *colour : {"red", "lime", "blue"})
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("color=c=%1:s=%2:r=25:d=1").arg(QLatin1String(colour), s);
    args << QStringLiteral("-filter_complex") << QStringLiteral("concat=n=3:v=1:a=0");
    if (path.endsWith(u".webm"))
        args << QStringLiteral("-c:v") << QStringLiteral("libvpx-vp9") << QStringLiteral("-b:v")
             << QStringLiteral("200k");
    else
        args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-pix_fmt")
             << QStringLiteral("yuv420p") << QStringLiteral("-preset")
             << QStringLiteral("ultrafast");
    args << path;
    return runFfmpeg(args);
}

char dominantChannel(const QImage &image)
{
    if (image.isNull())
        return '?';
    const QColor c = image.pixelColor(image.width() / 2, image.height() / 2);
    if (c.red() > 160 && c.green() < 100 && c.blue() < 100)
        return 'r';
    if (c.green() > 160 && c.red() < 100 && c.blue() < 100)
        return 'g';
    if (c.blue() > 160 && c.red() < 100 && c.green() < 100)
        return 'b';
    return '?';
}

} // namespace Spill::Test
