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

} // namespace Spill
