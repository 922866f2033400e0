// SPDX-License-Identifier: GPL-3.0-or-later
// Redirects met by the WordPress client: followed on the site itself, the
// password with them; refused, and the password kept, when they lead to
// another server; stopped when they never end. A `php -S` of the test's own
// (redirector.php) answers with the redirects, serves the test WordPress
// for the rest, and logs every request that reaches it.
#include "testsite.h"
#include "testsupport.h"
#include "wordpress/wordpressclient.h"

#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;
using Kind = WordPressError::Kind;

namespace {

struct Logged
{
    QString method;
    QString host;
    QString uri;
    QString authorization;
};

// What reached a redirector: one JSON object a line.
QList<Logged> requestsIn(const QString &log)
{
    QList<Logged> requests;
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return requests; // nothing ever reached it
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        requests.append({request[u"method"].toString(), request[u"host"].toString(),
                         request[u"uri"].toString(), request[u"authorization"].toString()});
    }
    return requests;
}

QList<Logged> requestsTo(const QList<Logged> &requests, const QString &uriPart)
{
    QList<Logged> found;
    for (const Logged &request : requests) {
        if (request.uri.contains(uriPart))
            found.append(request);
    }
    return found;
}

// One entry for each request the client made: Qt may send a GET again on
// a new connection when `php -S` closes the one it was on, which the log
// shows as the same request twice in a row.
QList<Logged> madeOnce(const QList<Logged> &requests)
{
    QList<Logged> once;
    for (const Logged &request : requests) {
        if (once.isEmpty() || request.method != u"GET"_s || once.last().method != request.method ||
            once.last().uri != request.uri)
            once.append(request);
    }
    return once;
}

// A redirector beside the test WordPress, logging to `log`; `away` is where
// its /away/ addresses send a request.
std::unique_ptr<PhpServer> redirector(const TestSite &site, const QString &log,
                                      const QString &away = {})
{
    return std::make_unique<PhpServer>(
        QStringLiteral(SPILL_WORDPRESS_TESTS_DIR "/redirector.php"), u"/usr/share/wordpress"_s,
        QMap<QString, QString> {{u"SPILL_REDIRECT_LOG"_s, log},
                                {u"SPILL_REDIRECT_AWAY"_s, away},
                                {u"SPILL_WP_CONFIG"_s, site.value(u"SPILL_WP_CONFIG"_s)},
                                {u"SPILL_WP_CONTENT"_s, site.value(u"SPILL_WP_CONTENT"_s)}});
}

WordPressSite siteAt(const TestSite &site, const QString &address)
{
    WordPressSite at = site.site();
    at.address = QUrl(address);
    return at;
}

} // namespace

TEST_CASE("redirects: followed on the site, refused to another server, stopped in a loop",
          "[wordpress]")
{
    const TestSite site = TestSite::load();
    const QByteArray password =
        "Basic " + (site.site().user + u':' + site.site().appPassword).toUtf8().toBase64();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString log = dir.filePath(u"redirector.log"_s);
    const QString otherLog = dir.filePath(u"other.log"_s);
    // The other server would serve the site too: a password it got would work.
    const std::unique_ptr<PhpServer> other = redirector(site, otherLog);

    SECTION("nominal: a redirect on the same server is followed, for reading and for writing")
    {
        const std::unique_ptr<PhpServer> server = redirector(site, log);
        WordPressClient client(siteAt(site, server->address() + u"/same/"_s));
        WordPressError error;
        const std::optional<QString> name = client.checkConnection(&error);
        INFO(error.message.toStdString());
        REQUIRE(name);
        CHECK(*name == u"Ana Cook"_s);

        // A POST through a 307 keeps its method and body.
        const QString title = u"Moved tart %1"_s.arg(QRandomGenerator::global()->generate());
        const std::optional<WordPressPost> made =
            client.createPost({{u"title"_s, title}, {u"status"_s, u"draft"_s}}, &error);
        INFO(error.message.toStdString());
        REQUIRE(made);
        WordPressClient direct(site.site());
        const std::optional<QJsonDocument> read =
            direct.get(u"posts/%1?context=edit"_s.arg(made->id), &error);
        REQUIRE(read);
        CHECK(read->object()[u"title"][u"raw"].toString() == title);

        // Both went through a redirect, with the password, on this server only.
        const QList<Logged> requests = requestsIn(log);
        const QList<Logged> me = madeOnce(requestsTo(requests, u"/users/me"_s));
        REQUIRE(me.size() == 2);
        CHECK(me.at(0).uri.startsWith(u"/same/wp-json/"_s));
        CHECK(me.at(1).uri.startsWith(u"/wp-json/"_s));
        const QList<Logged> posts = requestsTo(requests, u"/wp/v2/posts"_s);
        REQUIRE(posts.size() == 2);
        CHECK(posts.at(1).method == u"POST"_s);
        CHECK(posts.at(1).uri == u"/wp-json/wp/v2/posts"_s);
        for (const Logged &request : me + posts)
            CHECK(request.authorization.toUtf8() == password);
        CHECK(requestsIn(otherLog).isEmpty());
    }

    SECTION("robustness: a redirect to another port or host is refused; the password stays")
    {
        const QString away = GENERATE(as<QString> {}, u"127.0.0.1"_s, u"localhost"_s);
        const QString target = u"http://%1:%2"_s.arg(away).arg(other->port());
        INFO(target.toStdString());
        const std::unique_ptr<PhpServer> server = redirector(site, log, target);
        WordPressClient client(siteAt(site, server->address() + u"/away/"_s));
        WordPressError error;
        CHECK_FALSE(client.checkConnection(&error));
        INFO(error.message.toStdString());
        CHECK(error.kind == Kind::Server);
        CHECK(error.message.contains(u"%1:%2"_s.arg(away).arg(other->port())));
        CHECK(error.message.contains(u"another server"_s));
        CHECK(error.message.contains(u"password"_s));

        // Writing is refused the same way, and no post is made.
        const QString title = u"Lost tart %1"_s.arg(QRandomGenerator::global()->generate());
        CHECK_FALSE(client.createPost({{u"title"_s, title}, {u"status"_s, u"draft"_s}}, &error));
        CHECK(error.message.contains(u"another server"_s));
        WordPressClient direct(site.site());
        const std::optional<QJsonDocument> found =
            direct.get(u"posts?status=any&context=edit&search="_s +
                           QString::fromLatin1(QUrl::toPercentEncoding(title)),
                       &error);
        REQUIRE(found);
        CHECK(found->array().isEmpty());

        // The redirecting server had the password (it is the site); the
        // other server never did.
        const QList<Logged> asked =
            madeOnce(requestsTo(requestsIn(log), u"/away/wp-json/wp/v2/"_s));
        REQUIRE(asked.size() == 2);
        for (const Logged &request : asked)
            CHECK(request.authorization.toUtf8() == password);
        for (const Logged &request : requestsIn(otherLog)) {
            INFO(request.method.toStdString() << ' ' << request.uri.toStdString());
            CHECK(request.authorization.isEmpty());
        }
    }

    SECTION("robustness: a redirect loop stops within five redirects, said in words")
    {
        const std::unique_ptr<PhpServer> server = redirector(site, log);
        WordPressClient client(siteAt(site, server->address() + u"/loop/"_s));
        WordPressError error;
        CHECK_FALSE(client.checkConnection(&error));
        INFO(error.message.toStdString());
        CHECK(error.kind == Kind::Server);
        CHECK(error.message.contains(u"127.0.0.1/loop"_s));
        CHECK(error.message.contains(u"redirected more than 5 times"_s));
        // The first request and five redirects, no more.
        QStringList hops;
        for (const Logged &request : madeOnce(requestsTo(requestsIn(log), u"/users/me"_s)))
            hops.append(request.uri);
        INFO(hops.join(u'\n').toStdString());
        CHECK(hops.size() == 6);
        CHECK(requestsIn(otherLog).isEmpty());
    }
}
