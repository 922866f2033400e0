// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarytestsupport.h"

#include "library/search.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace Spill::Test {

Story sampleStory(const QString &title)
{
    Story story;
    story.title = title;
    story.dish = QStringLiteral("Cheese soufflé");
    story.recipeUrl = QStringLiteral("https://example.com/souffle");
    story.beat(Beat::Intended) = QStringLiteral("A tall, golden **soufflé** for friends.");
    story.beat(Beat::WentWrong) = QStringLiteral("I opened the oven at minute ten; it sank.");
    story.beat(Beat::Salvage) = QStringLiteral("We ate it as a cheesy omelette.");
    story.beat(Beat::Lesson) = QStringLiteral("Keep the oven door shut.");
    story.beat(Beat::CallToAction) = QStringLiteral("What collapsed on you?");
    story.failureKinds = {FailureKind::Collapsed, FailureKind::Equipment};
    story.tags = {QStringLiteral("baking"), QStringLiteral("eggs")};
    story.outcome = Outcome::Partly;
    story.status = Status::Ready;
    story.language = QStringLiteral("en_US");
    story.created = QDateTime(QDate(2026, 11, 20), QTime(17, 30), QTimeZone::utc());
    story.updated = QDateTime(QDate(2026, 11, 21), QTime(8, 12, 5, 250), QTimeZone::utc());
    story.media = {photo(QStringLiteral("aaaa1111"), MediaRole::Dream),
                   photo(QStringLiteral("bbbb2222"), MediaRole::Reality, Beat::WentWrong)};
    story.media[1].kind = MediaKind::Video;
    story.media[1].file = QStringLiteral("collapse.mp4");
    story.media[1].posterMs = 1200;
    story.media[1].durationMs = 10500;
    return story;
}

MediaItem photo(const QString &hash, MediaRole role, Beat beat)
{
    MediaItem item;
    item.hash = hash;
    item.file = hash + QStringLiteral(".jpg");
    item.kind = MediaKind::Photo;
    item.beat = beat;
    item.role = role;
    item.alt = QStringLiteral("Photo ") + hash;
    item.caption = QStringLiteral("Caption ") + hash;
    item.width = 1200;
    item.height = 800;
    return item;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::unique_ptr<Library> openLibrary(const QString &folder)
{
    OpenResult result = Library::open(folder);
    INFO(result.error);
    REQUIRE(result.library);
    REQUIRE_FALSE(result.readOnly());
    return std::move(result.library);
}

QList<qint64> searchIds(Library &library, const QString &text)
{
    QList<qint64> ids;
    const std::optional<QList<SearchHit>> hits = library.search(text);
    REQUIRE(hits);
    for (const SearchHit &hit : *hits)
        ids.append(hit.id);
    return ids;
}

QVariant queryValue(const QString &databasePath, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace Spill::Test
