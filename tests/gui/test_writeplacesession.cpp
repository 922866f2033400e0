// SPDX-License-Identifier: GPL-3.0-or-later
// The Write place across stories and sessions: each story's own undo, where
// a story opens, and the story and beat reopened after Spill was killed.
#include "editor/editorposition.h"
#include "editor/metadatapanel.h"
#include "editor/storyeditor.h"
#include "editorundo.h"
#include "testsupport.h"
#include "write/sessionstate.h"
#include "writeplacefixture.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScrollArea>
#include <QScrollBar>

using namespace Spill;
using Fixture = Test::WritePlaceFixture;
using Test::settle;
using Test::showPlace;

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
