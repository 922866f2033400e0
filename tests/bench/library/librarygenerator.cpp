// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarygenerator.h"

#include "library/library.h"
#include "library/librarylocation.h"
#include "library/sqlsupport.h"
#include "library/storyrows.h"
#include "storygenerator.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

namespace Spill::Bench {

bool generateLibrary(const QString &folder, int size)
{
    {
        OpenResult result = Library::open(folder);
        if (!result.library) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return false;
        }
    }
    // One big transaction without syncing: this is set-up, not what is measured.
    const QString name = QStringLiteral("bench-generate");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(libraryDatabasePath(folder));
        QString error;
        ok = db.open() && Sql::exec(db, QStringLiteral("PRAGMA synchronous = OFF"), {}, &error) &&
            Sql::exec(db, QStringLiteral("BEGIN"), {}, &error);
        Bench::StoryGenerator generator(static_cast<quint32>(size));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 1; ok && i <= size; ++i) {
            Story story = generator.next(i);
            QSqlQuery insert(db);
            ok = Sql::run(insert,
                          QStringLiteral("INSERT INTO stories (slug, created, updated) "
                                         "VALUES (?, ?, ?)"),
                          {QStringLiteral("story-%1").arg(i), Sql::toDbTime(story.created),
                           Sql::toDbTime(story.updated)},
                          &error);
            story.id = insert.lastInsertId().toLongLong();
            ok = ok && StoryRows::write(db, story, now, &error);
        }
        ok = ok && Sql::exec(db, QStringLiteral("COMMIT"), {}, &error);
        if (!ok)
            std::fprintf(stderr, "generating failed: %s\n", qPrintable(error));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace Spill::Bench
