// SPDX-License-Identifier: GPL-3.0-or-later
// The Publish dialog against a real WordPress: the window stays the
// creator's while a story goes out, and the story follows its post.
#include "media/mediastore.h"
#include "publish/publishdialog.h"
#include "shell/workspace.h"
#include "testsite.h"
#include "wordpress/wordpressclient.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

struct PublishDialogFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    TestSite site = TestSite::load();

    PublishDialogFixture()
    {
        // The dialog reaches the site through the module, as the window does.
        qputenv("SPILL_WORDPRESS_MODULE", SPILL_WORDPRESS_MODULE_FILE);
        REQUIRE(dir.isValid());
        QString error;
        workspace = Workspace::open(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(workspace);
        forgetSites();
    }

    // Preferences live in the test run's shared settings file: each test
    // starts and ends without sites.
    ~PublishDialogFixture() { forgetSites(); }

    void forgetSites()
    {
        for (const WordPressSiteEntry &site : workspace->preferences().wordPressSites())
            workspace->preferences().removeWordPressSite(site);
    }

    qint64 story(const QString &title)
    {
        Story story;
        story.title = title;
        story.beat(Beat::Intended) = u"A **crisp** tart."_s;
        story.beat(Beat::WentWrong) = u"It went soft."_s;
        const qint64 id = workspace->library().createStory(story);
        REQUIRE(id > 0);
        return id;
    }

    // A story with one photo in the library's media store.
    qint64 storyWithPhoto(const QString &title)
    {
        const QString path = dir.filePath(u"tart.jpg"_s);
        QImage image(320, 240, QImage::Format_RGB32);
        // A colour of this run's own, so the site has never seen the file.
        image.fill(QColor::fromRgb(QRandomGenerator::global()->generate()));
        REQUIRE(image.save(path, "JPEG", 90));
        const MediaStore store(workspace->library().folder());
        const ImportedMedia imported = store.import(path);
        REQUIRE(imported.ok());
        MediaItem item = imported.toMediaItem(store.filePath(imported.hash, imported.suffix));
        item.role = MediaRole::Reality;
        item.beat = Beat::WentWrong;
        item.alt = u"A pale, soft tart base"_s;
        Story story;
        story.title = title;
        story.beat(Beat::WentWrong) = u"It went soft."_s;
        story.media = {item};
        const qint64 id = workspace->library().createStory(story);
        REQUIRE(id > 0);
        return id;
    }
};

} // namespace

TEST_CASE("publish dialog: a story goes to WordPress while the window works")
{
    PublishDialogFixture f;
    const qint64 id = f.story(u"Soggy bottom %1"_s.arg(QDateTime::currentMSecsSinceEpoch()));

    SECTION("nominal: without a site, it says how to add one and cannot publish")
    {
        PublishDialog dialog(*f.workspace, {id});
        dialog.show();
        CHECK_FALSE(dialog.publishButton()->isEnabled());
        CHECK(dialog.stepLabel()->isVisible());
        CHECK(dialog.stepLabel()->text().contains(u"application password"_s));
    }

    SECTION("nominal: published now, the post's link is shown and the story is published")
    {
        const WordPressSite site = f.site.site();
        f.workspace->preferences().addWordPressSite({site.address.toString(), site.user});
        PublishDialog dialog(*f.workspace, {id});
        dialog.show();
        REQUIRE(dialog.publishButton()->isEnabled());
        CHECK(dialog.stepLabel()->isHidden());
        dialog.publishNowButton()->setChecked(true);
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        QSignalSpy published(f.workspace.get(), &Workspace::storyPublished);

        // The GUI thread keeps turning while the network works.
        int turns = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] { ++turns; });
        ticker.start(20);
        dialog.publishWith(site.appPassword);
        CHECK(dialog.isRunning());
        CHECK_FALSE(dialog.publishButton()->isEnabled());
        CHECK(dialog.cancelButton()->text() == u"Cancel"_s);
        REQUIRE(finished.wait(60000));
        CHECK(turns > 0);

        const auto report = finished.first().first().value<SitePublishReport>();
        INFO(report.errors.join(u'\n').toStdString());
        REQUIRE(report.ok());
        REQUIRE(report.published.size() == 1);
        const SitePublished story = report.published.first();
        CHECK(story.post.status == u"publish"_s);
        CHECK(dialog.resultLabel()->text().contains(story.post.link.toHtmlEscaped()));
        CHECK(dialog.resultLabel()->text().contains(u"published"_s));
        CHECK(dialog.cancelButton()->text() == u"Close"_s);
        REQUIRE(published.size() == 1);
        CHECK(published.first().at(0).toLongLong() == id);

        const std::optional<Story> stored = f.workspace->library().story(id);
        REQUIRE(stored);
        CHECK(stored->status == Status::Published);
        CHECK(stored->publishedUrl == story.post.link);
        const QString siteKey = normalizedSiteAddress(site.address);
        CHECK(f.workspace->library().sitePost(id, siteKey)->postId == story.post.id);
    }

    SECTION("error: a wrong password is shown in the dialog and nothing is kept")
    {
        const WordPressSite site = f.site.site();
        f.workspace->preferences().addWordPressSite({site.address.toString(), site.user});
        PublishDialog dialog(*f.workspace, {id});
        dialog.show();
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publishWith(u"abcd efgh ijkl mnop qrst uvwx"_s);
        REQUIRE(finished.wait(60000));
        REQUIRE(dialog.problemList()->count() >= 1);
        CHECK(dialog.problemList()->item(0)->text().contains(
            u"did not accept the user name and application password"_s));
        CHECK(dialog.publishButton()->isEnabled());
        CHECK(f.workspace->library().story(id)->status == Status::Draft);
    }
}

TEST_CASE("publish dialog: copy for WordPress uploads the photos first, and makes no post")
{
    PublishDialogFixture f;
    const WordPressSite site = f.site.site();
    f.workspace->preferences().addWordPressSite({site.address.toString(), site.user});
    const QString title = u"Soft tart %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const qint64 id = f.storyWithPhoto(title);
    const QString siteKey = normalizedSiteAddress(site.address);

    PublishDialog dialog(*f.workspace, {id}, nullptr, PublishDialog::Purpose::CopyBlocks);
    dialog.show();
    CHECK(dialog.windowTitle() == u"Copy for WordPress"_s);
    CHECK(dialog.publishButton()->text() == u"&Upload and Copy"_s);
    // No post is made, so there is nothing to choose about one.
    CHECK(dialog.draftButton()->isHidden());
    CHECK(dialog.scheduleEdit()->isHidden());
    QGuiApplication::clipboard()->clear();
    QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
    dialog.publishWith(site.appPassword);
    REQUIRE(finished.wait(60000));
    const auto report = finished.first().first().value<SitePublishReport>();
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    REQUIRE(report.published.size() == 1);
    CHECK(report.published.first().uploaded == 1);

    // The clipboard holds the post's blocks, showing the photo on the site.
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied == report.published.first().blocks);
    CHECK(copied.contains(u"<!-- wp:image"_s));
    CHECK(copied.contains(u"alt=\"A pale, soft tart base\""_s));
    CHECK_FALSE(copied.contains(f.dir.path()));
    CHECK(dialog.resultLabel()->text().contains(u"Copied"_s));

    // The photo is in the site's media library with its alt text; the image
    // block points at it.
    WordPressClient client(site);
    WordPressError error;
    const QHash<QString, SiteUpload> uploads = *f.workspace->library().siteUploads(siteKey);
    REQUIRE(uploads.size() >= 1);
    bool shown = false;
    for (const SiteUpload &upload : uploads) {
        if (!copied.contains(u"wp-image-%1"_s.arg(upload.mediaId)))
            continue;
        shown = true;
        const std::optional<QJsonDocument> media =
            client.get(u"media/%1?context=edit"_s.arg(upload.mediaId), &error);
        INFO(error.message.toStdString());
        REQUIRE(media);
        CHECK(media->object().value(u"alt_text"_s).toString() == u"A pale, soft tart base"_s);
        CHECK(copied.contains(upload.url));
    }
    CHECK(shown);

    // No post was made, and the story did not change.
    CHECK(f.workspace->library().sitePost(id, siteKey)->postId == 0);
    CHECK(f.workspace->library().story(id)->status == Status::Draft);
    const std::optional<QJsonDocument> posts =
        client.get(u"posts?search=%1&status=draft,publish,future&context=edit"_s.arg(
                       QString::fromLatin1(QUrl::toPercentEncoding(title))),
                   &error);
    REQUIRE(posts);
    CHECK(posts->array().isEmpty());

    // Publishing afterwards reuses the photo: nothing goes up twice.
    PublishDialog publish(*f.workspace, {id});
    QSignalSpy published(&publish, &PublishDialog::publishFinished);
    publish.publishWith(site.appPassword);
    REQUIRE(published.wait(60000));
    const auto second = published.first().first().value<SitePublishReport>();
    INFO(second.errors.join(u'\n').toStdString());
    REQUIRE(second.ok());
    CHECK(second.published.first().uploaded == 0);
    CHECK(second.published.first().post.id > 0);
}
