// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/wordpress: turning a finished reply into Spill's words.
#pragma once

#include "wordpressclient.h"

#include <QByteArray>
#include <QNetworkReply>

namespace Spill {

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
};

// What went wrong with `reply`, in words naming `site` and, for an error
// reply, what WordPress said; Kind::None when it is a 2xx answer.
WordPressError wordPressErrorFor(const WordPressReply &reply, const QString &site);

} // namespace Spill
