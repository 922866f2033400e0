// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpressclient.h"

#include "wordpressreply.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace Spill {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WordPress)
};

using Kind = WordPressError::Kind;

constexpr int MaxRedirects = 5;
constexpr int CancelPollMs = 50;

void setError(WordPressError *error, const WordPressError &value)
{
    if (error)
        *error = value;
}

WordPressError makeError(Kind kind, const QString &message)
{
    WordPressError error;
    error.kind = kind;
    error.message = message;
    return error;
}

// The part of a Link header that names the REST API.
QString apiLink(const QList<QByteArray> &headers)
{
    static const QRegularExpression link(
        QStringLiteral(R"(<([^>]+)>\s*;\s*rel="https://api\.w\.org/")"));
    for (const QByteArray &header : headers) {
        const QRegularExpressionMatch match = link.match(QString::fromUtf8(header));
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

bool isRestIndex(const QByteArray &body)
{
    const QJsonObject index = QJsonDocument::fromJson(body).object();
    return index.value(u"namespaces").toArray().contains(QStringLiteral("wp/v2"));
}

bool looksLikeWordPress(const QByteArray &html)
{
    return html.contains("/wp-content/") || html.contains("/wp-includes/") ||
        html.contains("wp-json");
}

} // namespace

class WordPressClient::Private
{
public:
    enum class Style { Unknown, Pretty, Query };

    Private(WordPressSite site, const std::atomic<bool> *cancel)
        : site(std::move(site))
        , cancel(cancel)
    {
        nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }

    QString siteName() const
    {
        QString name = site.address.host() + site.address.path();
        while (name.endsWith(u'/'))
            name.chop(1);
        return name.isEmpty() ? site.address.toString() : name;
    }

    WordPressReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers, bool authorized,
                        const std::function<void(qint64, qint64)> &progress = {});
    bool discover(WordPressError *error);
    QUrl routeUrl(const QString &route) const;
    std::optional<QJsonDocument> call(const QByteArray &verb, const QString &route,
                                      WordPressError *error, const QByteArray &body = {},
                                      const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                                      const std::function<void(qint64, qint64)> &progress = {});
    std::optional<QJsonDocument> callJson(const QByteArray &verb, const QString &route,
                                          const QJsonObject &fields, WordPressError *error)
    {
        return call(verb, route, error, QJsonDocument(fields).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json; charset=utf-8"}});
    }

    WordPressSite site;
    const std::atomic<bool> *cancel = nullptr;
    int timeoutSeconds = 30;
    QNetworkAccessManager nam;
    Style style = Style::Unknown;
    QUrl apiBase; // Pretty: ".../wp-json/"; Query: an address with rest_route
    QJsonObject lastErrorBody; // what WordPress said with the last error reply
};

WordPressReply
WordPressClient::Private::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               const QList<std::pair<QByteArray, QByteArray>> &headers,
                               bool authorized, const std::function<void(qint64, qint64)> &progress)
{
    WordPressReply result;
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setRawHeader("Accept", "application/json, */*;q=0.5");
    request.setRawHeader("User-Agent", "Spill");
    if (authorized) {
        request.setRawHeader("Authorization",
                             "Basic " + (site.user + u':' + site.appPassword).toUtf8().toBase64());
        // The password goes to this site only: a redirect elsewhere is refused.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::UserVerifiedRedirectPolicy);
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply =
        verb == "GET" ? nam.get(request) : nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(timeoutSeconds * 1000);
    QTimer poll;
    poll.setInterval(CancelPollMs);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply, url](const QUrl &to) {
        if (to.host() == url.host() && !(url.scheme() == u"https" && to.scheme() != u"https"))
            emit reply->redirectAllowed();
        else
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64 total) {
        idle.start();
        if (progress && total > 0)
            progress(sent, total);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&] { idle.start(); });
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            reply->abort();
        }
    });
    idle.start();
    poll.start();
    if (!reply->isFinished())
        loop.exec();

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.network = reply->error();
    result.networkText = reply->errorString();
    for (const QNetworkReply::RawHeaderPair &header : reply->rawHeaderPairs()) {
        if (header.first.compare("link", Qt::CaseInsensitive) == 0)
            result.linkHeaders.append(header.second);
    }
    if (result.network == QNetworkReply::OperationCanceledError && !result.timedOut &&
        !result.cancelled && result.status == 0) {
        result.network = QNetworkReply::InsecureRedirectError; // refused above
    }
    reply->deleteLater();
    return result;
}

bool WordPressClient::Private::discover(WordPressError *error)
{
    if (style != Style::Unknown)
        return true;
    QUrl address = site.address;
    if (!address.path().endsWith(u'/'))
        address.setPath(address.path() + u'/');

    // The site's own page says where its API is (no password sent yet).
    const WordPressReply home = send("GET", address, {}, {}, false);
    const WordPressError homeError = wordPressErrorFor(home, siteName());
    if (home.status == 0) {
        setError(error, homeError);
        return false;
    }
    const auto tryIndex = [&](const QUrl &index, Style indexStyle) {
        const WordPressReply reply = send("GET", index, {}, {}, false);
        if (reply.status == 200 && isRestIndex(reply.body)) {
            style = indexStyle;
            apiBase = index;
            return true;
        }
        const WordPressError refused = wordPressErrorFor(reply, siteName());
        if (refused.kind == Kind::RestDisabled || reply.status == 0) {
            setError(error, refused);
            style = Style::Unknown;
            return false;
        }
        return false;
    };
    const QString linked = apiLink(home.linkHeaders);
    if (!linked.isEmpty()) {
        const QUrl index(linked);
        if (tryIndex(index,
                     linked.contains(QLatin1StringView("rest_route=")) ? Style::Query
                                                                       : Style::Pretty))
            return true;
    }
    QUrl pretty = address;
    pretty.setPath(address.path() + QStringLiteral("wp-json/"));
    if (tryIndex(pretty, Style::Pretty))
        return true;
    QUrl query = address;
    query.setQuery(QStringLiteral("rest_route=/"));
    if (tryIndex(query, Style::Query))
        return true;
    if (error && error->kind == Kind::None) {
        *error = looksLikeWordPress(home.body) || !linked.isEmpty()
            ? makeError(Kind::RestDisabled,
                        Text::tr("%1 looks like WordPress, but its REST API does not answer, so "
                                 "Spill cannot publish there: it may be switched off by a plugin")
                            .arg(siteName()))
            : makeError(Kind::NotWordPress,
                        Text::tr("%1 answers, but it is not a WordPress site (no REST API at "
                                 "/wp-json/ or /?rest_route=/)")
                            .arg(siteName()));
    }
    return false;
}

QUrl WordPressClient::Private::routeUrl(const QString &route) const
{
    const qsizetype mark = route.indexOf(u'?');
    const QString path = mark < 0 ? route : route.left(mark);
    const QUrlQuery routeQuery(mark < 0 ? QString() : route.mid(mark + 1));
    QUrl url = apiBase;
    QUrlQuery query(url);
    if (style == Style::Pretty) {
        url.setPath(apiBase.path() + path);
    } else {
        query.removeAllQueryItems(QStringLiteral("rest_route"));
        query.addQueryItem(QStringLiteral("rest_route"), u'/' + path);
    }
    for (const auto &[key, value] : routeQuery.queryItems(QUrl::FullyEncoded))
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

std::optional<QJsonDocument>
WordPressClient::Private::call(const QByteArray &verb, const QString &route, WordPressError *error,
                               const QByteArray &body,
                               const QList<std::pair<QByteArray, QByteArray>> &headers,
                               const std::function<void(qint64, qint64)> &progress)
{
    if (!discover(error))
        return std::nullopt;
    const WordPressReply reply = send(verb, routeUrl(route), body, headers, true, progress);
    const WordPressError failure = wordPressErrorFor(reply, siteName());
    lastErrorBody = failure.ok() ? QJsonObject() : QJsonDocument::fromJson(reply.body).object();
    if (!failure.ok()) {
        setError(error, failure);
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(reply.body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        setError(error,
                 makeError(Kind::BadReply,
                           Text::tr("%1 answered, but not with what WordPress sends (%2)")
                               .arg(siteName(), parse.errorString())));
        return std::nullopt;
    }
    return json;
}

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
        setError(error,
                 makeError(Kind::Forbidden,
                           Text::tr("%1 on %2 may not upload files or write posts: give "
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
        setError(error,
                 makeError(Kind::BadReply,
                           Text::tr("%1 took the file but gave no id for it").arg(d->siteName())));
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
    setError(error, failure);
    return std::nullopt;
}

std::optional<WordPressPost> WordPressClient::createPost(const QJsonObject &fields,
                                                         WordPressError *error)
{
    const std::optional<QJsonDocument> made =
        d->callJson("POST", QStringLiteral("wp/v2/posts"), fields, error);
    if (!made)
        return std::nullopt;
    const QJsonObject item = made->object();
    return WordPressPost {item.value(u"id").toInteger(), item.value(u"link").toString(),
                          item.value(u"status").toString()};
}

std::optional<WordPressPost> WordPressClient::updatePost(qint64 id, const QJsonObject &fields,
                                                         WordPressError *error)
{
    const std::optional<QJsonDocument> made =
        d->callJson("POST", QStringLiteral("wp/v2/posts/%1").arg(id), fields, error);
    if (!made)
        return std::nullopt;
    const QJsonObject item = made->object();
    return WordPressPost {item.value(u"id").toInteger(), item.value(u"link").toString(),
                          item.value(u"status").toString()};
}

std::optional<WordPressPost> WordPressClient::post(qint64 id, WordPressError *error)
{
    const std::optional<QJsonDocument> item =
        d->call("GET", QStringLiteral("wp/v2/posts/%1?context=edit").arg(id), error);
    if (!item)
        return std::nullopt;
    const QJsonObject object = item->object();
    return WordPressPost {object.value(u"id").toInteger(), object.value(u"link").toString(),
                          object.value(u"status").toString()};
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
