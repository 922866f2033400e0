// SPDX-License-Identifier: GPL-3.0-or-later
// The WordPress REST client against a real WordPress (Debian's packages,
// started by the CTest fixture in this folder): finding the API, each kind
// of failure, uploads, terms and posts read back exactly.
#include "testsite.h"
#include "testsupport.h"
#include "wordpress/wordpressclient.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <csignal>
#include <thread>

using namespace Spill;
using namespace Spill::Test;
using Kind = WordPressError::Kind;

namespace {

QByteArray jpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x * 255 / width, y * 255 / height, (x ^ y) & 0xFF));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 90));
    return bytes;
}

// Noise, so that it does not compress: a large upload.
QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 12345;
    for (char &c : bytes) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    return bytes;
}

const QStringList HostileNames = {
    QStringLiteral("Salt & Pepper"),
    QStringLiteral("He said \"done\": it's <b>burnt</b>"),
    QStringLiteral("<script>alert('x')</script>"),
    QStringLiteral("חלה \u05e2\u05dd \u05d3\u05d1\u05e9"),
    QStringLiteral("Pasta \U0001F35D fail"),
    QStringLiteral("a: b; c & d < e > f"),
};

bool waitForPort(quint16 port)
{
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace

TEST_CASE("checkConnection names the user of a working site", "[wordpress]")
{
    const TestSite site = TestSite::load();
    WordPressClient client(site.site());
    WordPressError error;
    const std::optional<QString> name = client.checkConnection(&error);
    INFO(error.message);
    REQUIRE(name);
    CHECK(*name == QStringLiteral("Ana Cook"));
    CHECK(error.ok());
    CHECK(client.apiRoot().endsWith(QStringLiteral("/wp-json/")));
}

TEST_CASE("checkConnection refuses a user who may not upload", "[wordpress]")
{
    const TestSite site = TestSite::load();
    WordPressClient client(site.limitedSite());
    WordPressError error;
    CHECK_FALSE(client.checkConnection(&error));
    CHECK(error.kind == Kind::Forbidden);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("a wrong application password is said to be one", "[wordpress]")
{
    const TestSite site = TestSite::load();
    WordPressSite wrong = site.site();
    wrong.appPassword = QStringLiteral("abcd efgh ijkl mnop qrst uvwx");
    WordPressClient client(wrong);
    WordPressError error;
    CHECK_FALSE(client.checkConnection(&error));
    CHECK(error.kind == Kind::WrongPassword);
    CHECK(error.httpStatus == 401);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));

    WordPressSite unknown = site.site();
    unknown.user = QStringLiteral("nobody");
    WordPressClient stranger(unknown);
    CHECK_FALSE(stranger.checkConnection(&error));
    CHECK(error.kind == Kind::WrongPassword);
}

TEST_CASE("a site that is not WordPress is said to be none", "[wordpress]")
{
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    QFile index(empty.filePath(QStringLiteral("index.html")));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write("<html><body>My cooking notes</body></html>");
    index.close();
    const quint16 port = closedPort();
    QProcess php;
    php.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    php.start(QStringLiteral("php"),
              {QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-t"),
               empty.path()});
    REQUIRE(php.waitForStarted());
    REQUIRE(waitForPort(port));

    WordPressClient client({QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)),
                            QStringLiteral("cook"), QStringLiteral("x")});
    WordPressError error;
    CHECK_FALSE(client.checkConnection(&error));
    CHECK(error.kind == Kind::NotWordPress);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));
    php.terminate();
    php.waitForFinished();
}

TEST_CASE("a site with its REST API switched off is said to be one", "[wordpress]")
{
    const TestSite site = TestSite::load();
    SiteSwitch off(site, QStringLiteral("rest-disabled"));
    WordPressClient client(site.site());
    WordPressError error;
    CHECK_FALSE(client.checkConnection(&error));
    CHECK(error.kind == Kind::RestDisabled);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("a site whose REST API is blocked by the web server is said to be switched off",
          "[wordpress]")
{
    const TestSite site = TestSite::load();
    SiteSwitch blocked(site, QStringLiteral("rest-blocked"));
    WordPressClient client(site.site());
    WordPressError error;
    CHECK_FALSE(client.checkConnection(&error));
    CHECK(error.kind == Kind::RestDisabled);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));
    CHECK(client.apiRoot().isEmpty());
}

TEST_CASE("no server at the address is no network", "[wordpress]")
{
    WordPressClient client({QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())),
                            QStringLiteral("cook"), QStringLiteral("x")});
    WordPressError error;
    CHECK_FALSE(client.checkConnection(&error));
    CHECK(error.kind == Kind::NoNetwork);
    CHECK(error.httpStatus == 0);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("a site whose certificate is not trusted fails as TLS", "[wordpress]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QProcess make;
    make.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    make.start(QStringLiteral("openssl"),
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    REQUIRE(make.waitForFinished(60000));
    REQUIRE(make.exitCode() == 0);
    const quint16 port = closedPort();
    QProcess server;
    server.setStandardOutputFile(QProcess::nullDevice());
    server.start(QStringLiteral("openssl"),
                 {QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-www"),
                  QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                  QStringLiteral("-cert"), cert, QStringLiteral("-key"), key});
    REQUIRE(server.waitForStarted());
    REQUIRE(waitForPort(port));

    // Self-signed: not in the system's CA store.
    WordPressClient client({QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)),
                            QStringLiteral("cook"), QStringLiteral("x")});
    WordPressError error;
    CHECK_FALSE(client.checkConnection(&error));
    CHECK(error.kind == Kind::Tls);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));
    server.kill();
    server.waitForFinished();
}

TEST_CASE("a site without pretty links is reached at ?rest_route=", "[wordpress]")
{
    const TestSite site = TestSite::load();
    SiteSwitch plain(site, QStringLiteral("plain-permalinks"));
    WordPressClient client(site.site());
    WordPressError error;
    REQUIRE(client.checkConnection(&error));
    CHECK(client.apiRoot().contains(QStringLiteral("rest_route=")));
    // Routes with a query of their own, and a search with characters that
    // mean something in a query.
    const std::optional<qint64> tag =
        client.termId(WordPressTaxonomy::Tags, QStringLiteral("Plain & simple?=#"), &error);
    INFO(error.message);
    REQUIRE(tag);
    CHECK(client.termId(WordPressTaxonomy::Tags, QStringLiteral("Plain & simple?=#"), &error) ==
          tag);
    const std::optional<QJsonDocument> tags =
        client.get(QStringLiteral("tags?per_page=5&context=edit&include=%1").arg(*tag), &error);
    REQUIRE(tags);
    REQUIRE(tags->array().size() == 1);
    CHECK(tags->array().at(0)[u"id"].toInteger() == *tag);
}

TEST_CASE("a photo uploads with progress, and its alt text, caption and bytes read back",
          "[wordpress]")
{
    const TestSite site = TestSite::load();
    WordPressClient client(site.site());
    const QByteArray bytes = jpeg(800, 600);
    qint64 lastSent = 0;
    qint64 lastTotal = 0;
    int calls = 0;
    WordPressError error;
    const std::optional<WordPressMedia> media =
        client.uploadMedia(bytes, QStringLiteral("burnt crème brûlée.jpg"),
                           QStringLiteral("image/jpeg"), &error, [&](qint64 sent, qint64 total) {
                               CHECK(sent >= lastSent);
                               lastSent = sent;
                               lastTotal = total;
                               ++calls;
                           });
    INFO(error.message);
    REQUIRE(media);
    CHECK(media->id > 0);
    CHECK(calls > 0);
    CHECK(lastSent == bytes.size());
    CHECK(lastTotal == bytes.size());

    // WordPress keeps alt text as plain text: markup in it would be
    // stripped, so the alt text here has none.
    const QString alt = QStringLiteral(
        "Crème brûlée: \"burnt\", it's black & bitter \u05e9\u05dc\u05d5\u05dd \U0001F525");
    const QString caption = QStringLiteral("Dream: golden. Reality: charcoal & smoke.");
    REQUIRE(client.updateMedia(
        media->id, {{QStringLiteral("alt_text"), alt}, {QStringLiteral("caption"), caption}},
        &error));
    const std::optional<QJsonDocument> item =
        client.get(QStringLiteral("media/%1?context=edit").arg(media->id), &error);
    REQUIRE(item);
    CHECK(item->object()[u"alt_text"].toString() == alt);
    CHECK(item->object()[u"caption"][u"raw"].toString() == caption);
    CHECK(item->object()[u"mime_type"].toString() == QStringLiteral("image/jpeg"));

    const std::optional<WordPressMedia> again = client.media(media->id, &error);
    REQUIRE(again);
    CHECK(again->url == media->url);
    const HttpResult file = http(site, "GET", QUrl(media->url));
    CHECK(file.status == 200);
    CHECK(file.body == bytes);
}

TEST_CASE("termId finds hostile names, creates them once, and reads them back exactly",
          "[wordpress]")
{
    const TestSite site = TestSite::load();
    WordPressClient client(site.site());
    for (const WordPressTaxonomy taxonomy :
         {WordPressTaxonomy::Tags, WordPressTaxonomy::Categories}) {
        for (const QString &name : HostileNames) {
            INFO(name.toStdString());
            WordPressError error;
            const std::optional<qint64> id = client.termId(taxonomy, name, &error);
            INFO(error.message.toStdString());
            REQUIRE(id);
            CHECK(*id > 0);
            CHECK(client.termId(taxonomy, name, &error) == id);
            const QString route = taxonomy == WordPressTaxonomy::Tags
                ? QStringLiteral("tags/%1")
                : QStringLiteral("categories/%1");
            const std::optional<QJsonDocument> term =
                client.get(route.arg(*id) + QStringLiteral("?context=edit"), &error);
            REQUIRE(term);
            CHECK(decodeWordPressEntities(term->object()[u"name"].toString()) == name);
        }
    }
    // A new client (nothing cached) finds the same ones.
    WordPressClient other(site.site());
    WordPressError error;
    CHECK(other.termId(WordPressTaxonomy::Tags, HostileNames.at(0), &error) ==
          client.termId(WordPressTaxonomy::Tags, HostileNames.at(0), &error));
}

TEST_CASE("a hostile title arrives exactly, on create and update, and a deleted post is gone",
          "[wordpress]")
{
    const TestSite site = TestSite::load();
    WordPressClient client(site.site());
    const QString title = QStringLiteral(
        "He said \"it's done\": <script>alert('x')</script> \u05e9\u05dc\u05d5\u05dd "
        "\U0001F35D & more \\ 100%");
    WordPressError error;
    const std::optional<WordPressPost> made =
        client.createPost({{QStringLiteral("title"), title},
                           {QStringLiteral("content"),
                            QStringLiteral("<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->")},
                           {QStringLiteral("status"), QStringLiteral("draft")}},
                          &error);
    INFO(error.message);
    REQUIRE(made);
    CHECK(made->status == QStringLiteral("draft"));
    const auto rawTitle = [&](qint64 id) {
        const std::optional<QJsonDocument> post =
            client.get(QStringLiteral("posts/%1?context=edit").arg(id), &error);
        REQUIRE(post);
        return post->object()[u"title"][u"raw"].toString();
    };
    CHECK(rawTitle(made->id) == title);

    const QString changed = title + QStringLiteral(" \u2014 take 2: \"again\"");
    const std::optional<WordPressPost> updated =
        client.updatePost(made->id, {{QStringLiteral("title"), changed}}, &error);
    REQUIRE(updated);
    CHECK(updated->id == made->id);
    CHECK(rawTitle(made->id) == changed);
    const std::optional<WordPressPost> read = client.post(made->id, &error);
    REQUIRE(read);
    CHECK(read->id == made->id);

    QUrl remove(site.value(QStringLiteral("SPILL_WP_URL")) + QStringLiteral("/"));
    remove.setQuery(QStringLiteral("rest_route=/wp/v2/posts/%1&force=true").arg(made->id));
    REQUIRE(http(site, "DELETE", remove).status == 200);
    CHECK_FALSE(client.post(made->id, &error));
    CHECK(error.kind == Kind::NotFound);
    CHECK(error.httpStatus == 404);
    CHECK_FALSE(client.updatePost(made->id, {{QStringLiteral("title"), title}}, &error));
    CHECK(error.kind == Kind::NotFound);
}

TEST_CASE("an HTML-escaped hostile title arrives inert and decodes exactly for any author",
          "[wordpress]")
{
    // Without unfiltered_html (a contributor) WordPress strips tags from a
    // title; with it (an administrator) it keeps them and renders them as
    // markup. Escaped, the title is the same for both and never runs.
    const TestSite site = TestSite::load();
    const QString title = QStringLiteral(
        "\"Done\": <script>alert('x')</script> & <b>bold</b> \u05e9\u05dc\u05d5\u05dd \U0001F35D");
    for (const WordPressSite &author : {site.site(), site.limitedSite()}) {
        INFO(author.user.toStdString());
        WordPressClient client(author);
        WordPressError error;
        const std::optional<WordPressPost> made =
            client.createPost({{QStringLiteral("title"), title.toHtmlEscaped()},
                               {QStringLiteral("status"), QStringLiteral("draft")}},
                              &error);
        INFO(error.message.toStdString());
        REQUIRE(made);
        const std::optional<QJsonDocument> post =
            client.get(QStringLiteral("posts/%1?context=edit").arg(made->id), &error);
        REQUIRE(post);
        const QJsonObject read = post->object()[u"title"].toObject();
        CHECK(decodeWordPressEntities(read[u"raw"].toString()) == title);
        CHECK_FALSE(read[u"rendered"].toString().contains(QStringLiteral("<script")));
        CHECK_FALSE(read[u"rendered"].toString().contains(QStringLiteral("<b>")));
    }
}

TEST_CASE("an upload over the server's limit is too large", "[wordpress]")
{
    const TestSite site = TestSite::load();
    SiteSwitch limit(site, QStringLiteral("upload-limit"), "20000");
    WordPressClient client(site.site());
    WordPressError error;
    CHECK_FALSE(client.uploadMedia(jpeg(1200, 900), QStringLiteral("big.jpg"),
                                   QStringLiteral("image/jpeg"), &error));
    CHECK(error.kind == Kind::TooLarge);
    CHECK(error.httpStatus == 413);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));
    // A small one still goes.
    CHECK(client.uploadMedia(jpeg(40, 30), QStringLiteral("small.jpg"),
                             QStringLiteral("image/jpeg"), &error));
}

TEST_CASE("a cancel from another thread stops an upload in flight", "[wordpress]")
{
    const TestSite site = TestSite::load();
    SiteSwitch slow(site, QStringLiteral("slow-uploads"), "4");
    std::atomic<bool> cancel = false;
    std::atomic<bool> sending = false;
    WordPressError error;
    bool uploaded = true;
    std::thread worker([&] {
        WordPressClient client(site.site(), &cancel);
        uploaded = client
                       .uploadMedia(jpeg(64, 48), QStringLiteral("cancelled.jpg"),
                                    QStringLiteral("image/jpeg"), &error,
                                    [&](qint64, qint64) { sending = true; })
                       .has_value();
    });
    while (!sending)
        QThread::msleep(10);
    cancel = true;
    worker.join();
    // The server would have answered after its delay; the call ended first.
    CHECK_FALSE(uploaded);
    CHECK(error.kind == Kind::Cancelled);
}

TEST_CASE("a server that stays silent times out", "[wordpress]")
{
    const TestSite site = TestSite::load();
    SiteSwitch slow(site, QStringLiteral("slow-uploads"), "4");
    WordPressClient client(site.site());
    WordPressError error;
    // Found first with the usual patience (the server may still be busy
    // with an earlier test's slow upload), so the short limit meets the
    // upload alone.
    REQUIRE(client.checkConnection(&error));
    client.setTimeout(1);
    CHECK_FALSE(client.uploadMedia(jpeg(64, 48), QStringLiteral("late.jpg"),
                                   QStringLiteral("image/jpeg"), &error));
    CHECK(error.kind == Kind::Timeout);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("a server stopped in the middle of an upload fails it clearly", "[wordpress]")
{
    const TestSite site = TestSite::load();
    const QString pidFile = site.folder() + QStringLiteral("/php.pid");
    QFile pid(pidFile);
    REQUIRE(pid.open(QIODevice::ReadOnly));
    const qint64 php = pid.readAll().trimmed().toLongLong();
    pid.close();
    REQUIRE(php > 0);

    SiteSwitch slow(site, QStringLiteral("slow-uploads"), "10");
    std::atomic<bool> sending = false;
    WordPressError error;
    bool uploaded = true;
    std::thread worker([&] {
        WordPressClient client(site.site());
        uploaded = client
                       .uploadMedia(noise(8 * 1024 * 1024), QStringLiteral("clip.mp4"),
                                    QStringLiteral("video/mp4"), &error,
                                    [&](qint64, qint64) { sending = true; })
                       .has_value();
    });
    while (!sending)
        QThread::msleep(10);
    ::kill(pid_t(php), SIGKILL);
    worker.join();
    CHECK_FALSE(uploaded);
    CHECK(error.kind == Kind::NoNetwork);
    CHECK(error.message.contains(QStringLiteral("127.0.0.1")));

    // The site comes back for the tests after this one, on the same port.
    const QUrl url(site.value(QStringLiteral("SPILL_WP_URL")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SPILL_WP_CONFIG"), site.value(QStringLiteral("SPILL_WP_CONFIG")));
    env.insert(QStringLiteral("SPILL_WP_CONTENT"), site.value(QStringLiteral("SPILL_WP_CONTENT")));
    QProcess restart;
    restart.setProcessEnvironment(env);
    restart.setStandardOutputFile(QProcess::nullDevice());
    restart.setStandardErrorFile(site.folder() + QStringLiteral("/php.log"), QIODevice::Append);
    restart.setProgram(QStringLiteral("php"));
    restart.setArguments({QStringLiteral("-d"), QStringLiteral("upload_max_filesize=256M"),
                          QStringLiteral("-d"), QStringLiteral("post_max_size=256M"),
                          QStringLiteral("-d"), QStringLiteral("memory_limit=512M"),
                          QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(url.port()),
                          QStringLiteral("-t"), QStringLiteral("/usr/share/wordpress"),
                          site.value(QStringLiteral("SPILL_WP_ROUTER"))});
    qint64 restarted = 0;
    REQUIRE(restart.startDetached(&restarted));
    REQUIRE(pid.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pid.write(QByteArray::number(restarted));
    pid.close();
    REQUIRE(waitForPort(quint16(url.port())));
    WordPressClient after(site.site());
    CHECK(after.checkConnection(&error));
}
