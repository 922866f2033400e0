// SPDX-License-Identifier: GPL-3.0-or-later
// Redemption in the library: the link is kept on the fail's row (schema
// version 8); the story that redeems it reads it back from there.
#include "sqlsupport.h"
#include "storyrows.h"

#include <QSqlQuery>

namespace Spill::StoryRows {

bool readRedemption(QSqlDatabase db, Story &story, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT s.redeemed_by, s.redeemed_url, s.redeemed_on, r.slug, "
                                 "r.title, r.published_url FROM stories s "
                                 "LEFT JOIN stories r ON r.id = s.redeemed_by WHERE s.id = ?"),
                  {story.id}, error))
        return false;
    Redemption &redemption = story.redemption;
    redemption = {};
    if (query.next()) {
        redemption.storyId = query.value(0).isNull() ? 0 : query.value(0).toLongLong();
        redemption.url = query.value(1).toString();
        redemption.on = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        if (redemption.storyId > 0) {
            redemption.story = {redemption.storyId, query.value(3).toString(),
                                query.value(4).toString(), query.value(5).toString()};
        }
    }
    if (!Sql::rowsRead(query, error))
        return false;
    query.finish();

    story.redeems.clear();
    if (!Sql::run(query,
                  QStringLiteral("SELECT id, slug, title, published_url FROM stories "
                                 "WHERE redeemed_by = ? AND trashed_at IS NULL ORDER BY created"),
                  {story.id}, error))
        return false;
    while (query.next()) {
        story.redeems.append({query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString()});
    }
    return Sql::rowsRead(query, error);
}

bool writeRedemption(QSqlDatabase db, const Story &story, QString *error)
{
    const Redemption &redemption = story.redemption;
    // A story does not redeem itself, and one that is gone redeems nothing:
    // a version restored after the later story left the library keeps its URL.
    const qint64 by = redemption.storyId != story.id ? redemption.storyId : 0;
    return Sql::exec(db,
                     QStringLiteral("UPDATE stories SET redeemed_by = (SELECT id FROM stories "
                                    "WHERE id = ?), redeemed_url = ?, redeemed_on = ? "
                                    "WHERE id = ?"),
                     {by, redemption.url.trimmed(),
                      redemption.isSet() && redemption.on.isValid()
                          ? QVariant(redemption.on.toString(Qt::ISODate))
                          : QVariant(),
                      story.id},
                     error);
}

} // namespace Spill::StoryRows
