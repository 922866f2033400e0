// SPDX-License-Identifier: GPL-3.0-or-later
#include "postevidence.h"

#include "markdownpost.h"
#include "post.h"
#include "story/evidencetimeline.h"

#include <QStringList>

namespace Spill {

namespace {

const char *editSource(const QString &key)
{
    if (key == u"crop")
        return QT_TRANSLATE_NOOP("Export", "crop");
    if (key == u"light")
        return QT_TRANSLATE_NOOP("Export", "light");
    return QT_TRANSLATE_NOOP("Export", "colour");
}

// What is known of the edit, lower case: it may follow the creator's words.
QString editNote(const PostWords &words, const MediaOrigin &origin)
{
    if (!origin.edits.isEmpty()) {
        QStringList edits;
        for (const QString &key : origin.edits)
            edits << words.text(editSource(key));
        return words.text(QT_TRANSLATE_NOOP("Export", "edited: %1"))
            .arg(words.separatedList(edits));
    }
    if (isPhotoEditor(origin.software))
        return words.text(QT_TRANSLATE_NOOP("Export", "edited with %1")).arg(origin.software);
    return words.text(QT_TRANSLATE_NOOP("Export", "edited after it was taken"));
}

// What a timeline line says of a photo or clip: its caption, else its alt
// text, else what it is.
QString entryText(const PostWords &words, const PostMedia &media)
{
    if (const QString caption = media.item.caption.simplified(); !caption.isEmpty())
        return caption;
    if (const QString alt = media.altText(); !alt.isEmpty())
        return alt;
    return media.isVideo() ? words.text(QT_TRANSLATE_NOOP("Export", "A clip"))
                           : words.text(QT_TRANSLATE_NOOP("Export", "A photo"));
}

} // namespace

QString mediaCaption(const Post &post, const PostMedia &media)
{
    const QString caption = media.item.caption.simplified();
    if (media.isVideo() || !media.item.showsEditedMark())
        return caption;
    const QString note = editNote(post.words, media.item.origin);
    if (caption.isEmpty())
        return note.left(1).toUpper() + note.mid(1);
    return caption + QStringLiteral(" (") + note + u')';
}

QString timelineHeading(const Post &post)
{
    return timelineListMarkdown(post).isEmpty()
        ? QString()
        : post.words.text(QT_TRANSLATE_NOOP("Export", "How it unfolded"));
}

QString timelineListMarkdown(const Post &post)
{
    // Post::media holds the story's media in the same order, once prepared.
    const QList<TimelineEntry> entries = evidenceTimeline(post.story.media);
    if (entries.isEmpty() || post.media.size() != post.story.media.size())
        return {};
    const PostWords &words = post.words;
    const bool severalDays = timelineSpansDays(entries);
    QStringList lines;
    for (const TimelineEntry &entry : entries) {
        const QString text = escapeMarkdownText(entryText(words, post.media.at(entry.media)));
        if (entry.captured.isValid()) {
            lines << QStringLiteral("- **%1** %2")
                         .arg(escapeMarkdownText(words.clockTime(entry.captured, severalDays)),
                              text);
        } else {
            lines << QStringLiteral("- *%1* %2")
                         .arg(escapeMarkdownText(
                                  words.text(QT_TRANSLATE_NOOP("Export", "No capture time:"))),
                              text);
        }
    }
    return lines.join(u'\n');
}

QString timelineMarkdown(const Post &post)
{
    const QString list = timelineListMarkdown(post);
    return list.isEmpty() ? QString() : subsectionMarkdown(timelineHeading(post), list);
}

} // namespace Spill
