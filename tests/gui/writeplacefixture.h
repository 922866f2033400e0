// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Write place's test library and how a test waits for the place: shared by
// the Write place's test files.
#include "library/library.h"
#include "library/libraryservice.h"
#include "shell/workspace.h"
#include "write/storylistmodel.h"
#include "write/storylistpanel.h"
#include "write/writeplace.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <optional>

namespace Spill::Test {

// A library of its own, in a temporary folder, and the Write place's options
// for it: a short autosave delay, settings and dictionary beside it.
struct WritePlaceFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    WritePlace::Options options;

    WritePlaceFixture()
    {
        REQUIRE(dir.isValid());
        QString error;
        workspace = Workspace::open(libraryPath(), &error);
        REQUIRE(workspace);
        options.autosaveDelay = std::chrono::milliseconds(200);
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
inline void settle(WritePlace &place, Workspace &workspace)
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

inline void showPlace(WritePlace &place, Workspace &workspace)
{
    place.resize(1100, 720);
    place.show();
    place.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&place));
    QCoreApplication::processEvents(); // the deferred start
    settle(place, workspace);
}

} // namespace Spill::Test
