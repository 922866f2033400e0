// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of the whole window share: a library in a temporary
// folder, the window shown and active as a creator sees it, and the Write
// place once it has arrived.
#pragma once

#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "story/story.h"
#include "testsupport.h"
#include "write/writeplace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Spill::Test {

struct TempWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;

    TempWorkspace()
    {
        REQUIRE(dir.isValid());
        QString error;
        workspace = Workspace::open(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(workspace);
    }
};

inline void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// The Write place, made after the first frame; with `storyOpen`, once the
// story it opens has been read.
inline WritePlace *waitForWritePlace(const MainWindow &window, bool storyOpen)
{
    REQUIRE(QTest::qWaitFor(
        [&] {
            auto *write = window.findChild<WritePlace *>();
            return write && (!storyOpen || (write->currentStoryId() != 0 && !write->isLoading()));
        },
        10000));
    return window.findChild<WritePlace *>();
}

// A library holding one story and the window on it at `size`, shown, with
// the Write place arrived and the story open: how the screen-size and
// language tests start.
struct WindowOnOneStory
{
    TempWorkspace library;
    std::unique_ptr<MainWindow> window;
    WritePlace *write = nullptr;

    explicit WindowOnOneStory(QSize size)
    {
        Story story;
        story.title = QStringLiteral("Soufflé that sank");
        REQUIRE(library.workspace->library().createStory(story) > 0);
        window = std::make_unique<MainWindow>(*library.workspace);
        window->resize(size);
        showActive(*window);
        write = waitForWritePlace(*window, true);
    }
};

} // namespace Spill::Test
