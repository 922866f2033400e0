// SPDX-License-Identifier: GPL-3.0-or-later
// The real WordPress the publishing tests run against (wordpress-site,
// started by CTest as the fixture "wordpress").
#pragma once

#include "wordpress/wordpressclient.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace Spill::Test {

struct TestSite
{
    QUrl url;
    QString user;
    QString password;
    QString limitedUser; // a contributor: may not upload
    QString limitedPassword;
    QString content; // WP_CONTENT_DIR; switches/ in it
    QString config; // for a second server on the same site
    QString router;

    // Read from the site.env the fixture wrote; REQUIREs it.
    static TestSite load();
    WordPressSite site() const { return {url, user, password}; }
    // Authenticated GET under wp/v2, REQUIREd to work.
    QJsonDocument get(const QString &route) const;
    // DELETE under wp/v2 (with force), for taking a post or file away.
    void remove(const QString &route) const;
    // A file from the site, as a visitor downloads it.
    QByteArray download(const QString &url) const;
};

// Turns one of spill-test-switches.php's switches on while it lives.
class SiteSwitch
{
public:
    SiteSwitch(const TestSite &site, const QString &name, const QByteArray &value = "1");
    ~SiteSwitch();
    SiteSwitch(const SiteSwitch &) = delete;
    SiteSwitch &operator=(const SiteSwitch &) = delete;

private:
    QString m_file;
};

// A second `php -S` serving the same site on another port, to stop at will.
class SecondServer
{
public:
    explicit SecondServer(const TestSite &site);
    ~SecondServer();
    QUrl url() const { return m_url; }
    // Kills the server; safe from any thread (a signal, not QProcess).
    void kill();
    void stop();

private:
    QProcess m_php;
    QUrl m_url;
};

// A port nothing listens on.
int closedPort();

} // namespace Spill::Test
