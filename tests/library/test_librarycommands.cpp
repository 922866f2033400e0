// SPDX-License-Identifier: GPL-3.0-or-later
// Each undoable library command done, undone and redone against a real library.
#include "library/librarycommands.h"
#include "librarytestsupport.h"
#include "servicetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Spill;
using namespace Spill::Test;

namespace {

// Waits until every call made so far has run: a read queues behind them.
void settle(LibraryService &service)
{
    await(service.countStories({}));
}

bool trashed(Library &library, qint64 id)
{
    StoryQuery query;
    query.ids = {id};
    query.trash = StoryQuery::Trash::Only;
    return library.countStories(query) == 1;
}

} // namespace

TEST_CASE("library commands: undo and redo")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    const qint64 a = library->createStory(sampleStory(QStringLiteral("A")));
    Story plain;
    plain.title = QStringLiteral("B");
    const qint64 b = library->createStory(plain);
    LibraryService service(library->handle());
    QSignalSpy failed(&service, &LibraryService::commandFailed);
    QUndoStack stack;

    SECTION("nominal: Move to Trash")
    {
        stack.push(new TrashStoriesCommand(service, {a, b}));
        CHECK(stack.undoText() == QStringLiteral("Move to Trash"));
        settle(service);
        CHECK(trashed(*library, a));
        CHECK(trashed(*library, b));
        stack.undo();
        settle(service);
        CHECK_FALSE(trashed(*library, a));
        CHECK_FALSE(trashed(*library, b));
        stack.redo();
        settle(service);
        CHECK(trashed(*library, a));
    }

    SECTION("nominal: Restore")
    {
        REQUIRE(library->moveToTrash(a));
        stack.push(
            new TrashStoriesCommand(service, {a}, TrashStoriesCommand::Direction::OutOfTrash));
        CHECK(stack.undoText() == QStringLiteral("Restore"));
        settle(service);
        CHECK_FALSE(trashed(*library, a));
        stack.undo();
        settle(service);
        CHECK(trashed(*library, a));
        stack.redo();
        settle(service);
        CHECK_FALSE(trashed(*library, a));
    }

    SECTION("nominal: Duplicate; undo trashes the copy, redo brings the same copy back")
    {
        auto *command = new DuplicateStoryCommand(service, a);
        stack.push(command);
        CHECK(stack.undoText() == QStringLiteral("Duplicate"));
        const qint64 copy = await(command->copy()).value;
        REQUIRE(copy != 0);
        CHECK(library->story(copy)->title == QStringLiteral("A (copy)"));
        stack.undo();
        settle(service);
        CHECK(trashed(*library, copy));
        stack.redo();
        settle(service);
        CHECK_FALSE(trashed(*library, copy));
        CHECK(library->countStories({}) == 3); // still one copy
    }

    SECTION("nominal: Add Tag; undo takes it off only where it was added")
    {
        const QString tag = library->story(a)->tags.first();
        stack.push(new AddTagCommand(service, {a, b}, tag));
        CHECK(stack.undoText() == QStringLiteral("Add Tag"));
        settle(service);
        CHECK(library->story(b)->tags.contains(tag));
        stack.undo();
        settle(service);
        CHECK_FALSE(library->story(b)->tags.contains(tag));
        CHECK(library->story(a)->tags.contains(tag)); // it had it before
        stack.redo();
        settle(service);
        CHECK(library->story(b)->tags.contains(tag));
    }

    SECTION("robustness: a command that fails says so, naming the file")
    {
        stack.push(new TrashStoriesCommand(service, {b + 100}));
        REQUIRE(QTest::qWaitFor([&] { return failed.size() == 1; }, 5000));
        CHECK(failed.first().first().toString().contains(library->databasePath()));
    }
}
