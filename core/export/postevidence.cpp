// SPDX-License-Identifier: GPL-3.0-or-later
#include "postevidence.h"

#include "markdownpost.h"
#include "post.h"
#include "story/evidencetimeline.h"

#include <QStringList>

namespace Spill {

namespace {

// What is known of the edit, lower case: it may follow the creator's words.
QString editNote(const PostWords &words, const MediaOrigin &origin)
{
    if (!origin.edits.isEmpty()) {
        QStringList edits;
        for (const QString &key : origin.edits)
            edits << words.translate("Story", mediaEditSource(key));
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

QString headingText(const PostWords &words)
{
    return words.text(QT_TRANSLATE_NOOP("Export", "How it unfolded"));
}

struct TimelineLine
{
    QDateTime captured; // invalid: none
    QString time; // as readers of the post's language write it, or "No capture time:"
    QString text;
};

// The timeline's lines, plain text; empty without a timeline.
QList<TimelineLine> timelineLines(const Post &post)
{
    // Post::media holds the story's media in the same order, once prepared.
    const QList<TimelineEntry> entries = evidenceTimeline(post.story.media);
    if (entries.isEmpty() || post.media.size() != post.story.media.size())
        return {};
    const PostWords &words = post.words;
    const bool severalDays = timelineSpansDays(entries);
    QList<TimelineLine> lines;
    for (const TimelineEntry &entry : entries) {
        lines.append({entry.captured,
                      entry.captured.isValid()
                          ? words.clockTime(entry.captured, severalDays)
                          : words.text(QT_TRANSLATE_NOOP("Export", "No capture time:")),
                      entryText(words, post.media.at(entry.media))});
    }
    return lines;
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
    return timelineLines(post).isEmpty() ? QString() : headingText(post.words);
}

QString timelineListMarkdown(const Post &post)
{
    QStringList lines;
    for (const TimelineLine &line : timelineLines(post)) {
        const QString text = escapeMarkdownText(line.text);
        lines << (line.captured.isValid()
                      ? QStringLiteral("- **%1** %2").arg(escapeMarkdownText(line.time), text)
                      : QStringLiteral("- *%1* %2").arg(escapeMarkdownText(line.time), text));
    }
    return lines.join(u'\n');
}

QString timelineFigureHtml(const Post &post)
{
    const QList<TimelineLine> lines = timelineLines(post);
    if (lines.isEmpty())
        return {};
    QString html =
        QStringLiteral("<figure class=\"timeline\">\n<figcaption>%1</figcaption>\n<ol>\n")
            .arg(headingText(post.words).toHtmlEscaped());
    for (const TimelineLine &line : lines) {
        const QString when = line.captured.isValid()
            ? QStringLiteral("<time datetime=\"%1\">%2</time>")
                  .arg(line.captured.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                       line.time.toHtmlEscaped())
            : QStringLiteral("<span class=\"no-time\">%1</span>").arg(line.time.toHtmlEscaped());
        html += QStringLiteral("<li>%1 %2</li>\n").arg(when, line.text.toHtmlEscaped());
    }
    return html + QStringLiteral("</ol>\n</figure>");
}

QString timelineMarkdown(const Post &post)
{
    const QString list = timelineListMarkdown(post);
    return list.isEmpty() ? QString() : subsectionMarkdown(headingText(post.words), list);
}

} // namespace Spill
