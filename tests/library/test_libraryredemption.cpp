// SPDX-License-Identifier: GPL-3.0-or-later
// Redemption in the library: a fail linked to the later story that made it
// good, or to a post elsewhere; each end reads the other.
#include "library/stats.h"
#include "librarytestsupport.h"
#include "story/storyjson.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;
using namespace Qt::StringLiterals;

TEST_CASE("library: a fail and its redemption")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto library = openLibrary(dir.path());
    Story fail;
    fail.title = u"The soufflé that sank"_s;
    const qint64 failId = library->createStory(fail);
    Story later;
    later.title = u"Soufflé, take two"_s;
    later.publishedUrl = u"https://blog.example/souffle-take-two"_s;
    const qint64 laterId = library->createStory(later);
    REQUIRE(failId > 0);
    REQUIRE(laterId > 0);

    Story redeemed = *library->story(failId);
    redeemed.redemption.storyId = laterId;
    redeemed.redemption.on = QDate(2026, 12, 1);
    REQUIRE(library->saveStory(redeemed));

    SECTION("nominal: each end reads the other")
    {
        const Story readFail = *library->story(failId);
        CHECK(readFail.redemption.storyId == laterId);
        CHECK(readFail.redemption.on == QDate(2026, 12, 1));
        CHECK(readFail.redemption.story.title == later.title);
        CHECK(readFail.redemption.link() == later.publishedUrl);
        const Story readLater = *library->story(laterId);
        REQUIRE(readLater.redeems.size() == 1);
        CHECK(readLater.redeems.first().id == failId);
        CHECK(readLater.redeems.first().title == fail.title);
        CHECK_FALSE(readLater.redemption.isSet());
    }

    SECTION("nominal: a post elsewhere redeems it too; a story never redeems itself")
    {
        Story elsewhere = *library->story(failId);
        elsewhere.redemption = {};
        elsewhere.redemption.url = u"https://other.example/i-tried-again"_s;
        elsewhere.redemption.on = QDate(2026, 12, 2);
        REQUIRE(library->saveStory(elsewhere));
        const Story read = *library->story(failId);
        CHECK(read.redemption.storyId == 0);
        CHECK(read.redemption.link() == u"https://other.example/i-tried-again");
        CHECK(library->story(laterId)->redeems.isEmpty());

        Story self = read;
        self.redemption = {};
        self.redemption.storyId = failId;
        REQUIRE(library->saveStory(self));
        CHECK_FALSE(library->story(failId)->redemption.isSet());
    }

    SECTION("nominal: a version keeps the link; a later story gone from the library leaves none")
    {
        const qint64 revision = library->saveRevision(failId, u"test"_s);
        REQUIRE(revision > 0);
        Story unlinked = *library->story(failId);
        unlinked.redemption = {};
        REQUIRE(library->saveStory(unlinked));
        REQUIRE(library->restoreRevision(revision));
        CHECK(library->story(failId)->redemption.storyId == laterId);

        // In the trash it still redeems; emptied, it is gone, and so is the link.
        REQUIRE(library->moveToTrash(laterId));
        CHECK(library->story(failId)->redemption.storyId == laterId);
        REQUIRE(library->emptyTrash());
        CHECK_FALSE(library->story(failId)->redemption.isSet());
        REQUIRE(library->restoreRevision(revision));
        CHECK_FALSE(library->story(failId)->redemption.isSet());
    }

    SECTION("nominal: spill-story/1 names the later story by its slug and round-trips")
    {
        const Story read = *library->story(failId);
        const QByteArray json = writeStoryJson(read);
        CHECK(json.contains(
            QStringLiteral("\"story\": \"%1\"").arg(read.redemption.story.slug).toUtf8()));
        CHECK(json.contains(R"("on": "2026-12-01")"));
        const StoryJsonResult back = readStoryJson(json, u"fail.json"_s);
        REQUIRE(back.ok());
        CHECK(back.story->redemption.story.slug == read.redemption.story.slug);
        CHECK(back.story->redemption.on == QDate(2026, 12, 1));
        CHECK_FALSE(writeStoryJson(*library->story(laterId)).contains("redemption"));
    }

    SECTION("error: a redemption that is not an object, or a bad date, is named")
    {
        QByteArray json = writeStoryJson(*library->story(failId));
        QByteArray badDate = json;
        badDate.replace(R"("on": "2026-12-01")", R"("on": "1st of December")");
        const StoryJsonResult dated = readStoryJson(badDate, u"fail.json"_s);
        REQUIRE_FALSE(dated.ok());
        CHECK(dated.error.contains(u"redemption.on"));
        CHECK(dated.error.contains(u"fail.json"));
        const qsizetype start = json.indexOf("\"redemption\"");
        const qsizetype end = json.indexOf('}', start);
        json.replace(start, end - start + 1, R"("redemption": 7)");
        const StoryJsonResult wrong = readStoryJson(json, u"fail.json"_s);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error.contains(u"\"redemption\""));
    }
}

TEST_CASE("library: redeemed fails are listed, filtered and counted")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto library = openLibrary(dir.path());
    auto add = [&](const QString &title, QDate created) {
        Story story;
        story.title = title;
        story.created = QDateTime(created, QTime(12, 0), Qt::UTC);
        const qint64 id = library->createStory(story);
        REQUIRE(id > 0);
        return id;
    };
    const qint64 sank = add(u"Sank"_s, QDate(2026, 1, 1));
    const qint64 burnt = add(u"Burnt"_s, QDate(2026, 2, 1));
    const qint64 split = add(u"Split"_s, QDate(2026, 3, 1));
    add(u"Salty"_s, QDate(2026, 4, 1));
    const qint64 retry = add(u"Risen at last"_s, QDate(2026, 1, 10));
    auto redeem = [&](qint64 id, qint64 by, const QString &url, QDate on) {
        Story story = *library->story(id);
        story.redemption.storyId = by;
        story.redemption.url = url;
        story.redemption.on = on;
        REQUIRE(library->saveStory(story));
    };
    redeem(sank, retry, {}, QDate(2026, 1, 10)); // 9 days
    redeem(burnt, 0, u"https://other.example/again"_s, QDate(2026, 2, 21)); // 20 days
    redeem(split, 0, u"https://other.example/split"_s, {}); // no day: not in the median

    SECTION("nominal: the summaries say which are redeemed, and the filter narrows to them")
    {
        StoryQuery all;
        all.limit = 0;
        QStringList redeemed;
        for (const StorySummary &summary : library->listStories(all)) {
            if (summary.redeemed)
                redeemed << summary.title;
        }
        redeemed.sort();
        CHECK(redeemed == QStringList {u"Burnt"_s, u"Sank"_s, u"Split"_s});

        StoryQuery yes = all;
        yes.redeemed = true;
        CHECK(library->listStories(yes).size() == 3);
        CHECK(library->countStories(yes) == 3);
        StoryQuery notYet = all;
        notYet.redeemed = false;
        QStringList open;
        for (const StorySummary &summary : library->listStories(notYet))
            open << summary.title;
        open.sort();
        CHECK(open == QStringList {u"Risen at last"_s, u"Salty"_s});
    }

    SECTION("nominal: the share of fails redeemed and the median days to redemption")
    {
        const std::optional<RedemptionCounts> counts = library->redemptionCounts();
        REQUIRE(counts);
        // The story that redeemed one is not itself counted as a fail.
        CHECK(counts->fails == 4);
        CHECK(counts->redeemed == 3);
        REQUIRE(counts->medianDays);
        CHECK(*counts->medianDays == Approx(14.5));

        REQUIRE(library->moveToTrash(burnt));
        const std::optional<RedemptionCounts> later = library->redemptionCounts();
        CHECK(later->fails == 3);
        CHECK(later->redeemed == 2);
        CHECK(*later->medianDays == Approx(9));
    }
}
