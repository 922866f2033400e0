// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/wordpress: the client's state and its transport (one
// request, finding the API, a route's address), shared by
// wordpressclient.cpp and wordpresstransport.cpp.
#pragma once

#include "wordpressclient.h"
#include "wordpressreply.h"

#include <QNetworkAccessManager>

namespace Spill {

class WordPressClient::Private
{
public:
    enum class Style { Unknown, Pretty, Query };

    Private(WordPressSite site, const std::atomic<bool> *cancel)
        : site(std::move(site))
        , cancel(cancel)
    {
        // send() follows redirects itself.
        nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    QString siteName() const
    {
        QString name = site.address.host() + site.address.path();
        while (name.endsWith(u'/'))
            name.chop(1);
        return name.isEmpty() ? site.address.toString() : name;
    }

    // One request and its answer, redirects followed (at most
    // WordPressMaxRedirects; with the password, only to the site itself).
    WordPressReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers, bool authorized,
                        const std::function<void(qint64, qint64)> &progress = {});
    // One request and its answer; a redirect comes back as it is.
    WordPressReply exchange(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                            const QList<std::pair<QByteArray, QByteArray>> &headers,
                            bool authorized, const std::function<void(qint64, qint64)> &progress);
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

// Sets *error when there is one to set.
void setWordPressError(WordPressError *error, const WordPressError &value);
WordPressError makeWordPressError(WordPressError::Kind kind, const QString &message);

} // namespace Spill
