// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/autosaver.h"
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>

using namespace Spill;
using namespace Spill::Test;
using namespace std::chrono_literals;

namespace {

// Time the test moves by hand; read on the autosaver's thread.
struct FakeClock
{
    std::shared_ptr<std::atomic<qint64>> msecs = std::make_shared<std::atomic<qint64>>(
        QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    void advance(std::chrono::milliseconds by) { *msecs += by.count(); }
    Clock clock() const
    {
        return [m = msecs] { return QDateTime::fromMSecsSinceEpoch(*m, QTimeZone::utc()); };
    }
};

Autosaver::Options manualOptions(const FakeClock &clock)
{
    // A delay no test waits for: writes happen on flush().
    Autosaver::Options options;
    options.delay = 1h;
    options.clock = clock.clock();
    return options;
}

} // namespace

TEST_CASE("autosave: the editor's changes reach the library")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    FakeClock clock;

    SECTION("nominal: a new untitled story is created on the first write, then updated")
    {
        Autosaver saver(library->handle(), manualOptions(clock));
        QSignalSpy created(&saver, &Autosaver::storyCreated);
        QSignalSpy saved(&saver, &Autosaver::saved);
        Story story;
        story.beat(Beat::Intended) = QStringLiteral("Something with rhubarb");
        saver.update(story);
        CHECK(saver.hasPendingChanges());
        REQUIRE(saver.flush());
        CHECK_FALSE(saver.hasPendingChanges());
        // flush() returns after the worker emitted; the spies record directly.
        REQUIRE(created.size() == 1);
        const qint64 id = created.first().first().toLongLong();
        CHECK(library->story(id)->beat(Beat::Intended) == QStringLiteral("Something with rhubarb"));
        CHECK(library->story(id)->slug == QStringLiteral("story"));

        // The editor has not seen the id yet: id 0 still means this story.
        story.title = QStringLiteral("Rhubarb crumble");
        saver.update(story);
        REQUIRE(saver.flush());
        story.id = id;
        story.dish = QStringLiteral("Crumble");
        saver.update(story);
        REQUIRE(saver.flush());
        CHECK(library->countStories({}) == 1);
        CHECK(library->story(id)->title == QStringLiteral("Rhubarb crumble"));
        CHECK(library->story(id)->dish == QStringLiteral("Crumble"));
        REQUIRE(saved.size() == 3);
        CHECK(saved.last().at(0).toLongLong() == id);
        CHECK(saved.last().at(1).toDateTime() == clock.clock()());
        CHECK(created.size() == 1);
    }

    SECTION("nominal: two new stories with their own keys become two stories")
    {
        Autosaver saver(library->handle(), manualOptions(clock));
        QSignalSpy created(&saver, &Autosaver::storyCreated);
        Story first;
        first.title = QStringLiteral("Split custard");
        Story second;
        second.title = QStringLiteral("Burnt toast");
        saver.update(first, 1);
        saver.update(second, 2);
        // A newer state of the first, still without its id, replaces the pending one.
        first.dish = QStringLiteral("Custard");
        saver.update(first, 1);
        REQUIRE(saver.flush());
        REQUIRE(created.size() == 2);
        CHECK(created.at(0).at(1).value<quintptr>() == 1);
        CHECK(created.at(1).at(1).value<quintptr>() == 2);
        const qint64 firstId = created.at(0).at(0).toLongLong();
        const qint64 secondId = created.at(1).at(0).toLongLong();
        CHECK(library->story(firstId)->dish == QStringLiteral("Custard"));
        CHECK(library->story(secondId)->title == QStringLiteral("Burnt toast"));

        // Later updates by key, before the editor learnt the ids, go to the same stories.
        second.dish = QStringLiteral("Toast");
        saver.update(second, 2);
        REQUIRE(saver.flush());
        CHECK(library->countStories({}) == 2);
        CHECK(library->story(secondId)->dish == QStringLiteral("Toast"));
        CHECK(created.size() == 2);
    }

    SECTION("nominal: many quick changes become one write of the newest state")
    {
        const qint64 id = library->createStory(sampleStory());
        Autosaver saver(library->handle(), manualOptions(clock));
        QSignalSpy saved(&saver, &Autosaver::saved);
        Story story = *library->story(id);
        for (int i = 1; i <= 20; ++i) {
            story.beat(Beat::Lesson) = QStringLiteral("typing ") + QString::number(i);
            saver.update(story);
        }
        REQUIRE(saver.flush());
        REQUIRE(saved.size() == 1);
        CHECK(library->story(id)->beat(Beat::Lesson) == QStringLiteral("typing 20"));
        CHECK(library->story(id)->updated == clock.clock()());
        CHECK(library->search(QStringLiteral("typing"))->size() == 1);
    }

    SECTION("nominal: without flush, the write comes after the delay")
    {
        const qint64 id = library->createStory(sampleStory());
        Autosaver::Options options;
        options.delay = 20ms;
        Autosaver saver(library->handle(), options);
        QSignalSpy saved(&saver, &Autosaver::saved);
        Story story = *library->story(id);
        story.title = QStringLiteral("Saved by the timer");
        saver.update(story);
        REQUIRE(saved.wait(10000));
        CHECK(saved.first().first().toLongLong() == id);
        CHECK(library->story(id)->title == QStringLiteral("Saved by the timer"));
    }

    SECTION("nominal: revisions every ten minutes of editing and on status change")
    {
        const qint64 id = library->createStory(sampleStory());
        Autosaver saver(library->handle(), manualOptions(clock));
        Story story = *library->story(id);
        // Half an hour of editing, a change every minute: revisions at the
        // 10th, 20th and 30th minute after the first write.
        for (int minute = 1; minute <= 31; ++minute) {
            clock.advance(1min);
            story.beat(Beat::Salvage) = QStringLiteral("minute %1").arg(minute);
            saver.update(story);
            REQUIRE(saver.flush());
        }
        QList<RevisionInfo> list = library->revisions(id);
        REQUIRE(list.size() == 3);
        for (const RevisionInfo &info : list)
            CHECK(info.reason == Library::RevisionPeriodic);
        CHECK(library->revision(list.first().id)->beat(Beat::Salvage) ==
              QStringLiteral("minute 31"));

        // Idle for an hour: no revision until the next edit, then one.
        clock.advance(1h);
        story.status = Status::Published;
        saver.update(story);
        REQUIRE(saver.flush());
        list = library->revisions(id);
        REQUIRE(list.size() == 4);
        CHECK(list.first().reason == Library::RevisionStatusChange);
        CHECK(library->revision(list.first().id)->status == Status::Published);

        clock.advance(1min);
        story.beat(Beat::Salvage) = QStringLiteral("after publishing");
        saver.update(story);
        REQUIRE(saver.flush());
        CHECK(library->revisions(id).size() == 4);
    }

    SECTION("nominal: a new version interval counts from the next write")
    {
        const qint64 id = library->createStory(sampleStory());
        Autosaver saver(library->handle(), manualOptions(clock));
        // Preferences chose three minutes: ten minutes of editing keep
        // versions three, six and nine minutes after the first write, where
        // ten would keep none.
        saver.setRevisionInterval(3min);
        Story story = *library->story(id);
        for (int minute = 1; minute <= 10; ++minute) {
            clock.advance(1min);
            story.beat(Beat::Salvage) = QStringLiteral("minute %1").arg(minute);
            saver.update(story);
            REQUIRE(saver.flush());
        }
        const QList<RevisionInfo> list = library->revisions(id);
        REQUIRE(list.size() == 3);
        CHECK(library->revision(list.first().id)->beat(Beat::Salvage) ==
              QStringLiteral("minute 10"));
    }

    SECTION("nominal: pending changes are written when the autosaver goes away")
    {
        const qint64 id = library->createStory(sampleStory());
        {
            Autosaver saver(library->handle(), manualOptions(clock));
            Story story = *library->story(id);
            story.title = QStringLiteral("Written on close");
            saver.update(story);
        }
        CHECK(library->story(id)->title == QStringLiteral("Written on close"));
    }

    SECTION("nominal: writeNow() does not wait, and its future finishes once the write is in")
    {
        const qint64 id = library->createStory(sampleStory());
        Autosaver saver(library->handle(), manualOptions(clock));
        QSignalSpy saved(&saver, &Autosaver::saved);
        Story story = *library->story(id);
        story.title = QStringLiteral("Written now");
        saver.update(story, 1);
        const QFuture<bool> written = saver.writeNow();
        REQUIRE(QTest::qWaitFor([&] { return written.isFinished(); }, 10000));
        CHECK(written.result());
        // Committed before the future finished: another connection sees it.
        CHECK(library->story(id)->title == QStringLiteral("Written now"));
        CHECK_FALSE(saver.hasPendingChanges());
        CHECK(saved.size() == 1);
        // With nothing pending it still answers, true.
        const QFuture<bool> nothing = saver.writeNow();
        REQUIRE(QTest::qWaitFor([&] { return nothing.isFinished(); }, 10000));
        CHECK(nothing.result());
    }

    SECTION("nominal: a version keeps the story as asked for; what is typed next comes after it")
    {
        const qint64 id = library->createStory(sampleStory());
        Autosaver saver(library->handle(), manualOptions(clock));
        Story asked = *library->story(id);
        asked.title = QStringLiteral("As asked");
        const QFuture<bool> version = saver.saveVersion(asked, 1);
        Story later = asked;
        later.title = QStringLiteral("Typed after");
        saver.update(later, 1);
        REQUIRE(QTest::qWaitFor([&] { return version.isFinished(); }, 10000));
        CHECK(version.result());
        REQUIRE(saver.flush());
        CHECK(library->story(id)->title == QStringLiteral("Typed after"));
        const QList<RevisionInfo> revisions = library->revisions(id);
        const auto manual =
            std::find_if(revisions.cbegin(), revisions.cend(), [](const RevisionInfo &revision) {
                return revision.reason == Library::RevisionManual;
            });
        REQUIRE(manual != revisions.cend());
        CHECK(library->revision(manual->id)->title == QStringLiteral("As asked"));
    }

    SECTION("robustness: writeNow() says false when the write failed, and keeps the change")
    {
        OpenResult reader = Library::open(dir.path());
        REQUIRE(reader.readOnlyReason == ReadOnlyReason::LockedByOther);
        Autosaver saver(reader.library->handle(), manualOptions(clock));
        saver.update(Story());
        const QFuture<bool> written = saver.writeNow();
        REQUIRE(QTest::qWaitFor([&] { return written.isFinished(); }, 10000));
        CHECK_FALSE(written.result());
        CHECK(saver.hasPendingChanges());
    }

    SECTION("robustness: a read-only library reports the failure and keeps the change")
    {
        OpenResult reader = Library::open(dir.path());
        REQUIRE(reader.readOnlyReason == ReadOnlyReason::LockedByOther);
        Autosaver saver(reader.library->handle(), manualOptions(clock));
        QSignalSpy failed(&saver, &Autosaver::failed);
        saver.update(Story());
        CHECK_FALSE(saver.flush());
        REQUIRE(failed.size() == 1);
        CHECK(failed.first().first().toString().contains(QStringLiteral("read-only")));
        CHECK(saver.hasPendingChanges());
        CHECK(library->countStories({}) == 0);
    }

    SECTION("robustness: a failed save is retried with the next flush")
    {
        const qint64 a = library->createStory(sampleStory(QStringLiteral("A")));
        library->createStory(sampleStory(QStringLiteral("B")));
        Autosaver saver(library->handle(), manualOptions(clock));
        Story story = *library->story(a);
        story.slug = QStringLiteral("b"); // taken
        saver.update(story);
        CHECK_FALSE(saver.flush());
        CHECK(saver.hasPendingChanges());
        story.slug.clear();
        story.title = QStringLiteral("A, fixed");
        saver.update(story);
        REQUIRE(saver.flush());
        CHECK(library->story(a)->title == QStringLiteral("A, fixed"));
    }
}
