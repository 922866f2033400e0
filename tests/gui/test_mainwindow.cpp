// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Spill;
using Place = MainWindow::Place;

TEST_CASE("main window: the three places")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    const auto workspace = Workspace::open(dir.path(), &error);
    INFO(error.toStdString());
    REQUIRE(workspace);
    MainWindow window(*workspace);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

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
