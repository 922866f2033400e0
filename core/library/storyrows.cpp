// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyrows.h"

#include "schema.h"
#include "sqlsupport.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace Spill::StoryRows {

namespace {

QVariant nullableText(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant();
}

const QString StoryColumns = QStringLiteral(
    "slug, title, dish, recipe_url, intended, went_wrong, salvage, lesson, call_to_action, "
    "outcome, status, published_url, language, created, updated, intended_heading, "
    "went_wrong_heading, salvage_heading, lesson_heading, call_to_action_heading");
constexpr int FirstHeadingColumn = 15;

// See schema.cpp, version 3: NULL is the default heading, '' none.
BeatHeading headingFromDb(const QVariant &value)
{
    if (value.isNull())
        return BeatHeading::byDefault();
    return BeatHeading::withText(value.toString());
}

QVariant headingToDb(const BeatHeading &heading)
{
    switch (heading.kind) {
    case BeatHeading::Kind::Default:
        return QVariant(); // binds NULL (a null QString would bind an empty text)
    case BeatHeading::Kind::Hidden:
        return QStringLiteral("");
    case BeatHeading::Kind::Text:
        break;
    }
    return heading.text;
}

// See schema.cpp, version 7: the camera's clock, no zone.
const QString WallClockFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QVariant toWallClock(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toString(WallClockFormat)) : QVariant();
}

QDateTime fromWallClock(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), WallClockFormat);
}

} // namespace

bool keepOrigins(QSqlDatabase db, const QList<MediaItem> &media, QString *error)
{
    // Kept once per file, the first time it is known; it never changes, as
    // the file cannot.
    for (const MediaItem &item : media) {
        if (item.origin.known &&
            !Sql::exec(db,
                       QStringLiteral("INSERT OR IGNORE INTO media_origins (hash, captured, "
                                      "camera, software, modified, edited, edits) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {item.hash, toWallClock(item.origin.captured), item.origin.camera,
                        item.origin.software, toWallClock(item.origin.modified),
                        item.origin.edited ? 1 : 0, item.origin.edits.join(u' ')},
                       error))
            return false;
    }
    return true;
}

QString mediaSuffix(const MediaItem &item)
{
    return QFileInfo(item.file).suffix().toLower();
}

std::optional<Story> read(QSqlDatabase db, qint64 id, QString *error)
{
    error->clear();
    QSqlQuery query(db);
    if (!Sql::run(query, QStringLiteral("SELECT %1 FROM stories WHERE id = ?").arg(StoryColumns),
                  {id}, error))
        return std::nullopt;
    if (!query.next()) {
        Sql::rowsRead(query, error); // a damaged page, or no such story
        return std::nullopt;
    }
    Story story;
    story.id = id;
    story.slug = query.value(0).toString();
    story.title = query.value(1).toString();
    story.dish = query.value(2).toString();
    story.recipeUrl = query.value(3).toString();
    for (Beat beat : AllBeats)
        story.beat(beat) = query.value(4 + beatIndex(beat)).toString();
    story.outcome =
        query.value(9).isNull() ? std::nullopt : outcomeFromKey(query.value(9).toString());
    story.status = statusFromKey(query.value(10).toString()).value_or(Status::Draft);
    story.publishedUrl = query.value(11).toString();
    story.language = query.value(12).toString();
    story.created = Sql::fromDbTime(query.value(13));
    story.updated = Sql::fromDbTime(query.value(14));
    for (Beat beat : AllBeats)
        story.heading(beat) = headingFromDb(query.value(FirstHeadingColumn + beatIndex(beat)));

    QSqlQuery tags(db);
    if (!Sql::run(tags,
                  QStringLiteral("SELECT t.name FROM story_tags st JOIN tags t ON t.id = st.tag_id "
                                 "WHERE st.story_id = ? ORDER BY st.position"),
                  {id}, error))
        return std::nullopt;
    while (tags.next())
        story.tags.append(tags.value(0).toString());
    if (!Sql::rowsRead(tags, error))
        return std::nullopt;

    QSqlQuery kinds(db);
    if (!Sql::run(kinds,
                  QStringLiteral("SELECT k.key FROM story_failure_kinds sk "
                                 "JOIN failure_kinds k ON k.id = sk.kind_id "
                                 "WHERE sk.story_id = ? ORDER BY sk.position"),
                  {id}, error))
        return std::nullopt;
    while (kinds.next()) {
        if (const auto kind = failureKindFromKey(kinds.value(0).toString()))
            story.failureKinds.append(*kind);
    }
    if (!Sql::rowsRead(kinds, error))
        return std::nullopt;

    QSqlQuery changes(db);
    if (!Sql::run(changes,
                  QStringLiteral("SELECT kind, subject, planned, actual, caused_fail "
                                 "FROM story_changes WHERE story_id = ? ORDER BY position"),
                  {id}, error))
        return std::nullopt;
    while (changes.next()) {
        Deviation change;
        change.kind =
            deviationKindFromKey(changes.value(0).toString()).value_or(DeviationKind::Ingredient);
        change.subject = changes.value(1).toString();
        change.planned = changes.value(2).toString();
        change.actual = changes.value(3).toString();
        change.causedFail = changes.value(4).toBool();
        story.changes.append(change);
    }
    if (!Sql::rowsRead(changes, error))
        return std::nullopt;

    QSqlQuery recipe(db);
    if (!Sql::run(recipe,
                  QStringLiteral("SELECT part, text FROM story_recipe WHERE story_id = ? "
                                 "ORDER BY part, position"),
                  {id}, error))
        return std::nullopt;
    while (recipe.next()) {
        QStringList &part = recipe.value(0).toString() == QLatin1StringView("step")
            ? story.fixedRecipe.steps
            : story.fixedRecipe.ingredients;
        part.append(recipe.value(1).toString());
    }
    if (!Sql::rowsRead(recipe, error))
        return std::nullopt;

    QSqlQuery media(db);
    if (!Sql::run(media,
                  QStringLiteral("SELECT m.id, m.hash, m.file_name, m.kind, m.beat, m.role, "
                                 "m.alt, m.decorative, m.caption, m.poster_ms, m.width, "
                                 "m.height, m.duration_ms, m.edited_mark_off, "
                                 "m.edited_mark_reason, o.hash, o.captured, o.camera, "
                                 "o.software, o.modified, o.edited, o.edits FROM media m "
                                 "LEFT JOIN media_origins o ON o.hash = m.hash "
                                 "WHERE m.story_id = ? ORDER BY m.position"),
                  {id}, error))
        return std::nullopt;
    while (media.next()) {
        MediaItem item;
        item.id = media.value(0).toLongLong();
        item.hash = media.value(1).toString();
        item.file = media.value(2).toString();
        item.kind = media.value(3).toString() == QStringLiteral("video") ? MediaKind::Video
                                                                         : MediaKind::Photo;
        item.beat = beatFromKey(media.value(4).toString()).value_or(Beat::Intended);
        item.role = mediaRoleFromKey(media.value(5).toString()).value_or(MediaRole::Step);
        item.alt = media.value(6).toString();
        item.decorative = media.value(7).toBool();
        item.caption = media.value(8).toString();
        if (!media.value(9).isNull())
            item.posterMs = media.value(9).toLongLong();
        item.width = media.value(10).toInt();
        item.height = media.value(11).toInt();
        item.durationMs = media.value(12).toLongLong();
        item.editedMarkOff = media.value(13).toBool();
        item.editedMarkReason = media.value(14).toString();
        if (!media.value(15).isNull()) {
            item.origin.known = true;
            item.origin.captured = fromWallClock(media.value(16));
            item.origin.camera = media.value(17).toString();
            item.origin.software = media.value(18).toString();
            item.origin.modified = fromWallClock(media.value(19));
            item.origin.edited = media.value(20).toBool();
            item.origin.edits = media.value(21).toString().split(u' ', Qt::SkipEmptyParts);
        }
        story.media.append(item);
    }
    if (!Sql::rowsRead(media, error) || !readRedemption(db, story, error))
        return std::nullopt;
    return story;
}

bool write(QSqlDatabase db, const Story &story, const QDateTime &now, QString *error)
{
    const qint64 id = story.id;
    QVariantList values {story.slug, story.title, story.dish, story.recipeUrl};
    for (Beat beat : AllBeats)
        values.append(story.beat(beat));
    values.append(
        nullableText(story.outcome ? std::optional(outcomeKey(*story.outcome)) : std::nullopt));
    values.append(statusKey(story.status));
    values.append(story.publishedUrl);
    values.append(story.language);
    values.append(Sql::toDbTime(story.created));
    values.append(Sql::toDbTime(story.updated.isValid() ? story.updated : now));
    for (Beat beat : AllBeats)
        values.append(headingToDb(story.heading(beat)));
    values.append(id);
    QSqlQuery update(db);
    if (!Sql::run(
            update,
            QStringLiteral("UPDATE stories SET slug = coalesce(nullif(?, ''), slug), title = ?, "
                           "dish = ?, recipe_url = ?, intended = ?, went_wrong = ?, salvage = ?, "
                           "lesson = ?, call_to_action = ?, outcome = ?, status = ?, "
                           "published_url = ?, language = ?, created = coalesce(nullif(?, ''), "
                           "created), updated = ?, intended_heading = ?, went_wrong_heading = ?, "
                           "salvage_heading = ?, lesson_heading = ?, call_to_action_heading = ? "
                           "WHERE id = ?"),
            values, error))
        return false;
    if (update.numRowsAffected() != 1) {
        *error = QStringLiteral("there is no story with id %1").arg(id);
        return false;
    }

    // Tags: trimmed, empty ones dropped, the first spelling of a duplicate kept.
    if (!Sql::exec(db, QStringLiteral("DELETE FROM story_tags WHERE story_id = ?"), {id}, error))
        return false;
    QStringList seen;
    for (const QString &raw : story.tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty() || seen.contains(tag, Qt::CaseInsensitive))
            continue;
        seen.append(tag);
        if (!Sql::exec(db,
                       QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"),
                       {tag}, error) ||
            !Sql::exec(db,
                       QStringLiteral("INSERT INTO story_tags (story_id, tag_id, position) "
                                      "SELECT ?, id, ? FROM tags WHERE name = ?"),
                       {id, seen.size(), tag}, error))
            return false;
    }
    if (!Sql::exec(db,
                   QStringLiteral("DELETE FROM tags WHERE NOT EXISTS "
                                  "(SELECT 1 FROM story_tags st WHERE st.tag_id = tags.id)"),
                   {}, error))
        return false;

    if (!Sql::exec(db, QStringLiteral("DELETE FROM story_failure_kinds WHERE story_id = ?"), {id},
                   error))
        return false;
    int kindPosition = 0;
    for (FailureKind kind : story.failureKinds) {
        if (!Sql::exec(db,
                       QStringLiteral("INSERT OR IGNORE INTO story_failure_kinds "
                                      "(story_id, kind_id, position) "
                                      "SELECT ?, id, ? FROM failure_kinds WHERE key = ?"),
                       {id, ++kindPosition, failureKindKey(kind)}, error))
            return false;
    }

    // Changes: a row with nothing typed in it is not kept.
    if (!Sql::exec(db, QStringLiteral("DELETE FROM story_changes WHERE story_id = ?"), {id}, error))
        return false;
    int changePosition = 0;
    for (const Deviation &change : story.changes) {
        if (change.isBlank())
            continue;
        if (!Sql::exec(db,
                       QStringLiteral("INSERT INTO story_changes (story_id, position, kind, "
                                      "subject, planned, actual, caused_fail) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {id, ++changePosition, deviationKindKey(change.kind), change.subject,
                        change.planned, change.actual, change.causedFail ? 1 : 0},
                       error))
            return false;
    }

    // The fixed recipe: blank entries are not kept.
    if (!Sql::exec(db, QStringLiteral("DELETE FROM story_recipe WHERE story_id = ?"), {id}, error))
        return false;
    const FixedRecipe recipe = story.fixedRecipe.tidied();
    for (auto [part, entries] : {std::pair {QStringLiteral("ingredient"), &recipe.ingredients},
                                 std::pair {QStringLiteral("step"), &recipe.steps}}) {
        for (qsizetype i = 0; i < entries->size(); ++i) {
            if (!Sql::exec(db,
                           QStringLiteral("INSERT INTO story_recipe (story_id, part, position, "
                                          "text) VALUES (?, ?, ?, ?)"),
                           {id, part, i + 1, entries->at(i)}, error))
                return false;
        }
    }

    if (!Sql::exec(db, QStringLiteral("DELETE FROM media WHERE story_id = ?"), {id}, error))
        return false;
    int mediaPosition = 0;
    for (const MediaItem &item : story.media) {
        const QVariant poster =
            item.posterMs ? QVariant(*item.posterMs) : QVariant(QMetaType::fromType<qint64>());
        if (!Sql::exec(
                db,
                QStringLiteral("INSERT INTO media (story_id, hash, file_name, suffix, kind, "
                               "beat, role, alt, decorative, caption, position, poster_ms, "
                               "width, height, duration_ms, edited_mark_off, edited_mark_reason) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, item.hash, QFileInfo(item.file).fileName(), mediaSuffix(item),
                 item.kind == MediaKind::Video ? QStringLiteral("video") : QStringLiteral("photo"),
                 beatKey(item.beat), mediaRoleKey(item.role), item.alt, item.decorative ? 1 : 0,
                 item.caption, ++mediaPosition, poster, item.width, item.height, item.durationMs,
                 item.editedMarkOff ? 1 : 0,
                 item.editedMarkOff ? item.editedMarkReason : QString()},
                error))
            return false;
    }

    if (!keepOrigins(db, story.media, error) || !writeRedemption(db, story, error))
        return false;

    // The search index row is rebuilt in the same transaction as the story.
    return Sql::exec(db, QStringLiteral("DELETE FROM story_search WHERE rowid = ?"), {id}, error) &&
        Sql::exec(db, Schema::searchIndexInsertSql(Schema::OneStory), {id}, error);
}

} // namespace Spill::StoryRows
