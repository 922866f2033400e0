// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpressclientprivate.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace Spill {

namespace {

struct WordPressTransportText
{
    Q_DECLARE_TR_FUNCTIONS(WordPress)
};

using Kind = WordPressError::Kind;

constexpr int CancelPollMs = 50;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

// Where a request carrying the password may be sent on to: the same scheme,
// host and port as the address asked, or up from http to https on the same
// host's usual ports. Any other server never sees the password.
bool passwordMayFollow(const QUrl &asked, const QUrl &to)
{
    if (asked.host() != to.host())
        return false;
    if (asked.scheme() == to.scheme())
        return portOf(asked) == portOf(to);
    return asked.scheme() == u"http" && to.scheme() == u"https" && portOf(asked) == 80 &&
        portOf(to) == 443;
}

// The request did not get to an answer of the site's: no connection, or a
// redirect not followed.
bool stopped(const WordPressReply &reply)
{
    return reply.status == 0 || reply.refusedRedirect.isValid() || reply.tooManyRedirects;
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

void setWordPressError(WordPressError *error, const WordPressError &value)
{
    if (error)
        *error = value;
}

WordPressError makeWordPressError(Kind kind, const QString &message)
{
    WordPressError error;
    error.kind = kind;
    error.message = message;
    return error;
}

WordPressReply
WordPressClient::Private::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               const QList<std::pair<QByteArray, QByteArray>> &headers,
                               bool authorized, const std::function<void(qint64, qint64)> &progress)
{
    // Redirects are followed here, not by Qt: where the password may go is
    // Spill's rule, and Qt 6.4 loses the answer that follows a redirect
    // whose connection closes after its body.
    QByteArray method = verb;
    QByteArray payload = body;
    QList<std::pair<QByteArray, QByteArray>> extra = headers;
    QUrl at = url;
    for (int redirects = 0;; ++redirects) {
        WordPressReply reply = exchange(method, at, payload, extra, authorized, progress);
        if (!isRedirect(reply.status) || !reply.location.isValid())
            return reply;
        const QUrl to = at.resolved(reply.location);
        if (redirects == WordPressMaxRedirects) {
            reply.tooManyRedirects = true;
            return reply;
        }
        const bool web = to.scheme() == u"http" || to.scheme() == u"https";
        const bool downgrade = at.scheme() == u"https" && to.scheme() != u"https";
        if (!web || downgrade || (authorized && !passwordMayFollow(url, to))) {
            reply.refusedRedirect = to;
            reply.insecureRedirect = !web || downgrade;
            return reply;
        }
        if (reply.status == 303) { // "see other": read the answer there
            method = "GET";
            payload.clear();
            extra.clear();
        }
        at = to;
    }
}

WordPressReply
WordPressClient::Private::exchange(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers,
                                   bool authorized,
                                   const std::function<void(qint64, qint64)> &progress)
{
    WordPressReply result;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json, */*;q=0.5");
    request.setRawHeader("User-Agent", "Spill");
    if (authorized) {
        request.setRawHeader("Authorization",
                             "Basic " + (site.user + u':' + site.appPassword).toUtf8().toBase64());
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
    result.location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.network = reply->error();
    result.networkText = reply->errorString();
    for (const QNetworkReply::RawHeaderPair &header : reply->rawHeaderPairs()) {
        if (header.first.compare("link", Qt::CaseInsensitive) == 0)
            result.linkHeaders.append(header.second);
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
    if (stopped(home)) {
        setWordPressError(error, homeError);
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
        if (refused.kind == Kind::RestDisabled || stopped(reply)) {
            setWordPressError(error, refused);
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
            ? makeWordPressError(
                  Kind::RestDisabled,
                  WordPressTransportText::tr(
                      "%1 looks like WordPress, but its REST API does not answer, so "
                      "Spill cannot publish there: it may be switched off by a plugin")
                      .arg(siteName()))
            : makeWordPressError(Kind::NotWordPress,
                                 WordPressTransportText::tr(
                                     "%1 answers, but it is not a WordPress site (no REST API at "
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
        setWordPressError(error, failure);
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(reply.body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        setWordPressError(
            error,
            makeWordPressError(
                Kind::BadReply,
                WordPressTransportText::tr("%1 answered, but not with what WordPress sends (%2)")
                    .arg(siteName(), parse.errorString())));
        return std::nullopt;
    }
    return json;
}

} // namespace Spill
