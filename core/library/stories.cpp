// SPDX-License-Identifier: GPL-3.0-or-later
// Creating, reading and saving stories.
#include "library.h"
#include "media/mediaorigins.h"
#include "sqlsupport.h"
#include "story/slug.h"
#include "storyrows.h"

#include <QSqlQuery>

#include <algorithm>

namespace Spill {

qint64 Library::createStory(const Story &story)
{
    if (!ensureWritable())
        return 0;
    QSqlDatabase db = database();
    Sql::Transaction transaction(db);
    QString error;
    if (!transaction.begin(&error)) {
        fail(tr("cannot create a story"), error);
        return 0;
    }
    const QString base = isValidSlug(story.slug) ? story.slug
        : story.slug.isEmpty()                   ? slugify(story.title)
                                                 : slugify(story.slug);
    bool lookupFailed = false;
    const QString slug = uniqueSlug(base, [&](const QString &candidate) {
        QSqlQuery query(db);
        if (!Sql::run(query, QStringLiteral("SELECT 1 FROM stories WHERE slug = ?"), {candidate},
                      &error)) {
            lookupFailed = true;
            return false;
        }
        const bool taken = query.next();
        if (!Sql::rowsRead(query, &error)) {
            lookupFailed = true;
            return false;
        }
        return taken;
    });
    if (lookupFailed) {
        fail(tr("cannot create a story"), error);
        return 0;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString created = Sql::toDbTime(story.created.isValid() ? story.created : now);
    QSqlQuery insert(db);
    if (!Sql::run(insert,
                  QStringLiteral("INSERT INTO stories (slug, created, updated) VALUES (?, ?, ?)"),
                  {slug, created, created}, &error)) {
        fail(tr("cannot create a story"), error);
        return 0;
    }
    Story stored = story;
    stored.id = insert.lastInsertId().toLongLong();
    stored.slug = slug;
    if (!stored.created.isValid())
        stored.created = now;
    if (!StoryRows::write(db, stored, now, &error) || !transaction.commit(&error)) {
        fail(tr("cannot create the story \"%1\"").arg(story.title), error);
        return 0;
    }
    return stored.id;
}

std::optional<Story> Library::story(qint64 id)
{
    QString error;
    std::optional<Story> story = StoryRows::read(database(), id, &error);
    if (!story) {
        fail(tr("cannot read story %1").arg(id),
             error.isEmpty() ? tr("there is no such story") : error);
        return story;
    }
    // Photos stored before Spill kept their ledger get it now, once: kept
    // for next time when the library may be written, read again otherwise.
    if (readMissingOrigins(story->media, m_folder) > 0 && !isReadOnly())
        StoryRows::keepOrigins(database(), story->media, &error);
    return story;
}

std::optional<Story> Library::storyBySlug(const QString &slug, bool *missing)
{
    if (missing)
        *missing = false;
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query, QStringLiteral("SELECT id FROM stories WHERE slug = ?"), {slug}, &error)) {
        fail(tr("cannot read story \"%1\"").arg(slug), error);
        return std::nullopt;
    }
    if (!query.next()) {
        if (!Sql::rowsRead(query, &error)) {
            fail(tr("cannot read story \"%1\"").arg(slug), error);
            return std::nullopt;
        }
        if (missing)
            *missing = true;
        fail(tr("cannot read story \"%1\"").arg(slug), tr("there is no such story"));
        return std::nullopt;
    }
    return story(query.value(0).toLongLong());
}

bool Library::saveStory(const Story &story, const QString &revisionReason)
{
    if (!ensureWritable())
        return false;
    QSqlDatabase db = database();
    Sql::Transaction transaction(db);
    QString error;
    if (!transaction.begin(&error) ||
        !StoryRows::write(db, story, QDateTime::currentDateTimeUtc(), &error) ||
        (!revisionReason.isEmpty() && snapshot(story.id, revisionReason, &error) == 0) ||
        !transaction.commit(&error))
        return fail(tr("cannot save story %1 \"%2\"").arg(story.id).arg(story.title), error);
    return true;
}

bool Library::addTag(const QList<qint64> &storyIds, const QString &rawTag)
{
    const QString tag = rawTag.trimmed();
    const auto isControl = [](QChar c) { return c.category() == QChar::Other_Control; };
    if (tag.isEmpty() || std::any_of(tag.cbegin(), tag.cend(), isControl))
        return fail(tr("cannot add the tag \"%1\"").arg(tag), tr("not a valid tag"));
    if (!ensureWritable())
        return false;
    QSqlDatabase db = database();
    Sql::Transaction transaction(db);
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto failed = [&] { return fail(tr("cannot add the tag \"%1\"").arg(tag), error); };
    if (!transaction.begin(&error))
        return failed();
    for (const qint64 id : storyIds) {
        std::optional<Story> story = StoryRows::read(db, id, &error);
        if (!story) {
            if (error.isEmpty())
                error = QStringLiteral("there is no story with id %1").arg(id);
            return failed();
        }
        if (story->tags.contains(tag, Qt::CaseInsensitive))
            continue;
        story->tags.append(tag);
        story->updated = now;
        if (!StoryRows::write(db, *story, now, &error))
            return failed();
    }
    if (!transaction.commit(&error))
        return failed();
    return true;
}

bool Library::removeTag(const QList<qint64> &storyIds, const QString &rawTag)
{
    const QString tag = rawTag.trimmed();
    if (!ensureWritable())
        return false;
    QSqlDatabase db = database();
    Sql::Transaction transaction(db);
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto failed = [&] { return fail(tr("cannot remove the tag \"%1\"").arg(tag), error); };
    if (!transaction.begin(&error))
        return failed();
    for (const qint64 id : storyIds) {
        std::optional<Story> story = StoryRows::read(db, id, &error);
        if (!story) {
            if (error.isEmpty())
                error = QStringLiteral("there is no story with id %1").arg(id);
            return failed();
        }
        if (story->tags.removeIf(
                [&](const QString &t) { return t.compare(tag, Qt::CaseInsensitive) == 0; }) == 0)
            continue;
        story->updated = now;
        if (!StoryRows::write(db, *story, now, &error))
            return failed();
    }
    if (!transaction.commit(&error))
        return failed();
    return true;
}

QStringList Library::allTags()
{
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query,
                  QStringLiteral("SELECT DISTINCT t.name FROM tags t "
                                 "JOIN story_tags st ON st.tag_id = t.id "
                                 "JOIN stories s ON s.id = st.story_id "
                                 "WHERE s.trashed_at IS NULL ORDER BY t.name COLLATE NOCASE"),
                  {}, &error)) {
        fail(tr("cannot list tags"), error);
        return {};
    }
    QStringList tags;
    while (query.next())
        tags.append(query.value(0).toString());
    if (!Sql::rowsRead(query, &error)) {
        fail(tr("cannot list tags"), error);
        return {};
    }
    return tags;
}

} // namespace Spill
