// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spill {

class ExportSink;
struct Post;

// The longest caption the social platforms where fails are shared take.
inline constexpr int MaxShareCaption = 2200;
inline constexpr QSize SharePinSize {1000, 1500};
inline constexpr QSize ShareSquareSize {1080, 1080};

// One picture of the share kit, painted from the story's own photos.
struct ShareImage
{
    QString fileName; // "pin.jpg", "square-1-dream.jpg", "square-2-reality.jpg"
    QImage image;
    QString alt; // what it shows, in the post's language
};

// What a creator posts about a story on social platforms: a tall pin of the
// dream above the reality, a square of each with the title, their alt text,
// and a caption. Made from a prepared post (preparePost()), in its language.
struct ShareKit
{
    QList<ShareImage> images; // none without a dream or reality photo (or poster)
    QString caption;

    // The alt text file: each picture's file name and what it shows.
    QString altText() const;
};

// Paints the pictures and writes the caption. A photo is never enlarged: one
// smaller than its place sits in the middle of it, on the kit's background.
ShareKit makeShareKit(const Post &post);

// The caption alone: the hook (how it went wrong, else what was planned),
// the lesson, hashtags from the tags, and the call to action as the last
// line; at most MaxShareCaption characters, the hook and the lesson cut
// short at a word when it would be longer.
QString shareCaption(const Post &post);

// The kit's folder in the export, "_share-kit/<slug>/" (the underscore
// keeps Jekyll from publishing it; Hugo ignores it), and the files a kit of
// this post has in it, relative to the export's folder (empty unless the
// post was prepared with ExportOptions::shareKit).
QString shareKitFolder(const Post &post);
QStringList shareKitFiles(const Post &post);

// Makes and writes the kit when the post asks for one: the pictures as JPEG,
// "alt-text.txt" (when there are pictures) and "caption.txt". Check shareKitFiles() with the sink
// first, with the post's other files.
QString writeShareKit(const Post &post, ExportSink &sink, QStringList *written);

} // namespace Spill
