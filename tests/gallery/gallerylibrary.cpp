// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallerylibrary.h"

#include "library/library.h"
#include "media/thumbnailcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Spill::Test {

namespace {

QString dbTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QString writeThumbnails(const QString &folder, int count)
{
    const ThumbnailCache cache(folder);
    QDir().mkpath(cache.thumbnailDir());
    for (int i = 0; i < count; ++i) {
        QImage image(256, 192, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 37) % 360, 160, 220));
        QPainter painter(&image);
        painter.fillRect(QRect(40, 40, 80 + i % 100, 60), Qt::white);
        painter.end();
        const QString path = cache.cachePath(generatedPhotoHash(i), QStringLiteral("jpg"), 256);
        if (path.isEmpty() || !image.save(path, "JPEG", 80))
            return QStringLiteral("cannot write thumbnail %1").arg(path);
    }
    return {};
}

} // namespace

QString generatedPhotoHash(int index)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(index), QCryptographicHash::Sha256).toHex());
}

QString generateLibrary(const QString &folder, const GeneratedLibrary &spec)
{
    {
        // Creates the schema; closed again before the bulk connection writes.
        OpenResult opened = Library::open(folder);
        if (!opened)
            return opened.error;
    }
    const QString name = QStringLiteral("generate-") + folder;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(folder + QStringLiteral("/library.sqlite"));
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        db.transaction();

        QHash<QString, qint64> kindIds;
        query.exec(QStringLiteral("SELECT key, id FROM failure_kinds"));
        while (query.next())
            kindIds.insert(query.value(0).toString(), query.value(1).toLongLong());

        const QList<FailureKind> kinds = allFailureKinds();
        const QStringList outcomes {QStringLiteral("rescued"), QStringLiteral("partly"),
                                    QStringLiteral("binned")};
        const QStringList statuses {QStringLiteral("draft"), QStringLiteral("ready"),
                                    QStringLiteral("published")};
        QSqlQuery story(db);
        story.prepare(QStringLiteral(
            "INSERT INTO stories (id, slug, title, dish, went_wrong, lesson, outcome, status, "
            "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery kind(db);
        kind.prepare(QStringLiteral(
            "INSERT INTO story_failure_kinds (story_id, kind_id, position) VALUES (?, ?, 0)"));
        QSqlQuery media(db);
        media.prepare(QStringLiteral(
            "INSERT INTO media (story_id, hash, file_name, suffix, kind, beat, role, position) "
            "VALUES (?, ?, 'photo.jpg', 'jpg', 'photo', 'went_wrong', 'reality', 0)"));
        for (int i = 0; i < spec.stories; ++i) {
            const qint64 id = i + 1;
            const QDateTime created = spec.newest.addSecs(-3600ll * i);
            story.addBindValue(id);
            story.addBindValue(QStringLiteral("mishap-%1").arg(i));
            story.addBindValue(QStringLiteral("Mishap %1").arg(i));
            story.addBindValue(QStringLiteral("Dish %1").arg(QChar(u'a' + i % 26)));
            story.addBindValue(QStringLiteral("The oven ran hot on try %1.").arg(i));
            story.addBindValue(QStringLiteral("Check the oven on try %1.").arg(i));
            story.addBindValue(i % 4 == 3 ? QVariant() : QVariant(outcomes.at(i % 4)));
            story.addBindValue(statuses.at(i % 3));
            story.addBindValue(dbTime(created));
            story.addBindValue(dbTime(created));
            if (!exec(story, &error))
                break;
            kind.addBindValue(id);
            kind.addBindValue(kindIds.value(failureKindKey(kinds.at(i % kinds.size()))));
            if (!exec(kind, &error))
                break;
            if (spec.distinctPhotos > 0) {
                media.addBindValue(id);
                media.addBindValue(generatedPhotoHash(i % spec.distinctPhotos));
                if (!exec(media, &error))
                    break;
            }
        }
        if (error.isEmpty()) {
            QSqlQuery search(db);
            search.prepare(QStringLiteral(
                "INSERT INTO story_search (rowid, title, dish, beats, tags) "
                "SELECT id, title, dish, went_wrong || char(10, 10) || lesson, '' FROM stories"));
            exec(search, &error);
        }
        if (error.isEmpty() && !db.commit())
            error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (error.isEmpty() && spec.distinctPhotos > 0)
        error = writeThumbnails(folder, spec.distinctPhotos);
    return error;
}

} // namespace Spill::Test
