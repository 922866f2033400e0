// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON a revision keeps. Not the interchange format: it is private to the
// library, holds media hashes instead of paths, and only needs to read what
// this and older versions of Spill wrote.
#include "sqlsupport.h"
#include "storyrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Spill::StoryRows {

QByteArray toSnapshot(const Story &story)
{
    QJsonObject beats;
    for (Beat beat : AllBeats)
        beats.insert(beatKey(beat), story.beat(beat));
    QJsonArray kinds;
    for (FailureKind kind : story.failureKinds)
        kinds.append(failureKindKey(kind));
    QJsonArray media;
    for (const MediaItem &item : story.media) {
        QJsonObject object {
            {QStringLiteral("hash"), item.hash},
            {QStringLiteral("file"), item.file},
            {QStringLiteral("suffix"), mediaSuffix(item)},
            {QStringLiteral("kind"),
             item.kind == MediaKind::Video ? QStringLiteral("video") : QStringLiteral("photo")},
            {QStringLiteral("beat"), beatKey(item.beat)},
            {QStringLiteral("role"), mediaRoleKey(item.role)},
            {QStringLiteral("alt"), item.alt},
            {QStringLiteral("decorative"), item.decorative},
            {QStringLiteral("caption"), item.caption},
            {QStringLiteral("width"), item.width},
            {QStringLiteral("height"), item.height},
            {QStringLiteral("duration_ms"), item.durationMs},
        };
        if (item.posterMs)
            object.insert(QStringLiteral("poster_ms"), *item.posterMs);
        // The file's own account stays with the file (media_origins); only
        // the creator's answer to it is part of the story.
        if (item.editedMarkOff) {
            object.insert(QStringLiteral("edited_mark_off"), true);
            object.insert(QStringLiteral("edited_mark_reason"), item.editedMarkReason);
        }
        media.append(object);
    }
    QJsonObject root {
        {QStringLiteral("slug"), story.slug},
        {QStringLiteral("title"), story.title},
        {QStringLiteral("dish"), story.dish},
        {QStringLiteral("recipe_url"), story.recipeUrl},
        {QStringLiteral("beats"), beats},
        {QStringLiteral("failure_kinds"), kinds},
        {QStringLiteral("tags"), QJsonArray::fromStringList(story.tags)},
        {QStringLiteral("status"), statusKey(story.status)},
        {QStringLiteral("published_url"), story.publishedUrl},
        {QStringLiteral("language"), story.language},
        {QStringLiteral("created"), Sql::toDbTime(story.created)},
        {QStringLiteral("updated"), Sql::toDbTime(story.updated)},
        {QStringLiteral("media"), media},
    };
    if (story.outcome)
        root.insert(QStringLiteral("outcome"), outcomeKey(*story.outcome));
    if (story.redemption.isSet()) {
        root.insert(
            QStringLiteral("redemption"),
            QJsonObject {{QStringLiteral("story_id"), story.redemption.storyId},
                         {QStringLiteral("url"), story.redemption.url},
                         {QStringLiteral("on"), story.redemption.on.toString(Qt::ISODate)}});
    }
    // As in spill-story/1: a key only for a heading that is not the default.
    QJsonObject headings;
    for (Beat beat : AllBeats) {
        const BeatHeading &heading = story.heading(beat);
        if (heading.isHidden())
            headings.insert(beatKey(beat), QJsonValue::Null);
        else if (!heading.isDefault())
            headings.insert(beatKey(beat), heading.text);
    }
    if (!headings.isEmpty())
        root.insert(QStringLiteral("headings"), headings);
    if (!story.changes.isEmpty())
        root.insert(QStringLiteral("changes"), deviationsToJson(story.changes));
    if (!story.fixedRecipe.isEmpty())
        root.insert(QStringLiteral("fixed_recipe"), fixedRecipeToJson(story.fixedRecipe.tidied()));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<Story> fromSnapshot(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    Story story;
    story.slug = root.value(QStringLiteral("slug")).toString();
    story.title = root.value(QStringLiteral("title")).toString();
    story.dish = root.value(QStringLiteral("dish")).toString();
    story.recipeUrl = root.value(QStringLiteral("recipe_url")).toString();
    const QJsonObject beats = root.value(QStringLiteral("beats")).toObject();
    for (Beat beat : AllBeats)
        story.beat(beat) = beats.value(beatKey(beat)).toString();
    // Versions written before headings existed have none: all defaults.
    if (QString ignored;
        !beatHeadingsFromJson(root.value(QStringLiteral("headings")), &story.headings, &ignored))
        story.headings.fill(BeatHeading::byDefault());
    // Versions written before changes existed have none.
    if (QString ignored;
        !deviationsFromJson(root.value(QStringLiteral("changes")), &story.changes, &ignored))
        story.changes.clear();
    if (QString ignored; !fixedRecipeFromJson(root.value(QStringLiteral("fixed_recipe")),
                                              &story.fixedRecipe, &ignored))
        story.fixedRecipe = {};
    for (const QJsonValue &kind : root.value(QStringLiteral("failure_kinds")).toArray()) {
        if (const auto value = failureKindFromKey(kind.toString()))
            story.failureKinds.append(*value);
    }
    for (const QJsonValue &tag : root.value(QStringLiteral("tags")).toArray())
        story.tags.append(tag.toString());
    if (root.contains(QStringLiteral("outcome")))
        story.outcome = outcomeFromKey(root.value(QStringLiteral("outcome")).toString());
    story.status =
        statusFromKey(root.value(QStringLiteral("status")).toString()).value_or(Status::Draft);
    story.publishedUrl = root.value(QStringLiteral("published_url")).toString();
    const QJsonObject redemption = root.value(QStringLiteral("redemption")).toObject();
    story.redemption.storyId = redemption.value(QStringLiteral("story_id")).toInteger();
    story.redemption.url = redemption.value(QStringLiteral("url")).toString();
    story.redemption.on =
        QDate::fromString(redemption.value(QStringLiteral("on")).toString(), Qt::ISODate);
    story.language = root.value(QStringLiteral("language")).toString();
    story.created = Sql::fromDbTime(root.value(QStringLiteral("created")).toString());
    story.updated = Sql::fromDbTime(root.value(QStringLiteral("updated")).toString());
    for (const QJsonValue &value : root.value(QStringLiteral("media")).toArray()) {
        const QJsonObject object = value.toObject();
        MediaItem item;
        item.hash = object.value(QStringLiteral("hash")).toString();
        item.file = object.value(QStringLiteral("file")).toString();
        item.kind = object.value(QStringLiteral("kind")).toString() == QStringLiteral("video")
            ? MediaKind::Video
            : MediaKind::Photo;
        item.beat =
            beatFromKey(object.value(QStringLiteral("beat")).toString()).value_or(Beat::Intended);
        item.role = mediaRoleFromKey(object.value(QStringLiteral("role")).toString())
                        .value_or(MediaRole::Step);
        item.alt = object.value(QStringLiteral("alt")).toString();
        item.decorative = object.value(QStringLiteral("decorative")).toBool();
        item.caption = object.value(QStringLiteral("caption")).toString();
        if (object.contains(QStringLiteral("poster_ms")))
            item.posterMs = object.value(QStringLiteral("poster_ms")).toInteger();
        item.width = object.value(QStringLiteral("width")).toInt();
        item.height = object.value(QStringLiteral("height")).toInt();
        item.durationMs = object.value(QStringLiteral("duration_ms")).toInteger();
        item.editedMarkOff = object.value(QStringLiteral("edited_mark_off")).toBool();
        item.editedMarkReason = object.value(QStringLiteral("edited_mark_reason")).toString();
        story.media.append(item);
    }
    return story;
}

} // namespace Spill::StoryRows
