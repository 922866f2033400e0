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
#include "write/storylistmodel.h"
#include "write/storylistpanel.h"
#include "write/trashpreview.h"
#include "write/writeplace.h"
#include "writeplacefixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Spill;
using namespace std::chrono_literals;

namespace {

using Fixture = Test::WritePlaceFixture;
using Test::settle;
using Test::showPlace;

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
