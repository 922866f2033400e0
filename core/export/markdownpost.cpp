// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownpost.h"

#include "markdown.h"
#include "post.h"
#include "postchanges.h"
#include "postevidence.h"
#include "postrecipe.h"
#include "postredemption.h"

#include <QStringEncoder>
#include <QStringList>

namespace Spill {

namespace {

// Figures use plain image syntax, not raw <figure> HTML: Hugo's Goldmark
// drops raw HTML unless the site sets `unsafe = true`, so HTML figures would
// silently vanish there, while image syntax renders in Goldmark, kramdown and
// any CommonMark tool. The caption follows as an emphasised line.
QString figureMarkdown(const PostMedia &media, const PostWords &words, const QString &mediaBase)
{
    const QString alt = escapeMarkdownText(media.altText());
    QString text;
    if (!media.isVideo()) {
        text = u"![" + alt + u"](" + mediaBase + media.fileName + u')';
    } else if (!media.posterName.isEmpty()) {
        // No Markdown syntax plays a video: the poster frame links to the clip.
        text = u"[![" + alt + u"](" + mediaBase + media.posterName + u")](" + mediaBase +
            media.fileName + u')';
    } else {
        const QString label = alt.isEmpty() ? words.video() : words.video() + u": " + alt;
        text = u"[" + label + u"](" + mediaBase + media.fileName + u')';
    }
    if (!media.caption.isEmpty())
        text += u"\\\n*" + escapeMarkdownText(media.caption) + u'*';
    return text;
}

QString quoted(const QString &markdown)
{
    QStringList lines = markdown.split(u'\n');
    for (QString &line : lines)
        line = line.isEmpty() ? QStringLiteral(">") : u"> " + line;
    return lines.join(u'\n');
}

} // namespace

QString escapeMarkdownText(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]#!<>|~$");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text.simplified()) {
        if (c == u'{')
            out += QStringLiteral("&#123;");
        else if (c == u'}')
            out += QStringLiteral("&#125;");
        else if (c == u'&')
            out += QStringLiteral("&amp;");
        else {
            if (special.contains(c))
                out += u'\\';
            out += c;
        }
    }
    return out;
}

QString subsectionMarkdown(const QString &heading, const QString &body)
{
    if (body.isEmpty())
        return {};
    return u"### " + escapeMarkdownText(heading) + QStringLiteral("\n\n") + body;
}

QString markdownPostBody(const Post &post, const QString &mediaBase, bool withTitleHeading)
{
    const Story &story = post.story;
    const PostWords &words = post.words;
    QStringList blocks;
    if (withTitleHeading)
        blocks << u"# " + escapeMarkdownText(story.title);

    QStringList facts;
    if (!story.dish.trimmed().isEmpty())
        facts << u"**" + words.dish() + u":** " + escapeMarkdownText(story.dish);
    if (story.outcome)
        facts << u"**" + words.outcomeBadge() + u":** " +
                escapeMarkdownText(words.outcome(*story.outcome));
    if (!post.recipeUrl.isEmpty())
        facts << u"[" + escapeMarkdownText(words.recipe()) + u"](<" + post.recipeUrl + u">)";
    if (!facts.isEmpty())
        blocks << facts.join(u"\\\n");
    if (const QString links = redemptionMarkdown(post); !links.isEmpty())
        blocks << links;

    for (Beat beat : AllBeats) {
        // The fixed recipe follows the lesson it came from; the call to
        // action still ends the post.
        if (beat == Beat::CallToAction) {
            if (const QString heading = fixedRecipeHeading(post); !heading.isEmpty())
                blocks << u"## " + escapeMarkdownText(heading) << fixedRecipeMarkdown(post);
        }
        const QString text = sanitizedMarkdown(story.beat(beat));
        const QList<int> media = post.mediaIn(beat);
        const bool pairHere = beat == Beat::WentWrong && post.hasPair();
        // What went wrong is the heart of the post: it is never left out.
        if (text.isEmpty() && media.isEmpty() && !pairHere && beat != Beat::WentWrong)
            continue;
        if (const QString heading = words.heading(story, beat); !heading.isEmpty())
            blocks << u"## " + escapeMarkdownText(heading);
        if (text.isEmpty() && beat == Beat::WentWrong)
            blocks << u'*' + escapeMarkdownText(words.notWrittenYet()) + u'*';
        else if (beat == Beat::Lesson && !text.isEmpty())
            blocks << quoted(u"**" + escapeMarkdownText(words.tip()) + u":** " + text);
        else if (!text.isEmpty())
            blocks << text;
        if (pairHere) {
            blocks << u"**" + escapeMarkdownText(words.intended()) + u":**\\\n" +
                    figureMarkdown(post.media.at(post.dream), words, mediaBase);
            blocks << u"**" + escapeMarkdownText(words.actual()) + u":**\\\n" +
                    figureMarkdown(post.media.at(post.reality), words, mediaBase);
        }
        if (beat == Beat::WentWrong) {
            if (const QString changes = changesMarkdown(post); !changes.isEmpty())
                blocks << changes;
            if (const QString timeline = timelineMarkdown(post); !timeline.isEmpty())
                blocks << timeline;
        }
        for (int index : media)
            blocks << figureMarkdown(post.media.at(index), words, mediaBase);
        // The call to action ends the post as the question it is; only a
        // blog with comments adds where to answer it.
        if (beat == Beat::CallToAction && post.comments)
            blocks << u'*' + escapeMarkdownText(words.commentInvitation()) + u'*';
    }
    // Appended to, not joined into a third copy: a beat can be 10 MB, and
    // its entities make the Markdown longer still.
    QString body = blocks.join(u"\n\n");
    blocks.clear();
    body += u'\n';
    return body;
}

QByteArray withFrontMatter(const std::string &yaml, const QString &body)
{
    QByteArray out("---\n");
    out += QByteArray::fromStdString(yaml);
    out += "\n---\n\n";
    // A piece at a time, so that the body is not in memory a third time as
    // one whole UTF-8 copy beside `out`. The encoder carries a surrogate
    // pair split between pieces over to the next.
    constexpr qsizetype Piece = 64 * 1024;
    QStringEncoder toUtf8(QStringEncoder::Utf8);
    out.reserve(out.size() + body.size());
    for (qsizetype at = 0; at < body.size(); at += Piece)
        out += toUtf8(QStringView(body).mid(at, Piece));
    return out;
}

} // namespace Spill
