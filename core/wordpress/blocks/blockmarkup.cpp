// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockmarkup.h"

#include "blockserializer.h"
#include "export/markdownblocks.h"
#include "export/postchanges.h"
#include "export/postevidence.h"
#include "export/postrecipe.h"
#include "export/postredemption.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Spill {

using namespace Qt::StringLiterals;

namespace {

QString block(const char *name, const QString &html, const BlockAttributes &attributes = {})
{
    return serializedBlock(QLatin1StringView(name), html, attributes);
}

// Inner blocks as the serializer joins them.
QString joined(const QStringList &blocks)
{
    return blocks.join(QStringLiteral("\n\n"));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString &html)
{
    return block("paragraph", QStringLiteral("<p>%1</p>").arg(html));
}

QString heading(const QString &html, int level)
{
    const QString tag = QStringLiteral("h%1").arg(level);
    return block("heading", QStringLiteral("<%1>%2</%1>").arg(tag, html),
                 level == 2 ? BlockAttributes() : BlockAttributes {{u"level"_s, level}});
}

QString list(const MarkdownBlock &list);

QString listItem(const MarkdownBlock &item)
{
    QStringList nested;
    for (const MarkdownBlock &child : item.children)
        nested.append(list(child));
    return block("list-item", QStringLiteral("<li>%1%2</li>").arg(item.html, joined(nested)));
}

QString list(const MarkdownBlock &list)
{
    QStringList items;
    for (const MarkdownBlock &item : list.children)
        items.append(listItem(item));
    if (!list.ordered)
        return block("list", QStringLiteral("<ul>%1</ul>").arg(joined(items)));
    if (list.start == 1)
        return block("list", QStringLiteral("<ol>%1</ol>").arg(joined(items)),
                     {{u"ordered"_s, true}});
    return block("list",
                 QStringLiteral("<ol start=\"%1\">%2</ol>").arg(list.start).arg(joined(items)),
                 {{u"ordered"_s, true}, {u"start"_s, list.start}});
}

// As the code block saves its text: HTML-escaped, '[' as an entity (no
// shortcode forms), and a URL alone on a line with its "//" as entities:
// every such line, where the editor's own save takes only the first (both
// are valid blocks), so the page never turns a second one into an embed.
QString code(const QString &text)
{
    QString html = escaped(text).replace(u'[', QStringLiteral("&#91;"));
    static const QRegularExpression isolatedUrl(QStringLiteral(R"(^(\s*https?:)//([^\s<>"]+\s*)$)"),
                                                QRegularExpression::MultilineOption);
    html.replace(isolatedUrl, QStringLiteral("\\1&#47;&#47;\\2"));
    return block("code",
                 QStringLiteral("<pre class=\"wp-block-code\"><code>%1</code></pre>").arg(html));
}

QString table(const MarkdownBlock &table)
{
    const auto cell = [&](const char *tag, const QString &html, qsizetype column) {
        const char align = column < table.align.size() ? table.align.at(column) : char(0);
        const QString side = align == 'l' ? QStringLiteral("left")
            : align == 'c'                ? QStringLiteral("center")
            : align == 'r'                ? QStringLiteral("right")
                                          : QString();
        const QString attributes = side.isEmpty()
            ? QString()
            : QStringLiteral(" class=\"has-text-align-%1\" data-align=\"%1\"").arg(side);
        return QStringLiteral("<%1%2>%3</%1>").arg(QLatin1StringView(tag), attributes, html);
    };
    QString head;
    QString body;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        QString row;
        for (qsizetype c = 0; c < table.rows.at(r).size(); ++c)
            row += cell(r == 0 ? "th" : "td", table.rows.at(r).at(c), c);
        (r == 0 ? head : body) += QStringLiteral("<tr>%1</tr>").arg(row);
    }
    QString html = QStringLiteral("<figure class=\"wp-block-table\"><table>");
    if (!head.isEmpty())
        html += QStringLiteral("<thead>%1</thead>").arg(head);
    if (!body.isEmpty())
        html += QStringLiteral("<tbody>%1</tbody>").arg(body);
    html += QStringLiteral("</table></figure>");
    return block("table", html);
}

QString markdownBlock(const MarkdownBlock &source);

QStringList markdownBlocksMarkup(const QList<MarkdownBlock> &blocks)
{
    QStringList out;
    for (const MarkdownBlock &source : blocks)
        out.append(markdownBlock(source));
    return out;
}

QString quote(const QStringList &inner)
{
    return block(
        "quote",
        QStringLiteral("<blockquote class=\"wp-block-quote\">%1</blockquote>").arg(joined(inner)));
}

QString markdownBlock(const MarkdownBlock &source)
{
    switch (source.kind) {
    case MarkdownBlock::Kind::Paragraph:
        return paragraph(source.html);
    case MarkdownBlock::Kind::Heading:
        // Below the beats' own headings (h2), never above h6.
        return heading(source.html, std::clamp(source.level + 2, 3, 6));
    case MarkdownBlock::Kind::List:
        return list(source);
    case MarkdownBlock::Kind::Quote:
        return quote(markdownBlocksMarkup(source.children));
    case MarkdownBlock::Kind::Code:
        return code(source.html);
    case MarkdownBlock::Kind::Rule:
        return block(
            "separator",
            QStringLiteral("<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>"));
    case MarkdownBlock::Kind::Table:
        return table(source);
    }
    return {};
}

QString caption(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return {};
    return QStringLiteral("<figcaption class=\"wp-element-caption\">%1</figcaption>")
        .arg(escaped(simple));
}

// A photo or clip on the site; empty when it was not uploaded.
QString mediaBlock(const PostMedia &media, const QHash<QString, UploadedMedia> &uploaded)
{
    const auto found = uploaded.constFind(media.fileName);
    if (found == uploaded.cend() || found->id <= 0 || found->url.isEmpty())
        return {};
    const QString url = escaped(found->url);
    if (media.isVideo()) {
        const QString poster = found->posterUrl.isEmpty()
            ? QString()
            : QStringLiteral(" poster=\"%1\"").arg(escaped(found->posterUrl));
        return block("video",
                     QStringLiteral("<figure class=\"wp-block-video\"><video controls%1 src=\"%2\">"
                                    "</video>%3</figure>")
                         .arg(poster, url, caption(media.caption)),
                     {{u"id"_s, found->id}});
    }
    return block(
        "image",
        QStringLiteral("<figure class=\"wp-block-image size-full\"><img src=\"%1\" "
                       "alt=\"%2\" class=\"wp-image-%3\"/>%4</figure>")
            .arg(url, escaped(media.altText()))
            .arg(found->id)
            .arg(caption(media.caption)),
        {{u"id"_s, found->id}, {u"sizeSlug"_s, u"full"_s}, {u"linkDestination"_s, u"none"_s}});
}

// Intended beside actual: two columns, each its label and its photo.
QString pairBlock(const Post &post, const QHash<QString, UploadedMedia> &uploaded)
{
    const QString dream = mediaBlock(post.media.at(post.dream), uploaded);
    const QString reality = mediaBlock(post.media.at(post.reality), uploaded);
    if (dream.isEmpty() || reality.isEmpty())
        return {};
    const auto column = [](const QString &label, const QString &figure) {
        const QString inner =
            joined({paragraph(QStringLiteral("<strong>%1</strong>").arg(escaped(label))), figure});
        return block("column",
                     QStringLiteral("<div class=\"wp-block-column\">%1</div>").arg(inner));
    };
    return block("columns",
                 QStringLiteral("<div class=\"wp-block-columns\">%1</div>")
                     .arg(joined({column(post.words.intended(), dream),
                                  column(post.words.actual(), reality)})));
}

// The facts above the first beat: the dish and how it ended, the recipe.
QStringList factBlocks(const Post &post)
{
    QStringList out;
    const Story &story = post.story;
    QStringList facts;
    if (!story.dish.trimmed().isEmpty())
        facts.append(QStringLiteral("<strong>%1:</strong> %2")
                         .arg(escaped(post.words.dish()), escaped(story.dish.simplified())));
    if (story.outcome)
        facts.append(QStringLiteral("<strong>%1:</strong> %2")
                         .arg(escaped(post.words.outcomeBadge()),
                              escaped(post.words.outcome(*story.outcome))));
    if (!facts.isEmpty())
        out.append(paragraph(facts.join(QStringLiteral(" · "))));
    if (!post.recipeUrl.isEmpty())
        out.append(paragraph(QStringLiteral("<a href=\"%1\" rel=\"nofollow noopener\">%2</a>")
                                 .arg(escaped(post.recipeUrl), escaped(post.words.recipe()))));
    // A redeemed fail and its redemption name each other.
    for (const PostLink &link : redemptionLinks(post)) {
        const QString text = escaped(link.text);
        out.append(paragraph(
            QStringLiteral("<strong>%1</strong> %2")
                .arg(escaped(link.label),
                     link.url.isEmpty()
                         ? text
                         : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(link.url), text))));
    }
    return out;
}

} // namespace

QString wordpressBlockMarkup(const Post &post, const QHash<QString, UploadedMedia> &uploaded)
{
    const Story &story = post.story;
    QStringList out = factBlocks(post);
    for (Beat beat : AllBeats) {
        // The fixed recipe after the lesson, as in the other formats.
        if (const QString recipe = fixedRecipeHeading(post);
            beat == Beat::CallToAction && !recipe.isEmpty()) {
            out.append(heading(escaped(recipe), 2));
            for (const RecipePart &part : fixedRecipeParts(post)) {
                out.append(heading(escaped(part.heading), 3));
                out += markdownBlocksMarkup(markdownBlocks(part.listMarkdown));
            }
        }
        const QString text = story.beat(beat).trimmed();
        const QList<int> media = post.mediaIn(beat);
        const bool pairHere = beat == Beat::WentWrong && post.hasPair();
        const QString changes = beat == Beat::WentWrong ? changesTableMarkdown(post) : QString();
        const QString timeline = beat == Beat::WentWrong ? timelineListMarkdown(post) : QString();
        if (text.isEmpty() && media.isEmpty() && !pairHere && changes.isEmpty() &&
            timeline.isEmpty())
            continue;
        const QString title = post.words.heading(story, beat);
        if (!title.isEmpty())
            out.append(heading(escaped(title), 2));
        QStringList body = markdownBlocksMarkup(markdownBlocks(text));
        if (beat == Beat::Lesson && !body.isEmpty()) {
            // The lesson stands out as a quote, under its label.
            body.prepend(
                paragraph(QStringLiteral("<strong>%1</strong>").arg(escaped(post.words.tip()))));
            body = QStringList {quote(body)};
        }
        if (beat == Beat::CallToAction && post.comments)
            body.append(paragraph(escaped(post.words.commentInvitation())));
        out += body;
        if (pairHere) {
            const QString pair = pairBlock(post, uploaded);
            if (!pair.isEmpty())
                out.append(pair);
        }
        if (!changes.isEmpty()) {
            // Under the beat's heading, as in the other formats.
            out.append(heading(escaped(changesHeading(post)), 3));
            out += markdownBlocksMarkup(markdownBlocks(changes));
        }
        if (!timeline.isEmpty()) {
            out.append(heading(escaped(timelineHeading(post)), 3));
            out += markdownBlocksMarkup(markdownBlocks(timeline));
        }
        for (int index : media) {
            const QString figure = mediaBlock(post.media.at(index), uploaded);
            if (!figure.isEmpty())
                out.append(figure);
        }
    }
    return joined(out);
}

} // namespace Spill
