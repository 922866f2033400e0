// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpresssite.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <catch2/catch.hpp>
#include <csignal>

namespace Spill::Test {

namespace {

QByteArray fetch(const QString &verb, const QUrl &url, const QString &user, const QString &password,
                 int *status = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!user.isEmpty())
        request.setRawHeader("Authorization",
                             "Basic " + (user + u':' + password).toUtf8().toBase64());
    QNetworkReply *reply = nam.sendCustomRequest(request, verb.toLatin1());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

TestSite TestSite::load()
{
    QFile file(QStringLiteral(SPILL_WP_SITE_ENV));
    INFO("the fixture's site file: " SPILL_WP_SITE_ENV);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    TestSite site;
    site.url = QUrl(values.value(QStringLiteral("SPILL_WP_URL")));
    site.user = values.value(QStringLiteral("SPILL_WP_USER"));
    site.password = values.value(QStringLiteral("SPILL_WP_PASSWORD"));
    site.limitedUser = values.value(QStringLiteral("SPILL_WP_LIMITED_USER"));
    site.limitedPassword = values.value(QStringLiteral("SPILL_WP_LIMITED_PASSWORD"));
    site.content = values.value(QStringLiteral("SPILL_WP_CONTENT"));
    site.config = values.value(QStringLiteral("SPILL_WP_CONFIG"));
    site.router = values.value(QStringLiteral("SPILL_WP_ROUTER"));
    REQUIRE(site.url.isValid());
    REQUIRE_FALSE(site.password.isEmpty());
    return site;
}

QJsonDocument TestSite::get(const QString &route) const
{
    QUrl target = url;
    target.setQuery(QStringLiteral("rest_route=/wp/v2/") + route.section(u'?', 0, 0) +
                    (route.contains(u'?') ? u'&' + route.section(u'?', 1) : QString()));
    int status = 0;
    const QByteArray body = fetch(QStringLiteral("GET"), target, user, password, &status);
    INFO(route.toStdString() << ": " << body.left(300).toStdString());
    REQUIRE(status == 200);
    return QJsonDocument::fromJson(body);
}

void TestSite::remove(const QString &route) const
{
    QUrl target = url;
    target.setQuery(QStringLiteral("rest_route=/wp/v2/") + route + QStringLiteral("&force=true"));
    int status = 0;
    fetch(QStringLiteral("DELETE"), target, user, password, &status);
    REQUIRE(status == 200);
}

QByteArray TestSite::download(const QString &address) const
{
    int status = 0;
    const QByteArray body = fetch(QStringLiteral("GET"), QUrl(address), {}, {}, &status);
    INFO(address.toStdString());
    REQUIRE(status == 200);
    return body;
}

SiteSwitch::SiteSwitch(const TestSite &site, const QString &name, const QByteArray &value)
    : m_file(site.content + QStringLiteral("/switches/") + name)
{
    QFile file(m_file);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(value);
}

SiteSwitch::~SiteSwitch()
{
    QFile::remove(m_file);
}

SecondServer::SecondServer(const TestSite &site)
{
    const int port = closedPort();
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SPILL_WP_CONFIG"), site.config);
    env.insert(QStringLiteral("SPILL_WP_CONTENT"), site.content);
    m_php.setProcessEnvironment(env);
    m_php.start(QStringLiteral("php"),
                {QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(port),
                 QStringLiteral("-t"), QStringLiteral("/usr/share/wordpress"), site.router});
    REQUIRE(m_php.waitForStarted(10000));
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        if (probe.waitForConnected(100))
            return;
        QThread::msleep(50);
    }
    FAIL("the second server did not start");
}

SecondServer::~SecondServer()
{
    stop();
}

void SecondServer::kill()
{
    if (const qint64 pid = m_php.processId(); pid > 0)
        ::kill(pid_t(pid), SIGKILL);
}

void SecondServer::stop()
{
    if (m_php.state() == QProcess::NotRunning)
        return;
    m_php.kill();
    m_php.waitForFinished(5000);
}

int closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace Spill::Test
