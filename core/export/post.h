// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"
#include "postwords.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Spill {

class ExportSink;

// One photo or clip as it will be exported.
struct PostMedia
{
    MediaItem item;
    QString fileName; // e.g. "01-dream.jpg", unique within the post
    QString sourceName; // the name the creator's file had, e.g. "IMG_2041.MOV"
    QByteArray bytes; // photos: the re-encoded file; clips: remuxed, once embedded (embedClips)
    QString clipSource; // videos: the clip in the library, remuxed on the way out
    bool tooLargeToEmbed = false; // videos: over EmbeddedClipLimit, so not embedded
    QString mimeType;
    QString caption; // as readers see it, with what is known of an edit (mediaCaption())
    int width = 0;
    int height = 0;
    int sourceWidth = 0; // photos: the original's size, upright
    int sourceHeight = 0;
    QString posterName; // videos: the poster frame's file name, when there is one
    QByteArray posterBytes;
    QString posterMimeType;
    int posterWidth = 0;
    int posterHeight = 0;

    bool isVideo() const { return item.kind == MediaKind::Video; }
    QString altText() const { return item.decorative ? QString() : item.alt.simplified(); }
};

// What every format needs from a story, worked out once: the checked slug,
// the language, a description, URLs that passed the allowlist, and the media
// decoded and re-encoded for the web.
struct Post
{
    Story story;
    QString slug;
    QString language; // BCP 47, e.g. "en-US"
    PostWords words; // headings, labels and dates in that language
    bool comments = false; // the blog takes comments: invite them
    bool shareKit = false; // write the share kit beside the post (sharekit.h)
    QString description; // plain text, at most about 155 characters
    QString recipeUrl; // empty unless http(s)
    QString publishedUrl; // empty unless http(s)
    QList<PostMedia> media;
    int dream = -1; // the "intended vs. actual" pair, indexes into media; both
    int reality = -1; // set, or both -1

    bool hasPair() const { return dream >= 0; }
    // Media shown in a beat's section, in order; the pair is shown on its own.
    QList<int> mediaIn(Beat beat) const;
    QList<FailureKind> failureKinds() const { return story.failureKinds; }
};

// Fails with an error naming the story and the field or file at fault.
// `withMedia` false skips decoding the media (the media list stays empty).
std::optional<Post> preparePost(const ExportInput &input, const ExportOptions &options,
                                QString *error, bool withMedia = true);

// The slug to export under: the story's own, or one derived from its title.
QString exportSlug(const Story &story);

// Writes the post's media (and poster frames) into `folder` ("" or "a/b/"),
// and its share kit when it asks for one (writeShareKit()). First asks the
// sink whether all of them and `postFiles`, the files the exporter writes
// after them, may be written: a story refused for one file in the way
// writes none.
QString writeMedia(const Post &post, const QString &folder, ExportSink &sink, QStringList *written,
                   const QStringList &postFiles = {});

// The largest clip (remuxed) a single-file page carries inside it.
constexpr qint64 EmbeddedClipLimit = 20 * 1024 * 1024;

// Remuxes each clip into memory, into PostMedia::bytes (html-single, and
// uploads to a blog), or marks it tooLargeToEmbed once it passes `limit`
// (0: no limit). An error names the story and the clip.
QString embedClips(Post *post, qint64 limit = EmbeddedClipLimit);

// Cuts plain text to about `limit` characters at a word boundary.
QString shortDescription(const QString &plain, int limit = 155);

} // namespace Spill
