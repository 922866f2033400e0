// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpage.h"

#include "markdown.h"
#include "post.h"
#include "postchanges.h"
#include "postevidence.h"
#include "postrecipe.h"
#include "postredemption.h"
#include "theme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <kainjow/mustache.hpp>

namespace Spill {

namespace {

using Data = kainjow::mustache::data;

std::string str(const QString &text)
{
    return text.toStdString();
}

Data flag(bool value)
{
    return Data(value ? Data::type::bool_true : Data::type::bool_false);
}

QString dataUri(const QString &mime, const QByteArray &bytes)
{
    return u"data:" + mime + u";base64," + QString::fromLatin1(bytes.toBase64());
}

Data figureData(const PostMedia &media, const PostWords &words, bool singleFile)
{
    Data figure;
    const QString &caption = media.caption;
    figure.set("alt", str(media.altText()));
    figure.set("has_alt", flag(!media.altText().isEmpty()));
    figure.set("caption", str(caption));
    figure.set("has_caption", flag(!caption.isEmpty()));
    figure.set("role", str(mediaRoleKey(media.item.role)));
    figure.set("video_label", str(words.video()));
    if (!media.isVideo()) {
        figure.set("is_image", flag(true));
        figure.set("src", str(singleFile ? dataUri(media.mimeType, media.bytes) : media.fileName));
        figure.set("width", std::to_string(media.width));
        figure.set("height", std::to_string(media.height));
        return figure;
    }
    const bool hasPoster = !media.posterName.isEmpty();
    if (singleFile && media.tooLargeToEmbed) {
        // Too large to carry inside the page: the poster frame, labelled as
        // a video, with a note saying why the clip is missing.
        figure.set("is_image", flag(hasPoster));
        figure.set("is_placeholder", flag(!hasPoster));
        if (hasPoster) {
            figure.set("src", str(dataUri(media.posterMimeType, media.posterBytes)));
            figure.set("width", std::to_string(media.posterWidth));
            figure.set("height", std::to_string(media.posterHeight));
        }
        figure.set("has_note", flag(true));
        figure.set("note", str(words.clipTooLarge()));
        figure.set("caption",
                   str(caption.isEmpty() ? words.video() : words.video() + u": " + caption));
        figure.set("has_caption", flag(true));
        return figure;
    }
    const QString source = singleFile ? dataUri(media.mimeType, media.bytes) : media.fileName;
    const QString poster = singleFile && hasPoster
        ? dataUri(media.posterMimeType, media.posterBytes)
        : media.posterName;
    figure.set("is_video", flag(true));
    figure.set("src", str(source));
    // A link to an embedded clip would carry it a second time.
    figure.set("has_link", flag(!singleFile));
    figure.set("mime", str(media.mimeType));
    figure.set("has_poster", flag(hasPoster));
    figure.set("poster", str(poster));
    const bool sized = media.width > 0 && media.height > 0;
    figure.set("has_size", flag(sized));
    figure.set("width", std::to_string(media.width));
    figure.set("height", std::to_string(media.height));
    return figure;
}

Data figureList(const Post &post, const QList<int> &indexes, bool singleFile)
{
    Data list(Data::type::list);
    for (int index : indexes)
        list.push_back(figureData(post.media.at(index), post.words, singleFile));
    return list;
}

Data stringList(const QStringList &values)
{
    Data list(Data::type::list);
    for (const QString &value : values) {
        Data item;
        item.set("name", str(value));
        list.push_back(item);
    }
    return list;
}

// The image that stands for the post in link previews: the reality shot (or
// its poster frame) when there is one, else the first photo.
QString leadImage(const Post &post)
{
    if (post.reality >= 0) {
        const PostMedia &reality = post.media.at(post.reality);
        const QString file = reality.isVideo() ? reality.posterName : reality.fileName;
        if (!file.isEmpty())
            return file;
    }
    for (const PostMedia &media : post.media) {
        if (!media.isVideo())
            return media.fileName;
    }
    return {};
}

// A section like a beat's, with only a heading and a body.
Data recipeSection(const QString &heading, const QString &bodyHtml)
{
    Data section;
    section.set("key", str(QStringLiteral("fixed-recipe")));
    section.set("heading", str(heading));
    section.set("has_heading", flag(true));
    section.set("body", str(bodyHtml));
    section.set("has_body", flag(true));
    for (const char *off :
         {"empty", "is_tip", "is_invite", "has_invite_text", "has_changes", "has_pair"})
        section.set(off, flag(false));
    section.set("figures", Data(Data::type::list));
    return section;
}

// The dream photo (or its clip's poster), the dish as it was meant to be:
// the only picture a Recipe may show.
QString dreamImage(const Post &post)
{
    for (const PostMedia &media : post.media) {
        if (media.item.role == MediaRole::Dream)
            return media.isVideo() ? media.posterName : media.fileName;
    }
    return {};
}

// A file of the post as search engines reach it: beside the published post.
QString publishedFile(const Post &post, const QString &file)
{
    if (file.isEmpty() || post.publishedUrl.isEmpty())
        return file;
    QString base = post.publishedUrl;
    if (!base.endsWith(u'/'))
        base += u'/';
    return QUrl(base).resolved(QUrl(file)).toString(QUrl::FullyEncoded);
}

QJsonObject blogPosting(const Post &post, const QString &image)
{
    const Story &story = post.story;
    QJsonObject object {{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                        {QStringLiteral("@type"), QStringLiteral("BlogPosting")},
                        {QStringLiteral("headline"), story.title},
                        {QStringLiteral("description"), post.description},
                        {QStringLiteral("inLanguage"), post.language}};
    if (story.created.isValid())
        object.insert(QStringLiteral("datePublished"), story.created.toString(Qt::ISODate));
    if (story.updated.isValid())
        object.insert(QStringLiteral("dateModified"), story.updated.toString(Qt::ISODate));
    if (!story.tags.isEmpty())
        object.insert(QStringLiteral("keywords"), story.tags.join(QStringLiteral(", ")));
    if (!image.isEmpty())
        object.insert(QStringLiteral("image"), image);
    if (!post.publishedUrl.isEmpty())
        object.insert(QStringLiteral("url"), post.publishedUrl);
    return object;
}

} // namespace

QString structuredDataJsonLd(const Post &post, const QString &image, const QString &recipeImage)
{
    const QJsonObject posting = blogPosting(post, image);
    const std::optional<QJsonObject> recipe = recipeStructuredData(post, recipeImage);
    const QByteArray bytes = recipe
        ? QJsonDocument(QJsonArray {posting, *recipe}).toJson(QJsonDocument::Compact)
        : QJsonDocument(posting).toJson(QJsonDocument::Compact);
    QString json = QString::fromUtf8(bytes);
    // Inside <script> only "</script" or "<!--" could end the block early;
    // escaping every '<' (and '>' and '&' for good measure) rules both out.
    json.replace(u'<', QStringLiteral("\\u003c"));
    json.replace(u'>', QStringLiteral("\\u003e"));
    json.replace(u'&', QStringLiteral("\\u0026"));
    return json;
}

QString renderHtmlPage(const Post &post, const Theme &theme, bool singleFile, QString *error)
{
    const Story &story = post.story;
    const PostWords &words = post.words;
    Data page;
    page.set("lang", str(post.language));
    page.set("title", str(story.title));
    page.set("description", str(post.description));
    page.set("dish", str(story.dish.simplified()));
    page.set("has_dish", flag(!story.dish.trimmed().isEmpty()));
    page.set("dish_label", str(words.dish()));
    page.set("has_outcome", flag(story.outcome.has_value()));
    if (story.outcome) {
        page.set("outcome_key", str(outcomeKey(*story.outcome)));
        page.set("outcome", str(words.outcome(*story.outcome)));
    }
    page.set("outcome_label", str(words.outcomeBadge()));
    page.set("has_recipe", flag(!post.recipeUrl.isEmpty()));
    page.set("recipe_url", str(post.recipeUrl));
    page.set("recipe_label", str(words.recipe()));
    // A redeemed fail and its redemption name each other near the top.
    Data links = Data::type::list;
    for (const PostLink &link : redemptionLinks(post)) {
        Data line;
        line.set("label", str(link.label));
        line.set("text", str(link.text));
        line.set("has_url", flag(!link.url.isEmpty()));
        line.set("url", str(link.url));
        links.push_back(line);
    }
    page.set("has_links", flag(!links.is_empty_list()));
    page.set("links", links);
    page.set("has_url", flag(!post.publishedUrl.isEmpty()));
    page.set("url", str(post.publishedUrl));
    page.set("tags", stringList(story.tags));
    QStringList kinds;
    for (FailureKind kind : story.failureKinds)
        kinds << words.failureKind(kind);
    page.set("failure_kinds", stringList(kinds));
    if (story.created.isValid()) {
        page.set("has_date", flag(true));
        page.set("date_iso", str(story.created.toString(Qt::ISODate)));
        page.set("date", str(words.date(story.created.date())));
    }

    // A single file has no picture files beside it to point at.
    const QString image = singleFile ? QString() : publishedFile(post, leadImage(post));
    const QString dream = singleFile ? QString() : publishedFile(post, dreamImage(post));
    page.set("has_image", flag(!image.isEmpty()));
    page.set("image", str(image));
    page.set("json_ld", str(structuredDataJsonLd(post, image, dream)));

    QString css = QString::fromUtf8(theme.css);
    css.replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    page.set("style",
             str(singleFile ? u"<style>\n" + css + u"</style>"
                            : QStringLiteral("<link rel=\"stylesheet\" href=\"style.css\">")));

    Data sections(Data::type::list);
    for (Beat beat : AllBeats) {
        // The fixed recipe, a section of its own after the lesson: every
        // theme shows it as it shows the beats.
        if (const QString recipe = fixedRecipeHeading(post);
            beat == Beat::CallToAction && !recipe.isEmpty())
            sections.push_back(recipeSection(recipe, markdownToHtml(fixedRecipeMarkdown(post))));
        const QString text = story.beat(beat).trimmed();
        const QList<int> media = post.mediaIn(beat);
        const bool pairHere = beat == Beat::WentWrong && post.hasPair();
        if (text.isEmpty() && media.isEmpty() && !pairHere && beat != Beat::WentWrong)
            continue;
        Data section;
        section.set("key", str(beatKey(beat)));
        const QString heading = words.heading(story, beat);
        section.set("heading", str(heading));
        section.set("has_heading", flag(!heading.isEmpty()));
        section.set("body", str(markdownToHtml(text)));
        section.set("has_body", flag(!text.isEmpty()));
        section.set("empty", flag(text.isEmpty() && beat == Beat::WentWrong));
        section.set("empty_text", str(words.notWrittenYet()));
        section.set("is_tip", flag(beat == Beat::Lesson));
        section.set("tip_label", str(words.tip()));
        // The call to action ends the post as the question it is; only a
        // blog with comments adds where to answer it.
        section.set("is_invite", flag(beat == Beat::CallToAction));
        section.set("has_invite_text", flag(beat == Beat::CallToAction && post.comments));
        section.set("invite_text", str(words.commentInvitation()));
        section.set("figures", figureList(post, media, singleFile));
        // The section's evidence under its text: what I changed and the
        // timeline of the photos and clips (the theme's `changes`).
        QStringList evidence;
        if (beat == Beat::WentWrong) {
            if (const QString changes = changesMarkdown(post); !changes.isEmpty())
                evidence << markdownToHtml(changes);
            if (const QString timeline = timelineFigureHtml(post); !timeline.isEmpty())
                evidence << timeline;
        }
        const QString changes = evidence.join(u'\n');
        section.set("has_changes", flag(!changes.isEmpty()));
        section.set("changes", str(changes));
        section.set("has_pair", flag(pairHere));
        if (pairHere) {
            Data pair;
            pair.set("intended_label", str(words.intended()));
            pair.set("actual_label", str(words.actual()));
            pair.set("dream", figureData(post.media.at(post.dream), post.words, singleFile));
            pair.set("reality", figureData(post.media.at(post.reality), post.words, singleFile));
            section.set("pair", pair);
        }
        sections.push_back(section);
    }
    page.set("sections", sections);
    const std::string figureTemplate = str(theme.figureTemplate);
    page.set("figure", kainjow::mustache::partial([figureTemplate] { return figureTemplate; }));

    kainjow::mustache::mustache tmpl(str(theme.postTemplate));
    if (!tmpl.is_valid()) {
        *error = QStringLiteral("%1/post.html.mustache: %2")
                     .arg(theme.info.path, QString::fromStdString(tmpl.error_message()));
        return {};
    }
    const std::string html = tmpl.render(page);
    if (!tmpl.is_valid()) {
        *error = QStringLiteral("%1/post.html.mustache: %2")
                     .arg(theme.info.path, QString::fromStdString(tmpl.error_message()));
        return {};
    }
    return QString::fromStdString(html);
}

} // namespace Spill
