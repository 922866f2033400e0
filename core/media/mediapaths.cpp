// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediapaths.h"

#include "mediaformats.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Spill {

bool isValidMediaHash(const QString &hash)
{
    if (hash.size() != 64)
        return false;
    return std::all_of(hash.cbegin(), hash.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

const QStringList &mediaStoreSuffixes()
{
    static const QStringList suffixes {QStringLiteral("jpg"),  QStringLiteral("png"),
                                       QStringLiteral("webp"), QStringLiteral("mp4"),
                                       QStringLiteral("mov"),  QStringLiteral("webm")};
    return suffixes;
}

QString mediaStorePath(const QString &libraryDir, const QString &hash, const QString &suffix)
{
    if (!isValidMediaHash(hash) || !mediaStoreSuffixes().contains(suffix))
        return {};
    return QDir(libraryDir).filePath(QStringLiteral("media/") + hash + u'.' + suffix);
}

QString storedMediaFile(const QString &libraryFolder, const MediaItem &item)
{
    const QString suffix = QFileInfo(item.file).suffix().toLower();
    QString path = mediaStorePath(libraryFolder, item.hash, suffix);
    if (!path.isEmpty() && QFileInfo(path).isFile())
        return path;
    for (const QString &candidate : photoSuffixes() + videoSuffixes()) {
        path = mediaStorePath(libraryFolder, item.hash, candidate);
        if (!path.isEmpty() && QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace Spill
