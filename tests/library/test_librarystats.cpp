// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;

namespace {

// Noon local time, so the local day is the same wherever the test runs.
QDateTime localNoon(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0));
}

qint64 addStory(Library &library, const QString &title, const QList<FailureKind> &kinds,
                std::optional<Outcome> outcome, const QDateTime &created)
{
    Story story;
    story.title = title;
    story.failureKinds = kinds;
    story.outcome = outcome;
    story.created = created;
    story.updated = created;
    const qint64 id = library.createStory(story);
    REQUIRE(id > 0);
    return id;
}

} // namespace

TEST_CASE("library statistics: fails by kind, by month, outcomes and on this day")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto library = openLibrary(dir.path());
    const QDate today(2026, 11, 27);

    addStory(*library, QStringLiteral("a"), {FailureKind::Burnt}, Outcome::Rescued,
             localNoon(2026, 11, 2));
    addStory(*library, QStringLiteral("b"), {FailureKind::Burnt, FailureKind::Seasoning},
             Outcome::Binned, localNoon(2026, 10, 31));
    addStory(*library, QStringLiteral("c"), {FailureKind::Collapsed}, Outcome::Rescued,
             localNoon(2025, 12, 1));
    const qint64 lastYear = addStory(*library, QStringLiteral("d"), {FailureKind::Burnt},
                                     std::nullopt, localNoon(2025, 11, 27));
    addStory(*library, QStringLiteral("e"), {FailureKind::Seasoning}, Outcome::Partly,
             localNoon(2023, 11, 27));
    const qint64 trashed = addStory(*library, QStringLiteral("f"), {FailureKind::Collapsed},
                                    Outcome::Binned, localNoon(2026, 11, 3));
    REQUIRE(library->moveToTrash(trashed));

    SECTION("nominal: fails by kind, most first, trash left out")
    {
        const auto kinds = library->failuresByKind();
        REQUIRE(kinds);
        CHECK(*kinds ==
              QList<KindCount> {{FailureKind::Burnt, 3},
                                {FailureKind::Seasoning, 2},
                                {FailureKind::Collapsed, 1}});
    }

    SECTION("nominal: the last 12 months, oldest first, empty months as zero")
    {
        const auto months = library->failuresByMonth(today);
        REQUIRE(months);
        REQUIRE(months->size() == 12);
        CHECK(months->constFirst() == MonthCount {QDate(2025, 12, 1), 1});
        CHECK(months->at(10) == MonthCount {QDate(2026, 10, 1), 1});
        CHECK(months->constLast() == MonthCount {QDate(2026, 11, 1), 1});
        int sum = 0;
        for (const MonthCount &month : *months)
            sum += month.stories;
        CHECK(sum == 3); // November 2025 is 13 months back
    }

    SECTION("nominal: outcomes, with the open ones apart")
    {
        const auto outcomes = library->outcomeCounts();
        REQUIRE(outcomes);
        CHECK(*outcomes == OutcomeCounts {2, 1, 1, 1});
    }

    SECTION("nominal: on this day picks the most recent earlier year")
    {
        CHECK(library->onThisDay(today) == lastYear);
        // Not today's own stories: nothing was made on 2 Nov before 2026.
        CHECK(library->onThisDay(QDate(2026, 11, 2)) == 0);
        CHECK(library->onThisDay(QDate(2027, 11, 2)).value_or(-1) > 0);
    }

    SECTION("robustness: an empty library has zeros, not errors")
    {
        QTemporaryDir emptyDir;
        auto empty = openLibrary(emptyDir.path());
        CHECK(empty->failuresByKind() == QList<KindCount>());
        const auto months = empty->failuresByMonth(today);
        REQUIRE(months);
        CHECK(months->size() == 12);
        CHECK(empty->outcomeCounts() == OutcomeCounts {});
        CHECK(empty->onThisDay(today) == 0);
    }
}

TEST_CASE("library listing: several failure kinds and a text filter")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto library = openLibrary(dir.path());
    const qint64 souffle =
        addStory(*library, QStringLiteral("Soufflé sank"), {FailureKind::Collapsed},
                 Outcome::Binned, localNoon(2026, 1, 1));
    addStory(*library, QStringLiteral("Burnt soufflé base"), {FailureKind::Burnt}, Outcome::Rescued,
             localNoon(2026, 2, 1));
    addStory(*library, QStringLiteral("Salty soup"), {FailureKind::Seasoning}, std::nullopt,
             localNoon(2026, 3, 1));

    SECTION("nominal: any of the kinds, combined with text")
    {
        StoryQuery query;
        query.failureKinds = {FailureKind::Collapsed, FailureKind::Seasoning};
        CHECK(library->countStories(query) == 2);
        query.text = QStringLiteral("souffle");
        const QList<StorySummary> stories = library->listStories(query);
        REQUIRE(stories.size() == 1);
        CHECK(stories.constFirst().id == souffle);
        CHECK(library->countStories(query) == 1);
    }

    SECTION("nominal: snippets for a page of matches")
    {
        StoryQuery query;
        query.text = QStringLiteral("souf");
        const QList<StorySummary> stories = library->listStories(query);
        REQUIRE(stories.size() == 2);
        const auto snippets =
            library->searchSnippets(query.text, {stories.at(0).id, stories.at(1).id});
        REQUIRE(snippets);
        CHECK(snippets->size() == 2);
        const QString marked = QString(SearchMatchStart) + QStringLiteral("Soufflé");
        CHECK(snippets->value(souffle).contains(marked));
    }

    SECTION("robustness: text that is only punctuation matches nothing")
    {
        StoryQuery query;
        query.text = QStringLiteral("\")(*");
        CHECK(library->listStories(query).isEmpty());
        CHECK(library->lastError().isEmpty());
        CHECK(library->countStories(query) == 0);
    }
}
