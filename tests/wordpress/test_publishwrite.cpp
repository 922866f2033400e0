// SPDX-License-Identifier: GPL-3.0-or-later
// A story open in the Write place while the Publish dialog sends it to the
// real WordPress: the open story follows its post, and keeps following it
// when it is saved again.
#include "document/storydocument.h"
#include "editor/metadatapanel.h"
#include "editor/storyeditor.h"
#include "publish/publishdialog.h"
#include "shell/workspace.h"
#include "testsite.h"
#include "write/writeplace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;
using namespace std::chrono_literals;

namespace {

struct PublishWriteFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    TestSite site = TestSite::load();
    WritePlace::Options options;

    PublishWriteFixture()
    {
        qputenv("SPILL_WORDPRESS_MODULE", SPILL_WORDPRESS_MODULE_FILE);
        REQUIRE(dir.isValid());
        QString error;
        workspace = Workspace::open(dir.filePath(u"library"_s), &error);
        INFO(error.toStdString());
        REQUIRE(workspace);
        options.autosaveDelay = 200ms;
        options.settingsFile = dir.filePath(u"config/spill/spill.ini"_s);
        options.dictionaryPath = dir.filePath(u"dictionary.txt"_s);
        forgetSites();
    }

    // The sites live in the run's shared preferences: none before, none after.
    ~PublishWriteFixture() { forgetSites(); }

    void forgetSites()
    {
        for (const WordPressSiteEntry &site : workspace->preferences().wordPressSites())
            workspace->preferences().removeWordPressSite(site);
    }

    // What another connection sees: the autosaver's writes.
    Story stored(qint64 id)
    {
        QString error;
        const std::unique_ptr<Library> other = Library::connect(workspace->handle(), &error);
        REQUIRE(other);
        const std::optional<Story> story = other->story(id);
        REQUIRE(story);
        return *story;
    }
};

} // namespace

TEST_CASE("publish dialog: a story open in the Write place follows its post")
{
    PublishWriteFixture f;
    Story story;
    story.title = u"Slumped pavlova %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    story.beat(Beat::Intended) = u"Crisp white peaks."_s;
    story.beat(Beat::WentWrong) = u"It wept sugar syrup."_s;
    const qint64 id = f.workspace->library().createStory(story);
    REQUIRE(id > 0);

    WritePlace place(*f.workspace, f.options);
    place.resize(1100, 720);
    place.show();
    REQUIRE(QTest::qWaitForWindowExposed(&place));
    place.openStory(id);
    StoryEditor *editor = place.editor();
    REQUIRE(QTest::qWaitFor(
        [&] {
            return place.currentStoryId() == id && !place.isLoading() && editor->document() &&
                editor->document()->id() == id;
        },
        20000));
    MetadataPanel *metadata = editor->metadata();
    REQUIRE(metadata->statusBox()->currentData().toInt() == int(Status::Draft));

    const WordPressSite site = f.site.site();
    f.workspace->preferences().addWordPressSite({site.address.toString(), site.user});
    PublishDialog dialog(*f.workspace, {id});
    dialog.show();
    dialog.publishNowButton()->setChecked(true);
    QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
    dialog.publishWith(site.appPassword);
    REQUIRE(finished.wait(60000));
    const auto report = finished.first().first().value<SitePublishReport>();
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    REQUIRE(report.published.size() == 1);
    const QString link = report.published.first().post.link;
    REQUIRE_FALSE(link.isEmpty());

    // The open story shows it at once: its document, the status box and
    // the address under it.
    CHECK(editor->document()->story().status == Status::Published);
    CHECK(editor->document()->story().publishedUrl == link);
    CHECK(metadata->statusBox()->currentData().toInt() == int(Status::Published));
    CHECK(metadata->publishedUrlEdit()->isVisibleTo(&place));
    CHECK(metadata->publishedUrlEdit()->text() == link);
    // What the site says is not an edit: no undo takes it back to Draft.
    CHECK_FALSE(editor->document()->undoStack()->canUndo());

    // Written on: the autosave keeps it published at the post's address.
    const QString more = u" (again)"_s;
    metadata->titleEdit()->setFocus();
    metadata->titleEdit()->end(false);
    QTest::keyClicks(metadata->titleEdit(), more);
    REQUIRE(editor->document()->story().title == story.title + more);
    REQUIRE(QTest::qWaitFor([&] { return f.stored(id).title == story.title + more; }, 20000));
    const Story saved = f.stored(id);
    CHECK(saved.status == Status::Published);
    CHECK(saved.publishedUrl == link);
    CHECK(saved.beat(Beat::WentWrong) == story.beat(Beat::WentWrong));
}
