// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsite.h"

#include "testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace Spill::Test {

TestSite TestSite::load()
{
    QFile file(QStringLiteral(SPILL_WP_SITE_ENV));
    INFO("the test WordPress did not start (see the fixture test "
         "test_publish_wordpress_site_start): "
         << SPILL_WP_SITE_ENV);
    REQUIRE(file.open(QIODevice::ReadOnly));
    TestSite site;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            site.env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    REQUIRE(!site.value(QStringLiteral("SPILL_WP_URL")).isEmpty());
    return site;
}

QString TestSite::value(const QString &key) const
{
    return env.value(key);
}

WordPressSite TestSite::site() const
{
    return {QUrl(value(QStringLiteral("SPILL_WP_URL"))), value(QStringLiteral("SPILL_WP_USER")),
            value(QStringLiteral("SPILL_WP_PASSWORD"))};
}

WordPressSite TestSite::limitedSite() const
{
    return {QUrl(value(QStringLiteral("SPILL_WP_URL"))),
            value(QStringLiteral("SPILL_WP_LIMITED_USER")),
            value(QStringLiteral("SPILL_WP_LIMITED_PASSWORD"))};
}

QString TestSite::folder() const
{
    return QFileInfo(value(QStringLiteral("SPILL_WP_CONTENT"))).path();
}

SiteSwitch::SiteSwitch(const TestSite &site, const QString &name, const QByteArray &value)
    : m_path(site.value(QStringLiteral("SPILL_WP_CONTENT")) + QStringLiteral("/switches/") + name)
{
    QFile file(m_path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(value) == value.size());
}

SiteSwitch::~SiteSwitch()
{
    QFile::remove(m_path);
}

HttpResult http(const TestSite &site, const QByteArray &verb, const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    const WordPressSite admin = site.site();
    request.setRawHeader("Authorization",
                         "Basic " + (admin.user + u':' + admin.appPassword).toUtf8().toBase64());
    QNetworkReply *reply = nam.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       reply->readAll()};
    delete reply;
    return result;
}

quint16 closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

PhpServer::PhpServer(const QString &router, const QString &documentRoot,
                     const QMap<QString, QString> &environment)
    : m_port(closedPort())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    m_process.setProcessEnvironment(env);
    // php -S logs every connection: quiet, so the test's own output reads.
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(QStringLiteral("php"),
                    {QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                     QStringLiteral("-t"), documentRoot, router});
    INFO("php -S with " << router.toStdString());
    REQUIRE(m_process.waitForStarted());
    const bool answering = QTest::qWaitFor(
        [this] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            return socket.waitForConnected(200) || m_process.state() == QProcess::NotRunning;
        },
        20000);
    REQUIRE(m_process.state() == QProcess::Running);
    REQUIRE(answering);
}

PhpServer::~PhpServer()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString PhpServer::address() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

} // namespace Spill::Test
