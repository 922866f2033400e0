// SPDX-License-Identifier: GPL-3.0-or-later
// The publish job the Publish dialog runs (publishToSite()) against the test
// WordPress: a story scheduled, then taken back or published now; a post
// whose reply was lost taken over by the next publish, never made twice.
#include "library/library.h"
#include "testsite.h"
#include "testsupport.h"
#include "wordpress/publish/sitepublish.h"
#include "wordpress/wordpressclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

struct PublishJobFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    TestSite site = TestSite::load();
    // A word only this run's stories have in their titles, to find their posts.
    QString token = u"k%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));

    PublishJobFixture()
    {
        REQUIRE(dir.isValid());
        OpenResult opened = Library::open(dir.filePath(u"library"_s));
        INFO(opened.error.toStdString());
        REQUIRE(opened);
        library = std::move(opened.library);
    }

    QString siteKey() const { return normalizedSiteAddress(site.site().address); }

    qint64 story(const QString &title)
    {
        Story story;
        story.title = title;
        story.beat(Beat::Intended) = u"A tall, proud soufflé."_s;
        story.beat(Beat::WentWrong) = u"The oven door opened too soon."_s;
        story.beat(Beat::Lesson) = u"Leave the door *shut*."_s;
        const qint64 id = library->createStory(story);
        REQUIRE(id > 0);
        return id;
    }

    // What the dialog starts on its worker, with the dialog's choices.
    SitePublishReport publish(qint64 id, const QString &status, const QDateTime &date = {})
    {
        SitePublishJob job;
        job.library = library->handle();
        job.site = site.value(u"SPILL_WP_URL"_s);
        job.storyIds = {id};
        job.status = status;
        job.date = date;
        WordPressClient client(site.site());
        const std::atomic<bool> cancel = false;
        return publishToSite(job, client, {}, cancel);
    }

    QJsonObject post(qint64 id)
    {
        WordPressClient client(site.site());
        WordPressError error;
        const std::optional<QJsonDocument> post =
            client.get(u"posts/%1?context=edit"_s.arg(id), &error);
        INFO(error.message.toStdString());
        REQUIRE(post);
        return post->object();
    }

    // Every post of this run on the site, whatever its status (the
    // administrator sees drafts and scheduled ones too).
    QList<qint64> posts()
    {
        WordPressClient client(site.site());
        WordPressError error;
        const std::optional<QJsonDocument> found =
            client.get(u"posts?status=any&context=edit&per_page=100&search="_s + token, &error);
        INFO(error.message.toStdString());
        REQUIRE(found);
        QList<qint64> ids;
        for (const QJsonValue &post : found->array())
            ids.append(post[u"id"].toInteger());
        return ids;
    }
};

QString gmt(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

} // namespace

TEST_CASE("publish job: a story scheduled for later, then a draft again or published now",
          "[wordpress]")
{
    PublishJobFixture f;
    const qint64 id = f.story(u"Scheduled soufflé %1"_s.arg(f.token));
    // A day and a time on a clock that is not UTC, as the dialog's date
    // field gives them: the site gets the same moment.
    const QDateTime when(QDate::currentDate().addDays(3), QTime(9, 30),
                         QTimeZone(5 * 3600 + 30 * 60));
    const SitePublishReport scheduled = f.publish(id, u"future"_s, when);
    INFO(scheduled.errors.join(u'\n').toStdString());
    REQUIRE(scheduled.ok());
    REQUIRE(scheduled.published.size() == 1);
    const WordPressPost made = scheduled.published.first().post;
    CHECK(made.status == u"future"_s);
    const QJsonObject post = f.post(made.id);
    CHECK(post[u"status"].toString() == u"future"_s);
    CHECK(post[u"date_gmt"].toString() == gmt(when));
    CHECK(f.posts() == QList<qint64> {made.id});
    // Not out yet: the story is not published, the library knows the post.
    CHECK(f.library->story(id)->status == Status::Draft);
    CHECK(f.library->sitePost(id, f.siteKey())->postId == made.id);
    CHECK(f.library->sitePost(id, f.siteKey())->status == u"future"_s);

    SECTION("nominal: republished as a draft, the same post is a draft, no second post")
    {
        const SitePublishReport draft = f.publish(id, u"draft"_s);
        INFO(draft.errors.join(u'\n').toStdString());
        REQUIRE(draft.ok());
        CHECK(draft.published.first().post.id == made.id);
        CHECK(f.post(made.id)[u"status"].toString() == u"draft"_s);
        CHECK(f.posts() == QList<qint64> {made.id});
        CHECK(f.library->sitePost(id, f.siteKey())->status == u"draft"_s);
        CHECK(f.library->story(id)->status == Status::Draft);

        // Published now after all: now, not on the day it was scheduled for.
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const SitePublishReport now = f.publish(id, u"publish"_s);
        INFO(now.errors.join(u'\n').toStdString());
        REQUIRE(now.ok());
        const QJsonObject published = f.post(made.id);
        CHECK(published[u"status"].toString() == u"publish"_s);
        const QDateTime date =
            QDateTime::fromString(published[u"date_gmt"].toString() + u'Z', Qt::ISODate);
        CHECK(date >= before.addSecs(-60));
        CHECK(date <= QDateTime::currentDateTimeUtc().addSecs(60));
        CHECK(f.posts() == QList<qint64> {made.id});
        CHECK(f.library->story(id)->status == Status::Published);
        CHECK(f.library->story(id)->publishedUrl == published[u"link"].toString());
    }

    SECTION("nominal: published now instead of later, the same post goes out now")
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const SitePublishReport now = f.publish(id, u"publish"_s);
        INFO(now.errors.join(u'\n').toStdString());
        REQUIRE(now.ok());
        CHECK(now.published.first().post.id == made.id);
        CHECK(now.published.first().post.status == u"publish"_s);
        const QJsonObject published = f.post(made.id);
        CHECK(published[u"status"].toString() == u"publish"_s);
        const QDateTime date =
            QDateTime::fromString(published[u"date_gmt"].toString() + u'Z', Qt::ISODate);
        CHECK(date >= before.addSecs(-60));
        CHECK(date <= QDateTime::currentDateTimeUtc().addSecs(60));
        CHECK(f.posts() == QList<qint64> {made.id});
        CHECK(f.library->story(id)->status == Status::Published);

        // Republished, it keeps the day it went out.
        const SitePublishReport again = f.publish(id, u"publish"_s);
        REQUIRE(again.ok());
        CHECK(f.post(made.id)[u"date_gmt"].toString() == published[u"date_gmt"].toString());
    }
}

TEST_CASE("publish job: a post whose reply was lost is taken over, never made twice", "[wordpress]")
{
    PublishJobFixture f;
    // Markup and quotes in the title: the post is still known by it.
    const QString title = u"Lost reply %1: \"crumbs\" & <b>butter</b>"_s.arg(f.token);
    const qint64 id = f.story(title);
    {
        const SiteSwitch lost(f.site, u"lose-post-reply"_s);
        const SitePublishReport cut = f.publish(id, u"publish"_s);
        CHECK_FALSE(cut.ok());
        REQUIRE(cut.errors.size() == 1);
        const QString error = cut.errors.first();
        INFO(error.toStdString());
        CHECK(error.contains(u"Story \"%1\""_s.arg(title)));
        CHECK(error.contains(u"sending the post"_s));
        CHECK(error.contains(u"127.0.0.1"_s));
        CHECK(cut.published.isEmpty());
    }
    // WordPress made the post; the library does not know it.
    const QList<qint64> made = f.posts();
    REQUIRE(made.size() == 1);
    CHECK(f.library->sitePost(id, f.siteKey())->postId == 0);
    CHECK(f.library->story(id)->status == Status::Draft);

    const SitePublishReport retry = f.publish(id, u"publish"_s);
    INFO(retry.errors.join(u'\n').toStdString());
    REQUIRE(retry.ok());
    REQUIRE(retry.published.size() == 1);
    const WordPressPost post = retry.published.first().post;
    CHECK(post.id == made.first());
    CHECK(f.posts() == made);
    CHECK(f.library->sitePost(id, f.siteKey())->postId == post.id);
    CHECK(f.library->story(id)->status == Status::Published);
    CHECK(f.library->story(id)->publishedUrl == post.link);
    CHECK(decodeWordPressEntities(f.post(post.id)[u"title"][u"raw"].toString()) == title);

    // Known now: the next publish updates it.
    const SitePublishReport third = f.publish(id, u"publish"_s);
    INFO(third.errors.join(u'\n').toStdString());
    REQUIRE(third.ok());
    CHECK(third.published.first().post.id == post.id);
    CHECK(f.posts() == made);
}
