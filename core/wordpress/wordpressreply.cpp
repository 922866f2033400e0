// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpressreply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Spill {

namespace {

struct WordPressReplyText
{
    Q_DECLARE_TR_FUNCTIONS(WordPress)
};

using Kind = WordPressError::Kind;

WordPressError make(Kind kind, const QString &message, int status = 0)
{
    WordPressError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = status;
    return error;
}

} // namespace

WordPressError wordPressErrorFor(const WordPressReply &reply, const QString &site)
{
    if (reply.cancelled)
        return make(Kind::Cancelled, WordPressReplyText::tr("cancelled"));
    if (reply.timedOut)
        return make(Kind::Timeout, WordPressReplyText::tr("%1 did not answer in time").arg(site));
    if (reply.tooManyRedirects)
        return make(Kind::Server,
                    WordPressReplyText::tr(
                        "%1 redirected more than %2 times in a row, so Spill stopped: check "
                        "the site's address and its redirect rules")
                        .arg(site)
                        .arg(WordPressMaxRedirects),
                    reply.status);
    if (reply.refusedRedirect.isValid()) {
        const QString to = reply.refusedRedirect.toString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                          QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (reply.insecureRedirect)
            return make(
                Kind::Server,
                WordPressReplyText::tr("%1 sent Spill on to %2, which is not a secure address, so "
                                       "Spill stopped: your application password never goes out "
                                       "unencrypted")
                    .arg(site, to),
                reply.status);
        return make(Kind::Server,
                    WordPressReplyText::tr(
                        "%1 sent Spill on to %2, another server, so Spill stopped: your "
                        "application password goes to %1 only. If the blog has moved, use "
                        "its new address")
                        .arg(site, to),
                    reply.status);
    }
    if (reply.status == 0) {
        switch (reply.network) {
        case QNetworkReply::SslHandshakeFailedError:
            return make(Kind::Tls,
                        WordPressReplyText::tr("the secure connection to %1 failed (%2): check the "
                                               "address, or the site's certificate")
                            .arg(site, reply.networkText));
        case QNetworkReply::HostNotFoundError:
            return make(
                Kind::NoNetwork,
                WordPressReplyText::tr("%1 was not found: check the address and the network")
                    .arg(site));
        case QNetworkReply::ConnectionRefusedError:
            return make(Kind::NoNetwork,
                        WordPressReplyText::tr(
                            "%1 refused the connection: is the address right and the site "
                            "up?")
                            .arg(site));
        case QNetworkReply::RemoteHostClosedError:
            return make(
                Kind::NoNetwork,
                WordPressReplyText::tr("%1 closed the connection before it answered").arg(site));
        default:
            return make(Kind::NoNetwork,
                        WordPressReplyText::tr("%1 could not be reached (%2)")
                            .arg(site, reply.networkText));
        }
    }
    if (reply.status >= 200 && reply.status < 300)
        return {};

    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    const QString code = json.value(u"code").toString();
    const QString said = json.value(u"message").toString();
    const QString because = said.isEmpty()
        ? WordPressReplyText::tr("HTTP status %1").arg(reply.status)
        : WordPressReplyText::tr("%1 (HTTP status %2)").arg(said).arg(reply.status);
    if (reply.status == 413)
        return make(
            Kind::TooLarge,
            WordPressReplyText::tr("%1 refused the file as too large: its server's upload limit is "
                                   "lower (HTTP status 413)")
                .arg(site),
            reply.status);
    if (code == u"rest_disabled" || code == u"rest_cannot_access" || code == u"rest_login_required")
        return make(
            Kind::RestDisabled,
            WordPressReplyText::tr("the REST API of %1 is switched off or blocked, so Spill cannot "
                                   "publish there: %2")
                .arg(site, because),
            reply.status);
    if (reply.status == 401)
        return make(
            Kind::WrongPassword,
            WordPressReplyText::tr("%1 did not accept the user name and application password: %2")
                .arg(site, because),
            reply.status);
    if (reply.status == 403)
        return make(
            Kind::Forbidden,
            WordPressReplyText::tr("%1 does not let this user do that: %2").arg(site, because),
            reply.status);
    if (reply.status == 404 || reply.status == 410)
        return make(Kind::NotFound,
                    WordPressReplyText::tr("%1 has no such item: %2").arg(site, because),
                    reply.status);
    return make(Kind::Server,
                WordPressReplyText::tr("%1 answered with an error: %2").arg(site, because),
                reply.status);
}

} // namespace Spill
