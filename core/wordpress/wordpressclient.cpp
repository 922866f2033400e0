// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpressclientprivate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Spill {

namespace {

struct WordPressClientText
{
    Q_DECLARE_TR_FUNCTIONS(WordPress)
};

using Kind = WordPressError::Kind;

} // namespace

WordPressClient::WordPressClient(WordPressSite site, const std::atomic<bool> *cancel)
    : d(std::make_unique<Private>(std::move(site), cancel))
{
}

WordPressClient::~WordPressClient() = default;

void WordPressClient::setTimeout(int seconds)
{
    d->timeoutSeconds = std::max(1, seconds);
}

QString WordPressClient::apiRoot() const
{
    return d->apiBase.toString();
}

std::optional<QString> WordPressClient::checkConnection(WordPressError *error)
{
    const std::optional<QJsonDocument> me =
        d->call("GET", QStringLiteral("wp/v2/users/me?context=edit"), error);
    if (!me)
        return std::nullopt;
    const QJsonObject user = me->object();
    const QJsonObject can = user.value(u"capabilities").toObject();
    const QString name = user.value(u"name").toString(d->site.user);
    if (!can.value(u"upload_files").toBool() || !can.value(u"edit_posts").toBool()) {
        setWordPressError(
            error,
            makeWordPressError(
                Kind::Forbidden,
                WordPressClientText::tr("%1 on %2 may not upload files or write posts: give "
                                        "the user the Author role or higher")
                    .arg(name, d->siteName())));
        return std::nullopt;
    }
    return name;
}

std::optional<WordPressMedia>
WordPressClient::uploadMedia(const QByteArray &bytes, const QString &fileName,
                             const QString &mimeType, WordPressError *error,
                             const std::function<void(qint64, qint64)> &progress)
{
    // The name as ASCII for old servers and as UTF-8 (RFC 6266) for the rest.
    QString ascii;
    for (const QChar c : fileName)
        ascii += c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'\\' ? c : u'_';
    const QByteArray disposition = "attachment; filename=\"" + ascii.toLatin1() +
        "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName);
    const std::optional<QJsonDocument> created = d->call(
        "POST", QStringLiteral("wp/v2/media"), error, bytes,
        {{"Content-Type", mimeType.toLatin1()}, {"Content-Disposition", disposition}}, progress);
    if (!created)
        return std::nullopt;
    const QJsonObject item = created->object();
    const WordPressMedia media {item.value(u"id").toInteger(),
                                item.value(u"source_url").toString()};
    if (media.id <= 0) {
        setWordPressError(
            error,
            makeWordPressError(Kind::BadReply,
                               WordPressClientText::tr("%1 took the file but gave no id for it")
                                   .arg(d->siteName())));
        return std::nullopt;
    }
    return media;
}

bool WordPressClient::updateMedia(qint64 id, const QJsonObject &fields, WordPressError *error)
{
    return d->callJson("POST", QStringLiteral("wp/v2/media/%1").arg(id), fields, error).has_value();
}

std::optional<WordPressMedia> WordPressClient::media(qint64 id, WordPressError *error)
{
    const std::optional<QJsonDocument> item =
        d->call("GET", QStringLiteral("wp/v2/media/%1?context=edit").arg(id), error);
    if (!item)
        return std::nullopt;
    return WordPressMedia {item->object().value(u"id").toInteger(),
                           item->object().value(u"source_url").toString(),
                           item->object().value(u"post").toInteger()};
}

std::optional<qint64> WordPressClient::termId(WordPressTaxonomy taxonomy, const QString &name,
                                              WordPressError *error)
{
    const QString route = taxonomy == WordPressTaxonomy::Tags ? QStringLiteral("wp/v2/tags")
                                                              : QStringLiteral("wp/v2/categories");
    const QString wanted = name.trimmed();
    const std::optional<QJsonDocument> found =
        d->call("GET",
                route + QStringLiteral("?per_page=100&context=edit&search=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(wanted)),
                error);
    if (!found)
        return std::nullopt;
    for (const QJsonValue &term : found->array()) {
        if (decodeWordPressEntities(term[u"name"].toString())
                .compare(wanted, Qt::CaseInsensitive) == 0)
            return term[u"id"].toInteger();
    }
    // WordPress keeps names as HTML: a name that is markup is sent escaped,
    // so that it shows as written and nothing in it runs.
    QJsonObject fields;
    fields[u"name"] = wanted.toHtmlEscaped();
    WordPressError failure;
    const std::optional<QJsonDocument> created = d->callJson("POST", route, fields, &failure);
    if (created)
        return created->object().value(u"id").toInteger();
    // Made meanwhile, or spelt so the search missed it: WordPress names it.
    if (d->lastErrorBody.value(u"code").toString() == u"term_exists") {
        const qint64 existing =
            d->lastErrorBody.value(u"data").toObject().value(u"term_id").toInteger();
        if (existing > 0)
            return existing;
    }
    setWordPressError(error, failure);
    return std::nullopt;
}

namespace {

// A post as the REST API returns it (posts, posts/ID).
WordPressPost postFrom(const QJsonObject &item)
{
    return {item.value(u"id").toInteger(), item.value(u"link").toString(),
            item.value(u"status").toString()};
}

} // namespace

std::optional<WordPressPost> WordPressClient::createPost(const QJsonObject &fields,
                                                         WordPressError *error)
{
    const std::optional<QJsonDocument> made =
        d->callJson("POST", QStringLiteral("wp/v2/posts"), fields, error);
    if (!made)
        return std::nullopt;
    return postFrom(made->object());
}

std::optional<WordPressPost> WordPressClient::updatePost(qint64 id, const QJsonObject &fields,
                                                         WordPressError *error)
{
    const std::optional<QJsonDocument> made =
        d->callJson("POST", QStringLiteral("wp/v2/posts/%1").arg(id), fields, error);
    if (!made)
        return std::nullopt;
    return postFrom(made->object());
}

std::optional<WordPressPost> WordPressClient::post(qint64 id, WordPressError *error)
{
    const std::optional<QJsonDocument> item =
        d->call("GET", QStringLiteral("wp/v2/posts/%1?context=edit").arg(id), error);
    if (!item)
        return std::nullopt;
    return postFrom(item->object());
}

std::optional<QJsonDocument> WordPressClient::get(const QString &route, WordPressError *error)
{
    return d->call("GET", QStringLiteral("wp/v2/") + route, error);
}

QString decodeWordPressEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QRegularExpression entity(
        QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);"));
    QString out;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(at, match.capturedStart() - at);
        const QString name = match.captured(1);
        if (name == u"amp")
            out += u'&';
        else if (name == u"lt")
            out += u'<';
        else if (name == u"gt")
            out += u'>';
        else if (name == u"quot")
            out += u'"';
        else if (name == u"apos")
            out += u'\'';
        else {
            bool ok = false;
            const uint code =
                name.startsWith(u"#x") ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
            if (ok && code > 0 && code <= 0x10FFFF)
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            else
                out += match.captured(0);
        }
        at = match.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace Spill
