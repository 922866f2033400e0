// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

namespace Spill {

// A story's post on a blog (a WordPress site): what republishing updates.
struct SitePost
{
    qint64 postId = 0;
    QString link;
    QString status; // as the site reports it: "draft", "publish", "future", ...
    QDateTime published; // when Spill last published it, UTC
};

// A file Spill uploaded to a site, known there by the SHA-256 (lower-case
// hex) of the bytes it sent.
struct SiteUpload
{
    qint64 mediaId = 0;
    QString url;

    friend bool operator==(const SiteUpload &a, const SiteUpload &b)
    {
        return a.mediaId == b.mediaId && a.url == b.url;
    }
};

// The key a site is stored under: scheme, host, port and path with one
// trailing slash, no user, query or fragment; "" for an address that is not
// http(s) with a host. "https://Example.com/blog" and
// "https://example.com/blog/" are the same site.
QString normalizedSiteAddress(const QUrl &address);

} // namespace Spill
