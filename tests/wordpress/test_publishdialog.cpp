// SPDX-License-Identifier: GPL-3.0-or-later
// The Publish dialog against a real WordPress: the window stays the
// creator's while a story goes out, and the story follows its post.
#include "publish/publishdialog.h"
#include "shell/workspace.h"
#include "testsite.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    TestSite site = TestSite::load();

    Fixture()
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
    ~Fixture() { forgetSites(); }

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
};

} // namespace

TEST_CASE("publish dialog: a story goes to WordPress while the window works")
{
    Fixture f;
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
