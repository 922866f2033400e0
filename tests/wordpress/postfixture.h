// SPDX-License-Identifier: GPL-3.0-or-later
// What the block markup tests share: a story prepared as the publisher
// prepares it, its media as if uploaded, a photo carrying hostile text.
#pragma once

#include "export/post.h"
#include "exportfixture.h"
#include "wordpress/blocks/blockmarkup.h"

#include <QDir>
#include <QHash>

#include <catch2/catch.hpp>

namespace Spill::Test {

inline Post preparedPost(const ExportInput &input)
{
    QString error;
    std::optional<Post> post = preparePost(input, {}, &error);
    INFO(error.toStdString());
    REQUIRE(post);
    return *post;
}

// Every photo and clip of the post as on a site: ids from 101, a clip with
// its poster.
inline QHash<QString, UploadedMedia> everyMediaUploaded(const Post &post)
{
    QHash<QString, UploadedMedia> uploaded;
    qint64 id = 100;
    for (const PostMedia &media : post.media) {
        const QString url =
            QStringLiteral("https://blog.example/wp-content/uploads/") + media.fileName;
        uploaded.insert(
            media.fileName,
            media.isVideo()
                ? UploadedMedia {++id, url, ++id, QStringLiteral("https://blog.example/p.jpg")}
                : UploadedMedia {++id, url, 0, {}});
    }
    return uploaded;
}

// One photo in the salvage beat whose alt text and caption are `text`,
// written into `dir`.
inline void addPhotoWithText(ExportInput &input, const QString &dir, const QString &text)
{
    const QString photo = writePhoto(QDir(dir).filePath(QStringLiteral("p.jpg")), 100, 80, Qt::red);
    MediaItem item;
    item.file = QStringLiteral("p.jpg");
    item.alt = text;
    item.caption = text;
    item.beat = Beat::Salvage;
    input.story.media = {item};
    input.resolveMedia = [photo](const MediaItem &) { return MediaSource {photo, {}}; };
}

} // namespace Spill::Test
