// SPDX-License-Identifier: GPL-3.0-or-later
// The REST client against a real WordPress: what it finds, what it sends,
// and each way a site fails, in words.
#include "wordpresssite.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

using Kind = WordPressError::Kind;

QByteArray jpeg(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG"));
    return bytes;
}

// Random bytes do not compress, so a body of this size goes out as such.
QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (char &c : bytes) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x);
    }
    return bytes;
}

} // namespace

TEST_CASE("wordpress client: connecting")
{
    const TestSite site = TestSite::load();

    SECTION("nominal: the site, the password and the user's rights are checked")
    {
        WordPressClient client(site.site());
        WordPressError error;
        const std::optional<QString> name = client.checkConnection(&error);
        INFO(error.message.toStdString());
        REQUIRE(name);
        CHECK(*name == u"Ana Cook"_s);
        CHECK(client.apiRoot().endsWith(u"/wp-json/"_s));
    }

    SECTION("nominal: a site without pretty links answers at ?rest_route=")
    {
        const SiteSwitch plain(site, u"plain-permalinks"_s);
        WordPressClient client(site.site());
        WordPressError error;
        REQUIRE(client.checkConnection(&error));
        CHECK(client.apiRoot().contains(u"rest_route=/"_s));
        const std::optional<qint64> tag =
            client.termId(WordPressTaxonomy::Tags, u"plain links"_s, &error);
        CHECK(tag.value_or(0) > 0);
    }

    SECTION("error: a wrong application password is named as such")
    {
        WordPressClient client({site.url, site.user, u"abcd efgh ijkl mnop qrst uvwx"_s});
        WordPressError error;
        CHECK_FALSE(client.checkConnection(&error));
        CHECK(error.kind == Kind::WrongPassword);
        CHECK(error.httpStatus == 401);
        CHECK(error.message.contains(u"did not accept the user name and application password"_s));
        CHECK(error.message.contains(u"127.0.0.1"_s));
    }

    SECTION("error: a user who may not upload is told so")
    {
        WordPressClient client({site.url, site.limitedUser, site.limitedPassword});
        WordPressError error;
        CHECK_FALSE(client.checkConnection(&error));
        CHECK(error.kind == Kind::Forbidden);
        CHECK(error.message.contains(u"may not upload files or write posts"_s));
    }

    SECTION("error: a REST API switched off is told apart from a wrong password")
    {
        const SiteSwitch off(site, u"rest-disabled"_s);
        WordPressClient client(site.site());
        WordPressError error;
        CHECK_FALSE(client.checkConnection(&error));
        CHECK(error.kind == Kind::RestDisabled);
        CHECK(error.message.contains(u"REST API"_s));
    }

    SECTION("error: a web server that is not WordPress")
    {
        QTemporaryDir empty;
        REQUIRE(empty.isValid());
        QFile page(empty.filePath(u"index.html"_s));
        REQUIRE(page.open(QIODevice::WriteOnly));
        page.write("<html><body>A plain page</body></html>");
        page.close();
        const int port = closedPort();
        QProcess php;
        php.start(u"php"_s, {u"-S"_s, u"127.0.0.1:%1"_s.arg(port), u"-t"_s, empty.path()});
        REQUIRE(php.waitForStarted());
        WordPressClient client(
            {QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), site.user, site.password});
        WordPressError error;
        // The server may need a moment to listen.
        for (int i = 0; i < 50 && (error = {}, !client.checkConnection(&error)) &&
             error.kind == Kind::NoNetwork;
             ++i)
            QThread::msleep(100);
        php.kill();
        php.waitForFinished();
        CHECK(error.kind == Kind::NotWordPress);
        CHECK(error.message.contains(u"not a WordPress site"_s));
    }

    SECTION("error: no server at the address")
    {
        WordPressClient client(
            {QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort())), site.user, site.password});
        WordPressError error;
        CHECK_FALSE(client.checkConnection(&error));
        CHECK(error.kind == Kind::NoNetwork);
        CHECK(error.httpStatus == 0);
        CHECK(error.message.contains(u"refused the connection"_s));
    }
}

TEST_CASE("wordpress client: media, terms and posts")
{
    const TestSite site = TestSite::load();
    WordPressClient client(site.site());
    WordPressError error;

    SECTION("nominal: an upload arrives byte for byte, with progress, alt text and caption")
    {
        const QByteArray photo = jpeg(640, 480, QColor(200, 120, 40));
        qint64 lastSent = 0;
        qint64 lastTotal = 0;
        const std::optional<WordPressMedia> media =
            client.uploadMedia(photo, u"Crème brûlée – dream.jpg"_s, u"image/jpeg"_s, &error,
                               [&](qint64 sent, qint64 total) {
                                   CHECK(sent >= lastSent);
                                   lastSent = sent;
                                   lastTotal = total;
                               });
        INFO(error.message.toStdString());
        REQUIRE(media);
        CHECK(lastTotal >= photo.size());
        CHECK(lastSent == lastTotal);
        REQUIRE(client.updateMedia(
            media->id, {{u"alt_text"_s, u"A cracked top"_s}, {u"caption"_s, u"Torched too long"_s}},
            &error));
        const QJsonObject stored = site.get(u"media/%1?context=edit"_s.arg(media->id)).object();
        CHECK(stored[u"alt_text"_s].toString() == u"A cracked top"_s);
        CHECK(stored[u"caption"_s][u"raw"_s].toString() == u"Torched too long"_s);
        CHECK(stored[u"mime_type"_s].toString() == u"image/jpeg"_s);
        CHECK(site.download(media->url) == photo);
        const std::optional<WordPressMedia> again = client.media(media->id, &error);
        REQUIRE(again);
        CHECK(again->url == media->url);
    }

    SECTION("nominal: a tag or category is found, or made once, whatever its characters")
    {
        for (const QString &name : {u"Salt & pepper"_s, u"<script>alert(1)</script>"_s,
                                    u"\"quoted\": yes"_s, u"עברית 🔥"_s}) {
            const std::optional<qint64> tag = client.termId(WordPressTaxonomy::Tags, name, &error);
            INFO(name.toStdString() << ": " << error.message.toStdString());
            REQUIRE(tag);
            CHECK(client.termId(WordPressTaxonomy::Tags, name, &error) == tag);
            const QJsonObject stored = site.get(u"tags/%1?context=edit"_s.arg(*tag)).object();
            CHECK(decodeWordPressEntities(stored[u"name"_s].toString()) == name);
        }
        const std::optional<qint64> category =
            client.termId(WordPressTaxonomy::Categories, u"Burnt"_s, &error);
        REQUIRE(category);
        CHECK(client.termId(WordPressTaxonomy::Categories, u"burnt"_s, &error) == category);
    }

    SECTION("nominal: a post is made, updated, and gone once deleted")
    {
        const std::optional<WordPressPost> made =
            client.createPost({{u"title"_s, u"Flat bread"_s},
                               {u"content"_s,
                                u"<!-- wp:paragraph -->\n<p>x</p>\n"
                                u"<!-- /wp:paragraph -->"_s},
                               {u"status"_s, u"draft"_s}},
                              &error);
        REQUIRE(made);
        CHECK(made->status == u"draft"_s);
        const std::optional<WordPressPost> updated =
            client.updatePost(made->id, {{u"status"_s, u"publish"_s}}, &error);
        REQUIRE(updated);
        CHECK(updated->id == made->id);
        CHECK(updated->status == u"publish"_s);
        CHECK(client.post(made->id, &error)->status == u"publish"_s);
        site.remove(u"posts/%1"_s.arg(made->id));
        CHECK_FALSE(client.post(made->id, &error));
        CHECK(error.kind == Kind::NotFound);
        CHECK_FALSE(client.updatePost(made->id, {{u"title"_s, u"x"_s}}, &error));
        CHECK(error.kind == Kind::NotFound);
    }
}

TEST_CASE("wordpress client: failures during a transfer")
{
    const TestSite site = TestSite::load();

    SECTION("error: a server's size limit (413) is named as too large")
    {
        const SiteSwitch limit(site, u"upload-limit"_s, "50000");
        WordPressClient client(site.site());
        WordPressError error;
        CHECK_FALSE(client.uploadMedia(noise(200000), u"big.mp4"_s, u"video/mp4"_s, &error));
        CHECK(error.kind == Kind::TooLarge);
        CHECK(error.httpStatus == 413);
        CHECK(error.message.contains(u"too large"_s));
    }

    SECTION("error: the server stopping mid-upload fails the upload, it does not hang")
    {
        const SiteSwitch slow(site, u"slow-uploads"_s, "4");
        SecondServer second(site);
        WordPressClient client({second.url(), site.user, site.password});
        WordPressError error;
        REQUIRE(client.checkConnection(&error));
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(800));
            second.kill();
        });
        QElapsedTimer timer;
        timer.start();
        const std::optional<WordPressMedia> media =
            client.uploadMedia(jpeg(200, 200, Qt::blue), u"cut.jpg"_s, u"image/jpeg"_s, &error);
        stopper.join();
        CHECK_FALSE(media);
        CHECK(error.kind == Kind::NoNetwork);
        CHECK(timer.elapsed() < 4000);
    }

    SECTION("nominal: cancelling stops an upload under way at once")
    {
        const SiteSwitch slow(site, u"slow-uploads"_s, "3");
        std::atomic<bool> cancel = false;
        WordPressClient client(site.site(), &cancel);
        WordPressError error;
        REQUIRE(client.checkConnection(&error));
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        CHECK_FALSE(
            client.uploadMedia(jpeg(100, 100, Qt::green), u"c.jpg"_s, u"image/jpeg"_s, &error));
        canceller.join();
        CHECK(error.kind == Kind::Cancelled);
        CHECK(timer.elapsed() < 2500);
    }

    SECTION("error: a site that takes too long times out")
    {
        const SiteSwitch slow(site, u"slow-uploads"_s, "3");
        WordPressClient client(site.site());
        client.setTimeout(1);
        WordPressError error;
        CHECK_FALSE(
            client.uploadMedia(jpeg(100, 100, Qt::gray), u"t.jpg"_s, u"image/jpeg"_s, &error));
        CHECK(error.kind == Kind::Timeout);
        CHECK(error.message.contains(u"did not answer in time"_s));
    }
}

TEST_CASE("wordpress client: entities in names read back as text")
{
    CHECK(decodeWordPressEntities(u"Salt &amp; pepper"_s) == u"Salt & pepper"_s);
    CHECK(decodeWordPressEntities(u"&lt;b&gt; &quot;x&quot; &#039;y&#039; &#x1F525;"_s) ==
          u"<b> \"x\" 'y' 🔥"_s);
    CHECK(decodeWordPressEntities(u"&bogus; & &#0;"_s) == u"&bogus; & &#0;"_s);
}
