// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/coachpanel.h"
#include "editor/metadatapanel.h"
#include "editor/storyeditor.h"
#include "editor/tagedit.h"
#include "editor/welcomepanel.h"
#include "editorundo.h"
#include "library/library.h"
#include "library/libraryservice.h"
#include "media/mediastore.h"
#include "shell/workspace.h"
#include "testsupport.h"
#include "write/revisionsdialog.h"
#include "write/savestatus.h"
#include "write/sessionstate.h"
#include "write/storylistmodel.h"
#include "write/storylistpanel.h"
#include "write/trashpreview.h"
#include "write/writeplace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Spill;
using namespace std::chrono_literals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    WritePlace::Options options;

    Fixture()
    {
        REQUIRE(dir.isValid());
        QString error;
        workspace = Workspace::open(libraryPath(), &error);
        REQUIRE(workspace);
        options.autosaveDelay = 200ms;
        options.settingsFile = settingsPath();
        options.dictionaryPath = dir.filePath(QStringLiteral("dictionary.txt"));
    }
    QString libraryPath() const { return dir.filePath(QStringLiteral("lib")); }
    QString settingsPath() const { return dir.filePath(QStringLiteral("config/spill/spill.ini")); }

    qint64 addStory(const QString &title, const QString &intended = {})
    {
        Story story;
        story.title = title;
        story.beat(Beat::Intended) = intended;
        const qint64 id = workspace->library().createStory(story);
        REQUIRE(id != 0);
        return id;
    }

    // What another connection sees: the autosaver's writes, not the editor's.
    std::optional<Story> storedStory(qint64 id)
    {
        QString error;
        const std::unique_ptr<Library> other = Library::connect(workspace->handle(), &error);
        REQUIRE(other);
        return other->story(id);
    }
};

// Waits until what the place asked of the library has arrived: the story,
// the list's pages, and whatever was queued behind them.
void settle(WritePlace &place, Workspace &workspace)
{
    const auto idle = [&] {
        return !place.isLoading() && !place.storyList()->storiesModel()->isLoading() &&
            !place.storyList()->trashModel()->isLoading();
    };
    for (int round = 0; round < 3; ++round) {
        REQUIRE(QTest::qWaitFor(idle, 10000));
        const QFuture<LibraryResult<int>> last = workspace.service().countStories({});
        REQUIRE(QTest::qWaitFor([&] { return last.isFinished(); }, 10000));
        QCoreApplication::processEvents();
    }
    REQUIRE(QTest::qWaitFor(idle, 10000));
}

void showPlace(WritePlace &place, Workspace &workspace)
{
    place.resize(1100, 720);
    place.show();
    place.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&place));
    QCoreApplication::processEvents(); // the deferred start
    settle(place, workspace);
}

bool hasFinding(const CoachPanel *coach, const QString &id)
{
    const QList<CoachFinding> findings = coach->findings();
    return std::any_of(findings.begin(), findings.end(),
                       [&](const CoachFinding &finding) { return finding.id == id; });
}

const std::array<QString, BeatCount> BeatTexts = {
    QStringLiteral("A tall cheese souffle for my sister."),
    QStringLiteral("I opened the oven door and it sank."),
    QStringLiteral("We ate it on toast as rarebit."),
    QStringLiteral("Keep the oven door shut for 25 minutes."),
    QStringLiteral("What is your worst oven moment?"),
};

} // namespace

TEST_CASE("write place: a story written with the keyboard is saved")
{
    Fixture fixture;
    WritePlace place(*fixture.workspace, fixture.options);
    showPlace(place, *fixture.workspace);
    REQUIRE(place.isShowingWelcome());

    StoryEditor *editor = place.editor();
    QTest::keyClick(&place, Qt::Key_N, Qt::ControlModifier);
    REQUIRE_FALSE(place.isShowingWelcome());
    REQUIRE(QApplication::focusWidget() == editor->metadata()->titleEdit());
    const QString title = QStringLiteral("The Souffle That Sighed at Dinner");
    QTest::keyClicks(QApplication::focusWidget(), title);

    for (Beat beat : AllBeats) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + beatIndex(beat)),
                        Qt::ControlModifier);
        REQUIRE(QApplication::focusWidget() == editor->beatEditor(beat));
        QTest::keyClicks(editor->beatEditor(beat), BeatTexts.at(beatIndex(beat)));
    }

    SECTION("nominal: the coach sees every beat written")
    {
        CHECK(QTest::qWaitFor(
            [&] { return hasFinding(place.coach(), QStringLiteral("beats-written")); }));
        CHECK_FALSE(hasFinding(place.coach(), QStringLiteral("beat-empty:lesson")));
    }

    SECTION("nominal: undo takes back the story's last edit, wherever the focus is in it")
    {
        Test::EditorUndo undo {*editor};
        QPlainTextEdit *lesson = editor->beatEditor(Beat::Lesson);
        QPlainTextEdit *ask = editor->beatEditor(Beat::CallToAction);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
        REQUIRE(lesson->hasFocus());
        QTest::keyClick(lesson, Qt::Key_Z, Qt::ControlModifier);
        // The last words typed were the call to action's: they go, and the
        // creator is shown where.
        CHECK(ask->toPlainText() == QStringLiteral("What is your worst oven "));
        CHECK(ask->hasFocus());
        CHECK(lesson->toPlainText() == BeatTexts.at(3));
        CHECK(editor->story().beat(Beat::CallToAction) == ask->toPlainText());
        QTest::keyClick(ask, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(ask->toPlainText() == BeatTexts.at(4));
    }

    SECTION("nominal: after the autosave delay the library holds every word")
    {
        REQUIRE(QTest::qWaitFor([&] { return place.currentStoryId() != 0; }, 5000));
        const qint64 id = place.currentStoryId();
        REQUIRE(QTest::qWaitFor(
            [&] {
                const std::optional<Story> stored = fixture.storedStory(id);
                return stored && stored->beat(Beat::CallToAction) == BeatTexts.at(4);
            },
            5000));
        const std::optional<Story> stored = fixture.storedStory(id);
        CHECK(stored->title == title);
        for (Beat beat : AllBeats)
            CHECK(stored->beat(beat) == BeatTexts.at(beatIndex(beat)));
        CHECK(QTest::qWaitFor(
            [&] { return place.saveStatus()->state() == SaveStatus::State::Saved; }));

        StoryListModel *model = place.storyList()->storiesModel();
        CHECK(QTest::qWaitFor([&] { return model->rowCount() == 1; }));
        CHECK(model->index(0).data().toString() == title);
    }
}

TEST_CASE("write place: each story keeps its own undo while switching")
{
    Fixture fixture;
    const qint64 custard = fixture.addStory(QStringLiteral("Split custard"));
    const qint64 toast = fixture.addStory(QStringLiteral("Burnt toast"));
    WritePlace place(*fixture.workspace, fixture.options);
    showPlace(place, *fixture.workspace);
    Test::EditorUndo undo {*place.editor()};
    QLineEdit *title = place.editor()->metadata()->titleEdit();

    auto typeTitle = [&](const QString &text) {
        title->setFocus(Qt::TabFocusReason);
        title->end(false);
        QTest::keyClicks(title, text);
    };

    place.openStory(custard);
    settle(place, *fixture.workspace); // read from the library the first time
    typeTitle(QStringLiteral(" again"));
    place.openStory(toast); // opened before: shown at once
    REQUIRE(title->text() == QStringLiteral("Burnt toast"));
    typeTitle(QStringLiteral(" twice"));

    place.openStory(custard);
    CHECK(title->text() == QStringLiteral("Split custard again"));
    title->setFocus(Qt::TabFocusReason);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    CHECK(title->text() == QStringLiteral("Split custard"));

    place.openStory(toast);
    CHECK(title->text() == QStringLiteral("Burnt toast twice"));
    title->setFocus(Qt::TabFocusReason);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    CHECK(title->text() == QStringLiteral("Burnt toast"));

    // Each undo reached the library, in its own story.
    CHECK(QTest::qWaitFor(
        [&] {
            const std::optional<Story> a = fixture.storedStory(custard);
            const std::optional<Story> b = fixture.storedStory(toast);
            return a && b && a->title == QStringLiteral("Split custard") &&
                b->title == QStringLiteral("Burnt toast");
        },
        5000));
}

TEST_CASE("write place: a story opens where it was left this session, a new one at the top")
{
    Fixture fixture;
    const QString longBeat = QStringLiteral("The oven ran hot.\n\n").repeated(30);
    const auto addLong = [&](const QString &title) {
        Story story;
        story.title = title;
        for (Beat beat : AllBeats)
            story.beat(beat) = longBeat;
        const qint64 id = fixture.workspace->library().createStory(story);
        REQUIRE(id != 0);
        return id;
    };
    const qint64 toast = addLong(QStringLiteral("Burnt toast"));
    // The newest story: the one the place shows first.
    const qint64 custard = addLong(QStringLiteral("Split custard"));
    WritePlace place(*fixture.workspace, fixture.options);
    showPlace(place, *fixture.workspace);
    StoryEditor *editor = place.editor();
    QScrollArea *page = nullptr;
    for (QScrollArea *area : editor->findChildren<QScrollArea *>()) {
        if (area->widget() && area->widget()->isAncestorOf(editor->beatEditor(Beat::Lesson)))
            page = area;
    }
    REQUIRE(page);
    const auto scrolled = [&] { return page->verticalScrollBar()->value(); };

    REQUIRE(place.currentStoryId() == custard);
    const EditorPosition inLesson {EditorPosition::Field::Beat, Beat::Lesson, 40};
    editor->setPosition(inLesson);
    QCoreApplication::processEvents();
    REQUIRE(scrolled() > 0);
    const int lessonScroll = scrolled();

    place.openStory(toast);
    settle(place, *fixture.workspace);
    QCoreApplication::processEvents();
    CHECK(place.currentStoryId() == toast);
    CHECK(editor->position() == EditorPosition {EditorPosition::Field::Beat, Beat::Intended, 0});
    CHECK(QApplication::focusWidget() == editor->beatEditor(Beat::Intended));
    CHECK(scrolled() < lessonScroll);

    place.openStory(custard);
    QCoreApplication::processEvents();
    CHECK(editor->position() == inLesson);
    CHECK(QApplication::focusWidget() == editor->beatEditor(Beat::Lesson));
    CHECK(scrolled() > 0);
}

TEST_CASE("write place: duplicate, trash with undo, restore and empty trash")
{
    Fixture fixture;
    const qint64 older = fixture.addStory(QStringLiteral("Burnt toast"));
    const qint64 newer =
        fixture.addStory(QStringLiteral("Split mayonnaise"), QStringLiteral("Eggs."));
    WritePlace place(*fixture.workspace, fixture.options);
    showPlace(place, *fixture.workspace);
    StoryListModel *stories = place.storyList()->storiesModel();
    REQUIRE(stories->rowCount() == 2);
    REQUIRE(place.currentStoryId() == newer); // the newest, with no session to go back to

    SECTION("nominal: duplicate opens the copy")
    {
        place.duplicateStory(newer);
        // The pending edits are written, then the copy made, then opened.
        REQUIRE(QTest::qWaitFor(
            [&] { return place.currentStoryId() != newer && !place.isLoading(); }, 10000));
        settle(place, *fixture.workspace);
        CHECK(stories->rowCount() == 3);
        CHECK(place.editor()->story().title == QStringLiteral("Split mayonnaise (copy)"));
        CHECK(place.editor()->story().beat(Beat::Intended) == QStringLiteral("Eggs."));
    }

    SECTION("nominal: Delete in the list moves to the trash, Undo brings it back")
    {
        QListView *view = place.storyList()->storiesView();
        view->setFocus();
        view->setCurrentIndex(stories->indexOfStory(older));
        QTest::keyClick(view, Qt::Key_Delete);
        settle(place, *fixture.workspace);
        CHECK(stories->rowCount() == 1);
        CHECK(place.undoButton()->isVisible());
        CHECK(place.currentStoryId() == newer);
        QTest::mouseClick(place.undoButton(), Qt::LeftButton);
        settle(place, *fixture.workspace);
        CHECK(stories->rowCount() == 2);
        CHECK(place.currentStoryId() == older);
    }

    SECTION("nominal: the trash undone with Ctrl+Z, not the message's Undo: the message goes, "
            "the story comes back")
    {
        place.trashStory(newer);
        settle(place, *fixture.workspace);
        REQUIRE(place.currentStoryId() == older);
        REQUIRE(place.undoButton()->isVisible());
        // What the Edit menu's Undo (Ctrl+Z) does outside a story.
        fixture.workspace->libraryUndoStack()->undo();
        settle(place, *fixture.workspace);
        CHECK_FALSE(place.undoButton()->isVisible());
        CHECK(stories->rowCount() == 2);
        CHECK(place.currentStoryId() == newer);
    }

    SECTION("nominal: trashing the open story opens another; the trash view restores it")
    {
        place.trashStory(newer);
        settle(place, *fixture.workspace);
        CHECK(place.currentStoryId() == older);
        place.storyList()->showTrash(true);
        settle(place, *fixture.workspace);
        StoryListModel *trash = place.storyList()->trashModel();
        REQUIRE(trash->rowCount() == 1);
        place.storyList()->trashView()->setCurrentIndex(trash->index(0));
        place.storyList()->restoreAction()->trigger();
        settle(place, *fixture.workspace);
        CHECK(stories->rowCount() == 2);
        CHECK(trash->rowCount() == 0);
    }

    SECTION("nominal: a story selected in the trash is shown read-only, with Restore")
    {
        place.trashStory(newer);
        settle(place, *fixture.workspace);
        place.storyList()->showTrash(true);
        settle(place, *fixture.workspace);
        TrashPreview *preview = place.trashPreview();
        REQUIRE(preview->isVisible());
        CHECK_FALSE(place.editor()->isVisible());
        CHECK_FALSE(preview->restoreButton()->isVisible()); // nothing selected yet
        StoryListModel *trash = place.storyList()->trashModel();
        REQUIRE(trash->rowCount() == 1);
        place.storyList()->trashView()->setCurrentIndex(trash->index(0));
        REQUIRE(QTest::qWaitFor([&] { return preview->storyId() == newer; }, 10000));
        CHECK(preview->titleLabel()->text() == QStringLiteral("Split mayonnaise"));
        CHECK(preview->trashedLabel()->text().startsWith(QStringLiteral("In the trash since")));
        CHECK(preview->text()->toPlainText().contains(QStringLiteral("Eggs.")));
        CHECK(preview->text()->isReadOnly());
        REQUIRE(preview->restoreButton()->isVisible());

        QTest::mouseClick(preview->restoreButton(), Qt::LeftButton);
        settle(place, *fixture.workspace);
        CHECK(trash->rowCount() == 0);
        CHECK(stories->rowCount() == 2);
        CHECK_FALSE(place.storyList()->isShowingTrash());
        CHECK(place.currentStoryId() == newer);
        CHECK(place.editor()->isVisible());
    }

    SECTION("nominal: closing the trash shows the story that was open")
    {
        place.storyList()->showTrash(true);
        settle(place, *fixture.workspace);
        CHECK(place.trashPreview()->isVisible());
        CHECK(place.trashPreview()->messageLabel()->text() ==
              QStringLiteral("The trash is empty."));
        place.storyList()->showTrash(false);
        CHECK(place.editor()->isVisible());
        CHECK(place.currentStoryId() == newer);
    }

    SECTION("nominal: empty trash asks, then deletes for good")
    {
        place.trashStory(older);
        settle(place, *fixture.workspace);
        place.trashStory(newer);
        settle(place, *fixture.workspace);
        CHECK(place.isShowingWelcome());
        place.storyList()->showTrash(true);
        settle(place, *fixture.workspace);
        place.emptyTrash();
        auto *box = place.findChild<QMessageBox *>(QStringLiteral("emptyTrashConfirmation"));
        REQUIRE(box);
        QPushButton *confirm = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                confirm = qobject_cast<QPushButton *>(button);
        }
        REQUIRE(confirm);
        confirm->click();
        settle(place, *fixture.workspace);
        StoryQuery all;
        all.trash = StoryQuery::Trash::Include;
        CHECK(fixture.workspace->library().countStories(all) == 0);
        CHECK(place.storyList()->trashModel()->rowCount() == 0);
    }
}

TEST_CASE("write place: the revisions dialog restores an earlier version")
{
    Fixture fixture;
    const qint64 id = fixture.addStory(QStringLiteral("Curdled custard"));
    WritePlace place(*fixture.workspace, fixture.options);
    showPlace(place, *fixture.workspace);
    REQUIRE(place.currentStoryId() == id);
    QPlainTextEdit *intended = place.editor()->beatEditor(Beat::Intended);
    place.editor()->focusBeat(Beat::Intended);
    QTest::keyClicks(intended, QStringLiteral("First draft."));
    // The version is the story as it is when asked for, whatever is typed
    // and saved while it is being written.
    place.saveRevision();
    QTest::keyClicks(intended, QStringLiteral(" Second thoughts."));
    REQUIRE(place.flush());
    REQUIRE(QTest::qWaitFor(
        [&] { return place.messageLabel()->text().contains(QStringLiteral("Version saved")); },
        10000));
    REQUIRE(fixture.storedStory(id)->beat(Beat::Intended) ==
            QStringLiteral("First draft. Second thoughts."));

    place.showRevisions(); // once the pending edits are written
    REQUIRE(QTest::qWaitFor([&] { return place.revisionsDialog() != nullptr; }, 10000));
    RevisionsDialog *dialog = place.revisionsDialog();
    REQUIRE(QTest::qWaitFor([&] { return dialog->list()->count() >= 1; }, 10000));
    int manual = -1;
    for (int row = 0; row < dialog->list()->count(); ++row) {
        if (dialog->list()->item(row)->text().contains(
                RevisionsDialog::reasonLabel(Library::RevisionManual)))
            manual = row;
    }
    REQUIRE(manual >= 0);
    dialog->list()->setCurrentRow(manual);
    CHECK(QTest::qWaitFor(
        [&] { return dialog->preview()->toPlainText().contains(QStringLiteral("First draft.")); },
        10000));
    CHECK_FALSE(dialog->preview()->toPlainText().contains(QStringLiteral("Second thoughts")));
    dialog->restoreButton()->click();

    CHECK(QTest::qWaitFor([&] { return intended->toPlainText() == QStringLiteral("First draft."); },
                          10000));
    CHECK(fixture.storedStory(id)->beat(Beat::Intended) == QStringLiteral("First draft."));
    // The state before the restore is kept as a version of its own.
    const QList<RevisionInfo> revisions = fixture.workspace->library().revisions(id);
    CHECK(std::any_of(revisions.begin(), revisions.end(), [](const RevisionInfo &revision) {
        return revision.reason == Library::RevisionBeforeRestore;
    }));
}

TEST_CASE("write place: an empty library welcomes with the sample story")
{
    Fixture fixture;
    WritePlace place(*fixture.workspace, fixture.options);
    showPlace(place, *fixture.workspace);
    REQUIRE(place.isShowingWelcome());
    REQUIRE(place.welcome()->isVisible());

    QSignalSpy added(&place, &WritePlace::sampleStoryAdded);
    QTest::mouseClick(place.welcome()->sampleButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return added.count() == 1; }, 20000));
    const qint64 id = added.first().first().toLongLong();
    settle(place, *fixture.workspace);
    CHECK(place.currentStoryId() == id);
    CHECK_FALSE(place.isShowingWelcome());
    const std::optional<Story> stored = fixture.storedStory(id);
    REQUIRE(stored);
    CHECK(stored->title.startsWith(QStringLiteral("The Soufflé")));
    REQUIRE(stored->media.size() == 2);
    for (const MediaItem &item : stored->media) {
        CHECK_FALSE(item.hash.isEmpty());
        CHECK(QFile::exists(fixture.workspace->mediaStore().mediaDir() + QLatin1Char('/') +
                            item.hash + QStringLiteral(".jpg")));
    }
    CHECK(place.editor()->story().title == stored->title);
}

TEST_CASE("write place: reopens the story and beat after Spill was killed")
{
    Fixture fixture;
    const qint64 id =
        fixture.addStory(QStringLiteral("Salt instead of sugar"), QStringLiteral("Meringues."));
    Story story = *fixture.workspace->library().story(id);
    story.beat(Beat::Lesson) = QStringLiteral("Label the jars. Taste before you bake.");
    REQUIRE(fixture.workspace->library().saveStory(story));
    const QString position = QStringLiteral("beat:lesson:9");
    SessionState(fixture.libraryPath(), fixture.settingsPath()).save(id, position);
    fixture.workspace.reset(); // the real Spill takes the library

    QProcess spill;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), fixture.dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), fixture.dir.filePath(QStringLiteral("data")));
    spill.setProcessEnvironment(env);
    spill.start(QStringLiteral(SPILL_EXECUTABLE),
                {QStringLiteral("--library"), fixture.libraryPath()});
    REQUIRE(spill.waitForStarted());
    // The window is up once the lock is held and the event loop has run a
    // while; then the process dies without a chance to clean up.
    REQUIRE(QTest::qWaitFor(
        [&] { return QFile::exists(fixture.dir.filePath(QStringLiteral("lib/library.lock"))); },
        10000));
    QTest::qWait(1500);
    REQUIRE(spill.state() == QProcess::Running);
    spill.kill();
    REQUIRE(spill.waitForFinished());

    QString error;
    fixture.workspace = Workspace::open(fixture.libraryPath(), &error);
    REQUIRE(fixture.workspace);
    REQUIRE_FALSE(fixture.workspace->isReadOnly());
    WritePlace place(*fixture.workspace, fixture.options);
    showPlace(place, *fixture.workspace);
    CHECK(place.currentStoryId() == id);
    CHECK(place.editor()->position().toString() == position);
    CHECK(QApplication::focusWidget() == place.editor()->beatEditor(Beat::Lesson));
    CHECK(place.editor()->beatEditor(Beat::Lesson)->toPlainText() == story.beat(Beat::Lesson));
}

TEST_CASE("write place: a read-only library says why and takes no edits")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("lib"));
    QString error;
    std::unique_ptr<Workspace> writer = Workspace::open(folder, &error);
    REQUIRE(writer);
    Story story;
    story.title = QStringLiteral("Locked soup");
    REQUIRE(writer->library().createStory(story) != 0);
    // A second Spill on the same folder finds it locked.
    std::unique_ptr<Workspace> reader = Workspace::open(folder, &error);
    REQUIRE(reader);
    REQUIRE(reader->isReadOnly());

    WritePlace::Options options;
    options.settingsFile = dir.filePath(QStringLiteral("spill.ini"));
    options.dictionaryPath = dir.filePath(QStringLiteral("dictionary.txt"));
    WritePlace place(*reader, options);
    showPlace(place, *reader);
    auto *banner = place.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("read-only")));
    CHECK(place.editor()->beatEditor(Beat::Intended)->isReadOnly());
    CHECK_FALSE(place.editor()->metadata()->isEnabled());
}

TEST_CASE("write place: a tag added in the Gallery reaches the open story")
{
    Fixture fixture;
    const qint64 open = fixture.addStory(QStringLiteral("Split hollandaise"));
    WritePlace place(*fixture.workspace, fixture.options);
    showPlace(place, *fixture.workspace);
    REQUIRE(place.currentStoryId() == open);
    auto *tags = place.findChild<TagEdit *>();
    REQUIRE(tags);

    SECTION("nominal: the open story shows the tag, and its next save keeps it")
    {
        emit fixture.workspace->tagAdded({open, open + 100}, QStringLiteral("sauces"));
        CHECK(tags->tags() == QStringList {QStringLiteral("sauces")});
        // An edit after the tag was added: the save carries both.
        auto *title = place.findChild<QLineEdit *>(QStringLiteral("title"));
        REQUIRE(title);
        title->setFocus();
        QTest::keyClick(title, Qt::Key_End);
        QTest::keyClicks(title, QStringLiteral(" again"));
        REQUIRE(place.flush());
        const std::optional<Story> stored = fixture.storedStory(open);
        REQUIRE(stored);
        CHECK(stored->tags == QStringList {QStringLiteral("sauces")});
        CHECK(stored->title == QStringLiteral("Split hollandaise again"));
    }

    SECTION("nominal: other stories' tags and tags it has leave it alone")
    {
        tags->setFocus();
        QTest::keyClicks(tags, QStringLiteral("Sauces"));
        REQUIRE(place.editor()->story().tags == QStringList {QStringLiteral("Sauces")});
        emit fixture.workspace->tagAdded({open + 100}, QStringLiteral("eggs"));
        emit fixture.workspace->tagAdded({open}, QStringLiteral("sauces"));
        CHECK(tags->tags() == QStringList {QStringLiteral("Sauces")});
    }
}

TEST_CASE("write place: a narrow window never cuts the page off")
{
    Fixture fixture;
    fixture.addStory(QStringLiteral("Crêpes Suzette: the flambé that never caught"));
    WritePlace place(*fixture.workspace, fixture.options);
    showPlace(place, *fixture.workspace);
    auto *scroll = place.findChild<QScrollArea *>(QStringLiteral("pageScroll"));
    REQUIRE(scroll);

    SECTION("nominal: the side columns give way first, down to the place's minimum")
    {
        place.resize(400, 700); // smaller than it can be: it stops at its minimum
        QCoreApplication::processEvents();
        CHECK(place.width() >= place.minimumSizeHint().width());
        CHECK(scroll->viewport()->width() >= scroll->widget()->minimumSizeHint().width());
        CHECK(scroll->widget()->width() == scroll->viewport()->width());
        auto *coach = place.findChild<QWidget *>(QStringLiteral("coachArea"));
        REQUIRE(coach);
        CHECK(coach->width() >= coach->minimumWidth());
    }
}
