// SPDX-License-Identifier: GPL-3.0-or-later
#include "post.h"

#include "clipremuxloader.h"
#include "exportsink.h"
#include "markdown.h"
#include "postevidence.h"
#include "sharekit.h"
#include "story/slug.h"
#include "story/urlpolicy.h"
#include "webimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Spill {

namespace {

QString languageFor(const ExportInput &input, const ExportOptions &options)
{
    return postLanguageTag(options.language.isEmpty() ? input.story.language : options.language);
}

// "mp4" from "clip.MP4"; anything odd becomes "video" so names stay plain.
QString videoSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,5}$"));
    return plain.match(suffix).hasMatch() ? suffix : QStringLiteral("video");
}

QString mimeForVideo(const QString &suffix)
{
    if (suffix == u"webm")
        return QStringLiteral("video/webm");
    if (suffix == u"mov")
        return QStringLiteral("video/quicktime");
    if (suffix == u"ogv" || suffix == u"ogg")
        return QStringLiteral("video/ogg");
    return QStringLiteral("video/mp4");
}

QString prepareMedia(const Post &post, const MediaItem &item, int number,
                     const MediaResolver &resolve, int longEdge, PostMedia *out)
{
    const MediaSource source = resolve ? resolve(item) : MediaSource {};
    if (source.file.isEmpty() || !QFileInfo(source.file).isFile())
        return QCoreApplication::translate("Export", "Story \"%1\": the media file %2 is missing")
            .arg(post.story.title, source.file.isEmpty() ? item.file : source.file);
    out->item = item;
    out->sourceName = QFileInfo(item.file.isEmpty() ? source.file : item.file).fileName();
    const QString stem =
        QStringLiteral("%1-%2").arg(number, 2, 10, QChar(u'0')).arg(mediaRoleKey(item.role));
    if (item.kind == MediaKind::Photo) {
        const WebImage image = encodeWebImage(source.file, longEdge);
        if (!image.error.isEmpty())
            return QCoreApplication::translate("Export", "Story \"%1\": %2")
                .arg(post.story.title, image.error);
        out->fileName = stem + u'.' + image.suffix;
        out->bytes = image.bytes;
        out->mimeType = image.mimeType;
        out->width = image.width;
        out->height = image.height;
        out->sourceWidth = image.sourceWidth;
        out->sourceHeight = image.sourceHeight;
        return {};
    }
    const QString suffix = videoSuffix(source.file);
    out->fileName = stem + u'.' + suffix;
    out->clipSource = source.file;
    out->mimeType = mimeForVideo(suffix);
    out->width = item.width;
    out->height = item.height;
    if (!source.poster.isEmpty()) {
        const WebImage poster = encodeWebImage(source.poster, longEdge);
        if (!poster.error.isEmpty())
            return QCoreApplication::translate("Export", "Story \"%1\": %2")
                .arg(post.story.title, poster.error);
        out->posterName = stem + u"-poster." + poster.suffix;
        out->posterBytes = poster.bytes;
        out->posterMimeType = poster.mimeType;
        out->posterWidth = poster.width;
        out->posterHeight = poster.height;
        if (out->width <= 0 || out->height <= 0) {
            out->width = poster.width;
            out->height = poster.height;
        }
    }
    return {};
}

} // namespace

QList<int> Post::mediaIn(Beat beat) const
{
    QList<int> indexes;
    for (int i = 0; i < media.size(); ++i) {
        if (media.at(i).item.beat == beat && i != dream && i != reality)
            indexes.append(i);
    }
    return indexes;
}

QString exportSlug(const Story &story)
{
    return story.slug.isEmpty() ? slugify(story.title) : story.slug;
}

std::optional<Post> preparePost(const ExportInput &input, const ExportOptions &options,
                                QString *error, bool withMedia)
{
    Post post;
    post.story = input.story;
    post.slug = exportSlug(input.story);
    if (!isValidSlug(post.slug)) {
        *error = QCoreApplication::translate(
                     "Export",
                     "Story \"%1\": the slug \"%2\" is not a safe file name (lowercase letters, "
                     "digits and hyphens)")
                     .arg(input.story.title, post.slug);
        return std::nullopt;
    }
    post.language = languageFor(input, options);
    post.words = PostWords(post.language);
    post.comments = options.comments;
    post.shareKit = options.shareKit;
    const QString wentWrong = markdownToPlainText(input.story.beat(Beat::WentWrong));
    post.description = shortDescription(
        wentWrong.isEmpty() ? markdownToPlainText(input.story.beat(Beat::Intended)) : wentWrong);
    post.recipeUrl = allowedWebUrl(input.story.recipeUrl);
    post.publishedUrl = allowedWebUrl(input.story.publishedUrl);

    if (!withMedia)
        return post;
    int number = 0;
    for (const MediaItem &item : input.story.media) {
        PostMedia media;
        if (QString failure = prepareMedia(post, item, ++number, input.resolveMedia,
                                           options.imageLongEdge, &media);
            !failure.isEmpty()) {
            *error = failure;
            return std::nullopt;
        }
        media.caption = mediaCaption(post, media);
        post.media.append(media);
    }
    // The signature figure: the first dream and the first reality, shown side
    // by side after what went wrong.
    for (int i = 0; i < post.media.size(); ++i) {
        const MediaRole role = post.media.at(i).item.role;
        if (role == MediaRole::Dream && post.dream < 0)
            post.dream = i;
        if (role == MediaRole::Reality && post.reality < 0)
            post.reality = i;
    }
    if (post.dream < 0 || post.reality < 0)
        post.dream = post.reality = -1;
    return post;
}

QString writeMedia(const Post &post, const QString &folder, ExportSink &sink, QStringList *written,
                   const QStringList &postFiles)
{
    QStringList targets = postFiles + shareKitFiles(post);
    for (const PostMedia &media : post.media) {
        targets.append(folder + media.fileName);
        if (!media.posterName.isEmpty())
            targets.append(folder + media.posterName);
    }
    if (QString error = sink.check(targets); !error.isEmpty())
        return error;
    for (const PostMedia &media : post.media) {
        const QString path = folder + media.fileName;
        QString error;
        if (media.isVideo()) {
            const QString suffix = QFileInfo(media.fileName).suffix();
            error = sink.writeWith(path, [&](QIODevice &out) {
                const ClipRemux remux = remuxClipThroughModule(media.clipSource, suffix, out);
                return Produced {remux.error, remux.writeError};
            });
            if (!error.isEmpty())
                error = QCoreApplication::translate("Export", "Story \"%1\": the clip %2: %3")
                            .arg(post.story.title, path, error);
        } else {
            error = sink.write(path, media.bytes);
        }
        if (!error.isEmpty())
            return error;
        written->append(path);
        if (!media.posterName.isEmpty()) {
            const QString posterPath = folder + media.posterName;
            if (QString posterError = sink.write(posterPath, media.posterBytes);
                !posterError.isEmpty())
                return posterError;
            written->append(posterPath);
        }
    }
    return writeShareKit(post, sink, written);
}

QString embedClips(Post *post, qint64 limit)
{
    for (PostMedia &media : post->media) {
        if (!media.isVideo())
            continue;
        QBuffer buffer(&media.bytes);
        buffer.open(QIODevice::WriteOnly);
        const ClipRemux remux = remuxClipThroughModule(
            media.clipSource, QFileInfo(media.fileName).suffix(), buffer, limit);
        buffer.close();
        if (!remux.error.isEmpty())
            return QCoreApplication::translate("Export", "Story \"%1\": the clip %2: %3")
                .arg(post->story.title, media.fileName, remux.error);
        media.tooLargeToEmbed = remux.tooLarge;
        if (remux.tooLarge)
            media.bytes.clear();
    }
    return {};
}

QString shortDescription(const QString &plain, int limit)
{
    const QString text = plain.simplified();
    if (text.size() <= limit)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', limit - 1);
    if (cut < limit / 2)
        cut = limit - 1;
    return text.left(cut).trimmed() + QChar(0x2026);
}

} // namespace Spill
