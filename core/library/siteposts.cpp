// SPDX-License-Identifier: GPL-3.0-or-later
// Where stories went on blogs: the site_posts and site_uploads tables
// (schema version 4).
#include "siteposts.h"

#include "library.h"
#include "sqlsupport.h"

#include <QSqlQuery>

namespace Spill {

namespace {

bool insertUploads(QSqlDatabase db, const QString &site, const QHash<QString, SiteUpload> &uploads,
                   QString *error)
{
    for (auto it = uploads.cbegin(); it != uploads.cend(); ++it) {
        if (!Sql::exec(db,
                       QStringLiteral("INSERT OR REPLACE INTO site_uploads "
                                      "(site, sha256, media_id, url) VALUES (?, ?, ?, ?)"),
                       {site, it.key(), it.value().mediaId, it.value().url}, error))
            return false;
    }
    return true;
}

} // namespace

QString normalizedSiteAddress(const QUrl &address)
{
    const QString scheme = address.scheme().toLower();
    if ((scheme != u"http" && scheme != u"https") || address.host().isEmpty())
        return {};
    QUrl url;
    url.setScheme(scheme);
    url.setHost(address.host().toLower());
    url.setPort(address.port() == (scheme == u"https" ? 443 : 80) ? -1 : address.port());
    QString path = address.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/');
    return url.toString(QUrl::FullyEncoded);
}

std::optional<SitePost> Library::sitePost(qint64 storyId, const QString &site)
{
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query,
                  QStringLiteral("SELECT post_id, link, status, published FROM site_posts "
                                 "WHERE story_id = ? AND site = ?"),
                  {storyId, site}, &error)) {
        fail(tr("cannot read where story %1 was published").arg(storyId), error);
        return std::nullopt;
    }
    SitePost post;
    if (query.next()) {
        post.postId = query.value(0).toLongLong();
        post.link = query.value(1).toString();
        post.status = query.value(2).toString();
        post.published = Sql::fromDbTime(query.value(3));
    }
    if (!Sql::rowsRead(query, &error)) {
        fail(tr("cannot read where story %1 was published").arg(storyId), error);
        return std::nullopt;
    }
    return post;
}

std::optional<QHash<QString, SiteUpload>> Library::siteUploads(const QString &site)
{
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query,
                  QStringLiteral("SELECT sha256, media_id, url FROM site_uploads WHERE site = ?"),
                  {site}, &error)) {
        fail(tr("cannot read the files uploaded to %1").arg(site), error);
        return std::nullopt;
    }
    QHash<QString, SiteUpload> uploads;
    while (query.next())
        uploads.insert(query.value(0).toString(),
                       SiteUpload {query.value(1).toLongLong(), query.value(2).toString()});
    if (!Sql::rowsRead(query, &error)) {
        fail(tr("cannot read the files uploaded to %1").arg(site), error);
        return std::nullopt;
    }
    return uploads;
}

bool Library::recordSitePost(qint64 storyId, const QString &site, const SitePost &post,
                             const QHash<QString, SiteUpload> &uploads)
{
    if (!ensureWritable())
        return false;
    const QString what = tr("cannot record where story %1 was published").arg(storyId);
    if (site.isEmpty() || post.postId <= 0)
        return fail(what, tr("no site or post"));
    QSqlDatabase db = database();
    Sql::Transaction transaction(db);
    QString error;
    if (!transaction.begin(&error))
        return fail(what, error);
    QSqlQuery exists(db);
    if (!Sql::run(exists, QStringLiteral("SELECT 1 FROM stories WHERE id = ?"), {storyId}, &error))
        return fail(what, error);
    if (!exists.next())
        return fail(what, Sql::rowsRead(exists, &error) ? tr("there is no such story") : error);
    const QDateTime when =
        post.published.isValid() ? post.published : QDateTime::currentDateTimeUtc();
    if (!Sql::exec(db,
                   QStringLiteral("INSERT OR REPLACE INTO site_posts "
                                  "(story_id, site, post_id, link, status, published) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {storyId, site, post.postId, post.link, post.status, Sql::toDbTime(when)},
                   &error))
        return fail(what, error);
    if (!insertUploads(db, site, uploads, &error) || !transaction.commit(&error))
        return fail(what, error);
    return true;
}

bool Library::recordSiteUploads(const QString &site, const QHash<QString, SiteUpload> &uploads)
{
    if (!ensureWritable())
        return false;
    const QString what = tr("cannot record the files uploaded to %1").arg(site);
    if (site.isEmpty())
        return fail(what, tr("no site"));
    QSqlDatabase db = database();
    Sql::Transaction transaction(db);
    QString error;
    if (!transaction.begin(&error) || !insertUploads(db, site, uploads, &error) ||
        !transaction.commit(&error))
        return fail(what, error);
    return true;
}

} // namespace Spill
