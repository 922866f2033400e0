// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/storyeditor.h"
#include "gallery/galleryplace.h"
#include "gallery/galleryview.h"
#include "mainwindowfixture.h"
#include "shell/mainwindow.h"
#include "shell/spillstyle.h"
#include "shell/storyfileopener.h"
#include "shell/workspace.h"
#include "testsupport.h"
#include "write/writeplace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Spill;
using Place = MainWindow::Place;

TEST_CASE("main window: the three places")
{
    Test::TempWorkspace library;
    Workspace *const workspace = library.workspace.get();
    const QTemporaryDir &dir = library.dir; // the library's folder
    MainWindow window(*workspace);
    Test::showActive(window);

    SECTION("nominal: it opens on Write, with the library's folder shown")
    {
        CHECK(window.currentPlace() == Place::Write);
        CHECK(window.libraryPath() == dir.path());
        CHECK(window.windowTitle().contains(QStringLiteral("Spill")));
    }

    SECTION("nominal: Alt+1, Alt+2 and Alt+3 switch places from the keyboard")
    {
        QSignalSpy changed(&window, &MainWindow::placeChanged);
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        CHECK(window.currentPlace() == Place::Gallery);
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        CHECK(window.currentPlace() == Place::Export);
        QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
        CHECK(window.currentPlace() == Place::Write);
        CHECK(changed.count() == 3);

        auto *stack = window.findChild<QStackedWidget *>();
        REQUIRE(stack);
        CHECK(stack->currentIndex() == 0);
    }

    SECTION("nominal: arrow keys in the sidebar move between places")
    {
        auto *sidebar = window.findChild<QListWidget *>();
        REQUIRE(sidebar);
        CHECK(sidebar->accessibleName() == QStringLiteral("Places"));
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        CHECK(window.currentPlace() == Place::Gallery);
        QTest::keyClick(sidebar, Qt::Key_Down);
        CHECK(window.currentPlace() == Place::Export);
        QTest::keyClick(sidebar, Qt::Key_Up);
        CHECK(window.currentPlace() == Place::Gallery);
    }

    SECTION("nominal: every place is named for assistive technology")
    {
        auto *stack = window.findChild<QStackedWidget *>();
        REQUIRE(stack);
        REQUIRE(stack->count() == 3);
        for (int i = 0; i < stack->count(); ++i)
            CHECK_FALSE(stack->widget(i)->accessibleName().isEmpty());
    }
}

TEST_CASE("main window: the Write place comes after the first frame")
{
    Test::TempWorkspace library;
    Workspace *const workspace = library.workspace.get();
    Story story;
    story.title = QStringLiteral("The custard that would not set");
    const qint64 id = workspace->library().createStory(story);
    REQUIRE(id != 0);

    MainWindow window(*workspace);

    SECTION("nominal: nothing is built before the window shows; then the Write place is")
    {
        CHECK(window.findChild<WritePlace *>() == nullptr);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(QTest::qWaitFor([&] { return window.findChild<WritePlace *>() != nullptr; }));
        // Made in one turn of the event loop, shown a turn or two later.
        CHECK(QTest::qWaitFor([&] { return window.findChild<WritePlace *>()->isVisible(); }));
    }

    SECTION("nominal: the Write place's actions join the menus and work from any place")
    {
        Test::showActive(window);
        REQUIRE(QTest::qWaitFor([&] { return window.findChild<WritePlace *>() != nullptr; }));
        auto *write = window.findChild<WritePlace *>();
        QStringList fileMenu;
        for (const QAction *action : window.menuBar()->actions().first()->menu()->actions())
            fileMenu.append(action->text());
        CHECK(fileMenu.contains(QStringLiteral("&New Story")));
        CHECK(fileMenu.contains(QStringLiteral("Story &History…")));
        CHECK(fileMenu.last() == QStringLiteral("&Quit"));

        // The newest story opens, read from the library a moment later.
        REQUIRE(QTest::qWaitFor([&] { return write->currentStoryId() == id; }, 10000));
        window.showPlace(Place::Gallery);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        CHECK(window.currentPlace() == Place::Write);
        CHECK(write->currentStoryId() == 0); // a new story, stored once written in
        REQUIRE(QApplication::focusWidget());
        CHECK(write->isAncestorOf(QApplication::focusWidget()));
    }

    SECTION("robustness: a story asked for before the Write place exists still opens")
    {
        emit workspace->openStoryRequested(id);
        auto *write = window.findChild<WritePlace *>();
        REQUIRE(write);
        CHECK(QTest::qWaitFor([&] { return write->currentStoryId() == id; }, 10000));
    }

    SECTION("nominal: the menu bar's overflow icon is drawn by Spill's style")
    {
        SpillStyle style;
        const auto draw = [&](Qt::LayoutDirection direction) {
            window.setLayoutDirection(direction);
            return style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, &window)
                .pixmap(QSize(32, 32))
                .toImage();
        };
        const QImage forward = draw(Qt::LeftToRight);
        const QImage backward = draw(Qt::RightToLeft);
        REQUIRE_FALSE(forward.isNull());
        int ink = 0;
        for (int y = 0; y < forward.height(); ++y) {
            for (int x = 0; x < forward.width(); ++x)
                ink += qAlpha(forward.pixel(x, y)) > 128 ? 1 : 0;
        }
        CHECK(qAlpha(forward.pixel(0, 0)) == 0); // a transparent ground
        CHECK(ink > 20);
        CHECK(forward != backward); // it points the way the text runs
    }
}

TEST_CASE("main window: the frame shows before the library opens")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window(dir.path());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);

    SECTION("nominal: the frame names the library and opens on Write; the places follow")
    {
        CHECK(stack->count() == 0);
        CHECK(window.currentPlace() == Place::Write);
        CHECK(window.libraryPath() == dir.path());
        QString error;
        const auto workspace = Workspace::open(dir.path(), &error);
        REQUIRE(workspace);
        window.attachWorkspace(*workspace);
        CHECK(stack->count() == 3);
        CHECK(stack->currentIndex() == 0);
        REQUIRE(QTest::qWaitFor([&] { return window.findChild<WritePlace *>() != nullptr; }));
        window.close(); // the Write place saves while the workspace still exists
    }

    SECTION("nominal: a place chosen while the library opened is the one shown")
    {
        window.showPlace(Place::Gallery);
        QString error;
        const auto workspace = Workspace::open(dir.path(), &error);
        REQUIRE(workspace);
        window.attachWorkspace(*workspace);
        CHECK(window.currentPlace() == Place::Gallery);
        CHECK(stack->currentIndex() == 1);
        window.close();
    }

    SECTION("robustness: a read-only library says so in the status bar")
    {
        QString error;
        const auto first = Workspace::open(dir.path(), &error);
        REQUIRE(first);
        const auto second = Workspace::open(dir.path(), &error); // the lock is taken
        REQUIRE(second);
        REQUIRE(second->isReadOnly());
        window.attachWorkspace(*second);
        QStringList labels;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            labels.append(label->text());
        CHECK(labels.filter(QStringLiteral("(read-only)")).size() == 1);
        window.close();
    }
}

TEST_CASE("main window: a first-time creator starts from the keyboard")
{
    Test::TempWorkspace library;
    MainWindow window(*library.workspace);
    Test::showActive(window);
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<WritePlace *>() != nullptr; }));
    auto *write = window.findChild<WritePlace *>();

    SECTION("nominal: Enter on the welcome starts a story with the cursor in its title")
    {
        REQUIRE(QTest::qWaitFor([&] { return write->isShowingWelcome(); }, 10000));
        // The place is built over three turns; the focus arrives with the last.
        REQUIRE(QTest::qWaitFor(
            [] { return qobject_cast<QPushButton *>(QApplication::focusWidget()) != nullptr; },
            10000));
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus, Qt::Key_Return);
        CHECK_FALSE(write->isShowingWelcome());
        auto *title = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(title);
        CHECK(title->objectName() == QStringLiteral("title"));
    }
}

TEST_CASE("main window: library changes undo from the Edit menu in any place")
{
    Test::TempWorkspace library;
    Workspace *const workspace = library.workspace.get();
    Story older;
    older.title = QStringLiteral("Older fail");
    older.updated = QDateTime::currentDateTimeUtc().addDays(-1);
    const qint64 olderId = workspace->library().createStory(older);
    Story newer;
    newer.title = QStringLiteral("Newer fail");
    const qint64 newerId = workspace->library().createStory(newer);
    REQUIRE(olderId > 0);
    REQUIRE(newerId > 0);

    MainWindow window(*workspace);
    Test::showActive(window);
    auto *write = window.findChild<WritePlace *>();
    REQUIRE(QTest::qWaitFor([&] { return (write = window.findChild<WritePlace *>()); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return write->currentStoryId() == newerId; }, 10000));

    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    REQUIRE(window.currentPlace() == Place::Gallery);
    auto *gallery = window.findChild<GalleryPlace *>();
    REQUIRE(gallery);
    gallery->view()->setFocus();
    // Trashed in the Gallery: the Write place lets go of it and shows another.
    emit gallery->view()->trashRequested({newerId});
    REQUIRE(QTest::qWaitFor([&] { return write->currentStoryId() == olderId; }, 10000));

    QAction *undo = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->objectName() == QStringLiteral("undo"))
            undo = action;
    }
    REQUIRE(undo);
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Move to Trash")));
    QTest::keyClick(gallery->view(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor(
        [&] {
            StoryQuery trashed;
            trashed.trash = StoryQuery::Trash::Only;
            return workspace->library().countStories(trashed) == 0;
        },
        10000));
    CHECK(undo->text().contains(QStringLiteral("Move to Trash")) == false);
}

TEST_CASE("main window: the Edit menu opened with Alt+E acts for the field that had the focus")
{
    Test::TempWorkspace library;
    Story story;
    story.title = QStringLiteral("Flat focaccia");
    const qint64 id = library.workspace->library().createStory(story);
    REQUIRE(id > 0);
    MainWindow window(*library.workspace);
    Test::showActive(window);
    WritePlace *write = Test::waitForWritePlace(window, true);
    // A library step undone: with the focus outside the story, the menu
    // would offer to redo it.
    auto *step = new QUndoCommand(QStringLiteral("Move to Trash"));
    library.workspace->libraryUndoStack()->push(step);
    library.workspace->libraryUndoStack()->undo();
    auto *dish = write->findChild<QLineEdit *>(QStringLiteral("dish"));
    REQUIRE(dish);
    dish->setFocus(Qt::ShortcutFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return dish->hasFocus(); }));
    QTest::keyClicks(dish, QStringLiteral("Focaccia"));
    REQUIRE(dish->text() == QStringLiteral("Focaccia"));

    // From the keyboard the menu bar, then the menu, take the focus.
    QTest::keyClick(&window, Qt::Key_E, Qt::AltModifier);
    QMenu *menu = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return menu && menu->isVisible();
    }));
    QAction *undo = menu->findChild<QAction *>(QStringLiteral("undo"));
    if (!undo) {
        for (QAction *action : menu->actions())
            undo = action->objectName() == QStringLiteral("undo") ? action : undo;
    }
    REQUIRE(undo);
    CHECK(undo->isEnabled());
    CHECK(undo->text().remove(u'&') == QStringLiteral("Undo Dish"));
    for (const char *name : {"cut", "copy", "paste", "selectAll"}) {
        INFO(name);
        bool enabled = false;
        for (QAction *action : menu->actions())
            enabled |= action->objectName() == QLatin1StringView(name) && action->isEnabled();
        CHECK(enabled);
    }
    // Chosen from the menu, Undo takes back the dish's typing.
    undo->trigger();
    QTest::keyClick(menu, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return !QApplication::activePopupWidget(); }));
    CHECK(dish->text().isEmpty());
}

TEST_CASE("main window: asked at start for a new story, or to open a story file")
{
    Test::TempWorkspace temp;
    MainWindow window(*temp.workspace);
    Test::showActive(window);

    SECTION("nominal: --new-story (the desktop entry's New Story) opens Write on a new story")
    {
        window.showPlace(Place::Gallery);
        window.openOnStart(true, {});
        // Not the welcome of an empty library: a new story, its title to
        // type (it is stored with its first words).
        REQUIRE(QTest::qWaitFor([&] {
            auto *write = window.findChild<WritePlace *>();
            return write && write->isVisible() && !write->isShowingWelcome() &&
                write->editor()->isVisible();
        }));
        CHECK(window.currentPlace() == Place::Write);
        WritePlace *write = window.findChild<WritePlace *>();
        CHECK(write->editor()->story().title.isEmpty());
        CHECK(write->currentStoryId() == 0);
    }

    SECTION("nominal: a story file is offered for import, and shown in Write once imported")
    {
        const QString file = temp.dir.filePath(QStringLiteral("story.json"));
        QFile json(file);
        REQUIRE(json.open(QIODevice::WriteOnly));
        json.write(R"({"format": "spill-story/1", "slug": "burnt-toast", "title": "Burnt toast",
                       "beats": {"intended": "Toast.", "went_wrong": "Burnt.", "salvage": "",
                                 "lesson": "", "call_to_action": ""}})");
        json.close();
        window.openOnStart(false, {file});
        REQUIRE(QTest::qWaitFor([&] {
            return window.storyFileOpener() && window.storyFileOpener()->shown() &&
                window.storyFileOpener()->shown()->isVisible();
        }));
        QMessageBox *box = window.storyFileOpener()->shown();
        CHECK(box->text().contains(QStringLiteral("Burnt toast")));
        CHECK(box->button(QMessageBox::Cancel));
        QAbstractButton *import = box->buttons().constFirst();
        REQUIRE(import->text().remove(u'&') == QStringLiteral("Import"));
        import->click();
        REQUIRE(QTest::qWaitFor([&] {
            auto *write = window.findChild<WritePlace *>();
            const std::optional<Story> imported =
                temp.workspace->library().storyBySlug(QStringLiteral("burnt-toast"));
            return write && imported && write->currentStoryId() == imported->id;
        }));
        CHECK(window.currentPlace() == Place::Write);
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Burnt toast")));
    }
}
