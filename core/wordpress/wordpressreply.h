// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/wordpress: turning a finished reply into Spill's words.
#pragma once

#include "wordpressclient.h"

#include <QByteArray>
#include <QNetworkReply>

namespace Spill {

// Redirects followed for one request before it fails.
constexpr int WordPressMaxRedirects = 5;

// One finished request: the HTTP status (0 without one), the body, and the
// transport's error.
struct WordPressReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    QString networkText;
    bool timedOut = false;
    bool cancelled = false;
    QList<QByteArray> linkHeaders;
    QUrl location; // a redirect's target, as the server gave it
    // A redirect not followed: to another server while the password is on
    // the request, or (insecureRedirect) from https to http or to no web
    // address at all.
    QUrl refusedRedirect;
    bool insecureRedirect = false;
    bool tooManyRedirects = false; // more than WordPressMaxRedirects in a row
};

// What went wrong with `reply`, in words naming `site` and, for an error
// reply, what WordPress said; Kind::None when it is a 2xx answer.
WordPressError wordPressErrorFor(const WordPressReply &reply, const QString &site);

} // namespace Spill
