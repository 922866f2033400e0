// SPDX-License-Identifier: GPL-3.0-or-later
// The test WordPress started by the CTest fixture (tests/wordpress/
// wordpress-site): its address and users, its switches, and plain HTTP to
// it for what the client does not do (download a file, delete a post).
#pragma once

#include "wordpress/wordpressclient.h"

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>

namespace Spill::Test {

struct TestSite
{
    QMap<QString, QString> env; // site.env: SPILL_WP_URL, SPILL_WP_USER, ...

    // Reads site.env; fails the test loudly when the fixture did not start.
    static TestSite load();
    QString value(const QString &key) const;
    WordPressSite site() const; // the administrator
    WordPressSite limitedSite() const; // a contributor
    QString folder() const; // the fixture's folder (php.pid, logs)
};

// A switch of the spill-test-switches must-use plugin, on while it lives.
class SiteSwitch
{
public:
    SiteSwitch(const TestSite &site, const QString &name, const QByteArray &value = "1");
    ~SiteSwitch();
    SiteSwitch(const SiteSwitch &) = delete;
    SiteSwitch &operator=(const SiteSwitch &) = delete;

private:
    QString m_path;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

// One request with the administrator's password, blocking.
HttpResult http(const TestSite &site, const QByteArray &verb, const QUrl &url);

// A local port nothing listens on.
quint16 closedPort();

// A `php -S` of the test's own on a free local port, serving `documentRoot`
// through `router`, with `environment` added to the test's; answering when
// made, stopped when it goes.
class PhpServer
{
public:
    PhpServer(const QString &router, const QString &documentRoot,
              const QMap<QString, QString> &environment = {});
    ~PhpServer();
    PhpServer(const PhpServer &) = delete;
    PhpServer &operator=(const PhpServer &) = delete;

    quint16 port() const { return m_port; }
    QString address() const; // "http://127.0.0.1:<port>"

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Spill::Test
