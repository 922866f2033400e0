// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaformats.h"

#include <QFileInfo>

namespace Spill {

QStringList photoSuffixes()
{
    return {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
            QStringLiteral("webp")};
}

QStringList videoSuffixes()
{
    return {QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mov")};
}

std::optional<MediaKind> mediaKindForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (photoSuffixes().contains(suffix))
        return MediaKind::Photo;
    if (videoSuffixes().contains(suffix))
        return MediaKind::Video;
    return std::nullopt;
}

std::optional<SniffedFormat> sniffFormat(const QByteArray &head, const QString &nameSuffix)
{
    const auto startsWith = [&head](const char *magic, qsizetype at = 0) {
        const QByteArrayView m(magic);
        return head.size() >= at + m.size() && QByteArrayView(head).sliced(at, m.size()) == m;
    };
    if (startsWith("\xFF\xD8\xFF"))
        return SniffedFormat {MediaKind::Photo, QByteArrayLiteral("jpeg"), QStringLiteral("jpg")};
    if (startsWith("\x89PNG\r\n\x1A\n"))
        return SniffedFormat {MediaKind::Photo, QByteArrayLiteral("png"), QStringLiteral("png")};
    if (startsWith("RIFF") && startsWith("WEBP", 8))
        return SniffedFormat {MediaKind::Photo, QByteArrayLiteral("webp"), QStringLiteral("webp")};
    if (startsWith("\x1A\x45\xDF\xA3"))
        return SniffedFormat {MediaKind::Video, {}, QStringLiteral("webm")};
    // ISO base media files start with a box whose type is ftyp; old QuickTime
    // files may start with another top-level box.
    for (const char *box : {"ftyp", "moov", "mdat", "wide", "free", "skip"}) {
        if (startsWith(box, 4)) {
            const bool mov = nameSuffix == u"mov" || startsWith("ftypqt  ", 4);
            return SniffedFormat {
                MediaKind::Video, {}, mov ? QStringLiteral("mov") : QStringLiteral("mp4")};
        }
    }
    return std::nullopt;
}

} // namespace Spill
