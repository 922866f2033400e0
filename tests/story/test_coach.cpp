// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/coach.h"
#include "testsupport.h"

#include <QSet>

#include <functional>

using namespace Spill;

namespace {

// A story every rule is happy with.
Story goodStory()
{
    Story story;
    story.title = QStringLiteral("The Soufflé That Wasn't");
    story.beat(Beat::Intended) = QStringLiteral("A tall cheese soufflé for my sister.");
    story.beat(Beat::WentWrong) = QStringLiteral("I opened the oven and it sank.");
    story.beat(Beat::Salvage) = QStringLiteral("Soufflé rarebit on toast.");
    story.beat(Beat::Lesson) = QStringLiteral("Keep the oven door shut for 25 minutes.");
    story.beat(Beat::CallToAction) = QStringLiteral("Which dish humbled you last?");
    MediaItem reality;
    reality.file = QStringLiteral("media/sunk.jpg");
    reality.beat = Beat::WentWrong;
    reality.role = MediaRole::Reality;
    reality.alt = QStringLiteral("A soufflé sunk into its ramekin");
    story.media = {reality};
    return story;
}

const CoachFinding *findById(const QList<CoachFinding> &findings, const QString &id)
{
    for (const CoachFinding &finding : findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

QStringList ids(const QList<CoachFinding> &findings)
{
    QStringList list;
    for (const CoachFinding &finding : findings)
        list.append(finding.id);
    return list;
}

using Change = std::function<void(Story &)>;

} // namespace

TEST_CASE("coach: a well-told story gets only good news")
{
    SECTION("nominal: every check passes, in reading order, with the reading time")
    {
        const QList<CoachFinding> findings = coachStory(goodStory());
        INFO(ids(findings).join(u' '));
        for (const CoachFinding &finding : findings)
            CHECK(finding.severity == CoachSeverity::Good);
        const QStringList expected = {
            QStringLiteral("title-length"), QStringLiteral("beats-written"),
            QStringLiteral("evidence"),     QStringLiteral("alt-text"),
            QStringLiteral("lesson-tip"),   QStringLiteral("cta-question"),
            QStringLiteral("reading-time")};
        CHECK(ids(findings) == expected);
        const CoachFinding *time = findById(findings, QStringLiteral("reading-time"));
        REQUIRE(time);
        CHECK(time->title == QStringLiteral("1 min read"));
    }
}

TEST_CASE("coach: each rule fires when it should")
{
    struct Case
    {
        const char *name;
        Change change;
        QString id;
        CoachSeverity severity;
        CoachLocation location;
        QString titleContains;
    };
    const QString longTitle = QStringLiteral("x").repeated(71);
    const QList<Case> cases = {
        {"no title",
         [](Story &s) { s.title.clear(); },
         QStringLiteral("title-missing"),
         CoachSeverity::Warning,
         CoachLocation::title(),
         {}},
        {"blank title",
         [](Story &s) { s.title = QStringLiteral(" \t "); },
         QStringLiteral("title-missing"),
         CoachSeverity::Warning,
         CoachLocation::title(),
         {}},
        {"short title", [](Story &s) { s.title = QStringLiteral("Burnt toast"); },
         QStringLiteral("title-short"), CoachSeverity::Suggestion, CoachLocation::title(),
         QStringLiteral("11")},
        {"19 characters", [](Story &s) { s.title = QStringLiteral("x").repeated(19); },
         QStringLiteral("title-short"), CoachSeverity::Suggestion, CoachLocation::title(),
         QStringLiteral("19")},
        {"long title", [longTitle](Story &s) { s.title = longTitle; }, QStringLiteral("title-long"),
         CoachSeverity::Suggestion, CoachLocation::title(), QStringLiteral("71")},
        {"only Markdown in a beat",
         [](Story &s) { s.beat(Beat::Salvage) = QStringLiteral("![](media/x.jpg)\n---"); },
         QStringLiteral("beat-empty:salvage"), CoachSeverity::Warning,
         CoachLocation::inBeat(Beat::Salvage), beatTitle(Beat::Salvage)},
        {"no media at all",
         [](Story &s) { s.media.clear(); },
         QStringLiteral("evidence-missing"),
         CoachSeverity::Suggestion,
         CoachLocation::inBeat(Beat::WentWrong),
         {}},
        {"only a dream photo",
         [](Story &s) {
             s.media[0].beat = Beat::Intended;
             s.media[0].role = MediaRole::Dream;
         },
         QStringLiteral("evidence-missing"),
         CoachSeverity::Suggestion,
         CoachLocation::inBeat(Beat::WentWrong),
         {}},
        {"no alt text", [](Story &s) { s.media[0].alt = QStringLiteral("  "); },
         QStringLiteral("alt-missing:0"), CoachSeverity::Warning, CoachLocation::media(0),
         QStringLiteral("photo 1")},
        {"clip without alt text",
         [](Story &s) {
             MediaItem clip = s.media[0];
             clip.kind = MediaKind::Video;
             clip.alt.clear();
             s.media.append(clip);
         },
         QStringLiteral("alt-missing:1"), CoachSeverity::Warning, CoachLocation::media(1),
         QStringLiteral("clip 2")},
        {"camera file name", [](Story &s) { s.media[0].alt = QStringLiteral("IMG_1234"); },
         QStringLiteral("alt-filename:0"), CoachSeverity::Warning, CoachLocation::media(0),
         QStringLiteral("photo 1")},
        {"lesson without a tip",
         [](Story &s) { s.beat(Beat::Lesson) = QStringLiteral("It was a sad day for all of us."); },
         QStringLiteral("lesson-no-tip"),
         CoachSeverity::Suggestion,
         CoachLocation::inBeat(Beat::Lesson),
         {}},
        {"statement call to action",
         [](Story &s) { s.beat(Beat::CallToAction) = QStringLiteral("Tell me in the comments."); },
         QStringLiteral("cta-no-question"),
         CoachSeverity::Suggestion,
         CoachLocation::inBeat(Beat::CallToAction),
         {}},
        {"a question mark only in a link",
         [](Story &s) {
             s.beat(Beat::CallToAction) =
                 QStringLiteral("Share yours [here](https://example.com/?q=fails) or at "
                                "https://example.com/?x=1");
         },
         QStringLiteral("cta-no-question"),
         CoachSeverity::Suggestion,
         CoachLocation::inBeat(Beat::CallToAction),
         {}},
        {"450 words",
         [](Story &s) { s.beat(Beat::Salvage) = QStringLiteral("word ").repeated(420); },
         QStringLiteral("reading-time"), CoachSeverity::Good, CoachLocation::wholeStory(),
         QStringLiteral("3 min read")},
    };

    for (const Case &c : cases) {
        SECTION(std::string("nominal: ") + c.name)
        {
            Story story = goodStory();
            c.change(story);
            const QList<CoachFinding> findings = coachStory(story);
            INFO(ids(findings).join(u' '));
            const CoachFinding *finding = findById(findings, c.id);
            REQUIRE(finding);
            CHECK(finding->severity == c.severity);
            CHECK(finding->location == c.location);
            CHECK(finding->title.contains(c.titleContains));
            CHECK_FALSE(finding->why.isEmpty());
        }
    }

    SECTION("nominal: one finding per empty beat, each pointing at its beat")
    {
        Story story = goodStory();
        for (Beat beat : AllBeats)
            story.beat(beat).clear();
        const QList<CoachFinding> findings = coachStory(story);
        for (Beat beat : AllBeats) {
            const CoachFinding *finding =
                findById(findings, QStringLiteral("beat-empty:") + beatKey(beat));
            REQUIRE(finding);
            CHECK(finding->rule() == QStringLiteral("beat-empty"));
            CHECK(finding->severity == CoachSeverity::Warning);
            CHECK(finding->location == CoachLocation::inBeat(beat));
        }
        CHECK_FALSE(findById(findings, QStringLiteral("beats-written")));
        // Empty lesson and call to action are not judged twice.
        CHECK_FALSE(findById(findings, QStringLiteral("lesson-no-tip")));
        CHECK_FALSE(findById(findings, QStringLiteral("cta-no-question")));
        CHECK_FALSE(findById(findings, QStringLiteral("reading-time")));
    }

    SECTION("robustness: ids stay unique when everything is wrong")
    {
        Story story;
        MediaItem bare;
        story.media = {bare, bare, bare};
        story.media[1].alt = QStringLiteral("DSC01234");
        const QList<CoachFinding> findings = coachStory(story);
        const QStringList all = ids(findings);
        CHECK(QSet<QString>(all.begin(), all.end()).size() == all.size());
        CHECK(all.contains(QStringLiteral("alt-missing:0")));
        CHECK(all.contains(QStringLiteral("alt-filename:1")));
        CHECK(all.contains(QStringLiteral("alt-missing:2")));
        CHECK_FALSE(all.contains(QStringLiteral("alt-text")));
        for (const CoachFinding &finding : findings) {
            INFO(finding.id);
            CHECK_FALSE(finding.title.isEmpty());
            CHECK(finding.why.endsWith(u'.'));
        }
    }
}

TEST_CASE("coach: each rule stays quiet when the story is fine")
{
    struct Case
    {
        const char *name;
        Change change;
        QString quietId; // must not appear
        QString goodId; // must appear, when not empty
    };
    const QList<Case> cases = {
        {"20 characters", [](Story &s) { s.title = QStringLiteral("x").repeated(20); },
         QStringLiteral("title-short"), QStringLiteral("title-length")},
        {"70 characters", [](Story &s) { s.title = QStringLiteral("x").repeated(70); },
         QStringLiteral("title-long"), QStringLiteral("title-length")},
        {"20 emoji count as 20", [](Story &s) { s.title = QStringLiteral("🍰").repeated(20); },
         QStringLiteral("title-short"), QStringLiteral("title-length")},
        {"70 accented letters written with combining marks",
         [](Story &s) { s.title = QStringLiteral("e\u0301").repeated(70); },
         QStringLiteral("title-long"), QStringLiteral("title-length")},
        {"surrounding spaces do not count",
         [](Story &s) {
             s.title = QStringLiteral("   ") + QStringLiteral("x").repeated(70) + u' ';
         },
         QStringLiteral("title-long"), QStringLiteral("title-length")},
        {"evidence in the went_wrong beat, any role",
         [](Story &s) { s.media[0].role = MediaRole::Step; }, QStringLiteral("evidence-missing"),
         QStringLiteral("evidence")},
        {"a reality photo in another beat", [](Story &s) { s.media[0].beat = Beat::Salvage; },
         QStringLiteral("evidence-missing"), QStringLiteral("evidence")},
        {"an image in the went_wrong text",
         [](Story &s) {
             s.media.clear();
             s.beat(Beat::WentWrong) += QStringLiteral("\n\n![The sunk soufflé](sunk.jpg)");
         },
         QStringLiteral("evidence-missing"), QStringLiteral("evidence")},
        {"decorative media need no alt text",
         [](Story &s) {
             s.media[0].alt.clear();
             s.media[0].decorative = true;
         },
         QStringLiteral("alt-missing:0"), QStringLiteral("alt-text")},
        {"no media, no alt check",
         [](Story &s) { s.media.clear(); },
         QStringLiteral("alt-missing:0"),
         {}},
        {"an empty lesson is not judged",
         [](Story &s) { s.beat(Beat::Lesson).clear(); },
         QStringLiteral("lesson-no-tip"),
         {}},
        {"an empty call to action is not judged",
         [](Story &s) { s.beat(Beat::CallToAction).clear(); },
         QStringLiteral("cta-no-question"),
         {}},
        {"a full-width question mark",
         [](Story &s) { s.beat(Beat::CallToAction) = QStringLiteral("你最近的失败是什么？"); },
         QStringLiteral("cta-no-question"), QStringLiteral("cta-question")},
        {"an Arabic question mark",
         [](Story &s) { s.beat(Beat::CallToAction) = QStringLiteral("ما هو فشلك؟"); },
         QStringLiteral("cta-no-question"), QStringLiteral("cta-question")},
        {"a question in emphasis",
         [](Story &s) { s.beat(Beat::CallToAction) = QStringLiteral("**What's yours?**"); },
         QStringLiteral("cta-no-question"), QStringLiteral("cta-question")},
    };
    for (const Case &c : cases) {
        SECTION(std::string("nominal: ") + c.name)
        {
            Story story = goodStory();
            c.change(story);
            const QList<CoachFinding> findings = coachStory(story);
            INFO(ids(findings).join(u' '));
            CHECK_FALSE(findById(findings, c.quietId));
            if (!c.goodId.isEmpty()) {
                const CoachFinding *good = findById(findings, c.goodId);
                REQUIRE(good);
                CHECK(good->severity == CoachSeverity::Good);
            }
        }
    }
}

TEST_CASE("coach: alt text that describes nothing")
{
    SECTION("nominal: file names and placeholders are caught")
    {
        const QStringList placeholders = {
            QStringLiteral("IMG_1234"),
            QStringLiteral("img_1234.JPG"),
            QStringLiteral("IMG1234"),
            QStringLiteral("IMG-20240101-WA0003.jpg"),
            QStringLiteral("IMG_20240101_123456_HDR"),
            QStringLiteral("DSC01234"),
            QStringLiteral("DSC_0042.NEF"),
            QStringLiteral("_DSC1234"),
            QStringLiteral("DSCN0001"),
            QStringLiteral("PXL_20240101_123456789"),
            QStringLiteral("PXL_20240101_123456789.MP.jpg"),
            QStringLiteral("MVIMG_20240101_123456"),
            QStringLiteral("VID_20240101_123456.mp4"),
            QStringLiteral("GOPR0042.MP4"),
            QStringLiteral("Screenshot 2024-01-01 at 12.00.00"),
            QStringLiteral("WhatsApp Image 2024-01-01 at 12.00.00"),
            QStringLiteral("souffle.jpg"),
            QStringLiteral("my cake final (2).png"),
            QStringLiteral("crème brûlée.HEIC"),
            QStringLiteral("12345"),
            QStringLiteral("image"),
            QStringLiteral("Photo"),
            QStringLiteral("a picture"),
            QStringLiteral("photo 2"),
            QStringLiteral("Image_3"),
            QStringLiteral("untitled"),
            QStringLiteral("  screenshot  "),
        };
        for (const QString &alt : placeholders) {
            INFO(alt);
            CHECK(isPlaceholderAltText(alt));
        }
    }

    SECTION("robustness: real descriptions pass, even with numbers or those words")
    {
        const QStringList descriptions = {
            QStringLiteral("A golden soufflé in a white ramekin"),
            QStringLiteral("Photo of the collapsed soufflé"),
            QStringLiteral("Image of burnt toast on a blue plate"),
            QStringLiteral("Photo 2 of the cake, now leaning"),
            QStringLiteral("The cake, 2 minutes after leaving the oven"),
            QStringLiteral("Picture this: a puddle of custard"),
            QStringLiteral("IMG of my split mayonnaise"),
            QStringLiteral("עוגה שקרסה על צלחת"),
            QStringLiteral("The jar labelled recipe.txt on the shelf"),
        };
        for (const QString &alt : descriptions) {
            INFO(alt);
            CHECK_FALSE(isPlaceholderAltText(alt));
        }
    }
}

TEST_CASE("coach: does the lesson give readers something to do?")
{
    SECTION("nominal: advice is recognised")
    {
        const QStringList advice = {
            QStringLiteral("Next time, I'll keep the oven door shut."),
            QStringLiteral("Preheat the oven properly."),
            QStringLiteral("I learned a lot. Weigh the flour."),
            QStringLiteral("- measure twice\n- pour once"),
            QStringLiteral("1. Let the custard cool."),
            QStringLiteral("Bake it at 180 °C and no hotter."),
            QStringLiteral("It needs 350°F, not 400."),
            QStringLiteral("The secret is patience: give it 25 minutes."),
            QStringLiteral("Cook it for 2 hours."),
            QStringLiteral("200 g of sugar was too much."),
            QStringLiteral("Add 2 tbsp of water, not a cup."),
            QStringLiteral("Don\u2019t open the oven."),
            QStringLiteral("You should always sift cocoa."),
            QStringLiteral("My lesson: make sure the butter is cold."),
            QStringLiteral("I'd try a lower shelf."),
            QStringLiteral("**Use a thermometer.**"),
            QStringLiteral("## Rest the dough"),
        };
        for (const QString &lesson : advice) {
            INFO(lesson);
            CHECK(givesAdvice(lesson));
        }
    }

    SECTION("robustness: reflection without a tip is not advice")
    {
        const QStringList reflection = {
            QStringLiteral("It was a sad day for all of us."),
            QStringLiteral("I learned that soufflés are fragile."),
            QStringLiteral("Baking is hard, and I was tired."),
            QStringLiteral("We had 5 large eggs and 2 guests."),
            QStringLiteral("Honestly? I have no idea what happened."),
            QStringLiteral("[The recipe](https://example.com/use-a-timer-200g) was the one "
                           "I followed."),
            QStringLiteral("Il faut préchauffer le four."),
        };
        for (const QString &lesson : reflection) {
            INFO(lesson);
            CHECK_FALSE(givesAdvice(lesson));
        }
    }
}

TEST_CASE("coach: the lesson and the change that caused the fail")
{
    Story story = goodStory();
    story.changes = {{DeviationKind::Tool, QStringLiteral("the oven door"), QStringLiteral("shut"),
                      QStringLiteral("opened at 10 min"), false}};

    SECTION("nominal: no change marked as the cause, nothing to say")
    {
        const QStringList found = ids(coachStory(story));
        CHECK_FALSE(found.contains(QStringLiteral("lesson-cause")));
        CHECK_FALSE(found.contains(QStringLiteral("lesson-no-cause")));
    }

    SECTION("nominal: a lesson naming the cause passes")
    {
        story.changes[0].causedFail = true;
        CHECK(ids(coachStory(story)).contains(QStringLiteral("lesson-cause")));
    }

    SECTION("nominal: a lesson about something else is asked to name it, in the lesson")
    {
        story.changes[0].causedFail = true;
        story.beat(Beat::Lesson) = QStringLiteral("Patience is everything.");
        const QList<CoachFinding> findings = coachStory(story);
        const CoachFinding *missing = findById(findings, QStringLiteral("lesson-no-cause"));
        REQUIRE(missing);
        CHECK(missing->severity == CoachSeverity::Suggestion);
        CHECK(missing->why.contains(QStringLiteral("\u201cthe oven door\u201d")));
        CHECK(missing->location == CoachLocation::inBeat(Beat::Lesson));
    }

    SECTION("robustness: without a subject, what was done is looked for; an empty lesson waits")
    {
        story.changes[0] = {DeviationKind::Ingredient,
                            {},
                            QStringLiteral("butter"),
                            QStringLiteral("margarine"),
                            true};
        story.beat(Beat::Lesson) = QStringLiteral("Margarine will not do.");
        CHECK(ids(coachStory(story)).contains(QStringLiteral("lesson-cause")));
        story.beat(Beat::Lesson).clear();
        const QStringList found = ids(coachStory(story));
        CHECK_FALSE(found.contains(QStringLiteral("lesson-cause")));
        CHECK_FALSE(found.contains(QStringLiteral("lesson-no-cause")));
    }
}

TEST_CASE("coach: a photo's edited mark turned off is asked about", "[coach]")
{
    Story story;
    story.title = QStringLiteral("A soufflé that sank in the oven");
    MediaItem photo;
    photo.file = QStringLiteral("sunk.jpg");
    photo.alt = QStringLiteral("A sunken soufflé in a ramekin");
    photo.origin.known = true;
    photo.origin.edited = true;
    photo.origin.software = QStringLiteral("Snapseed 2.0");
    MediaItem plain = photo;
    plain.origin.edited = false;
    story.media = {plain, photo};

    SECTION("nominal: marked, as the file says: nothing to ask")
    {
        CHECK_FALSE(ids(coachStory(story)).contains(QStringLiteral("edited-unmarked:1")));
    }

    SECTION("nominal: turned off without a reason: the coach asks why, at the mark")
    {
        story.media[1].editedMarkOff = true;
        const QList<CoachFinding> findings = coachStory(story);
        const CoachFinding *asked = findById(findings, QStringLiteral("edited-unmarked:1"));
        REQUIRE(asked);
        CHECK(asked->severity == CoachSeverity::Warning);
        CHECK(asked->title.contains(QStringLiteral("photo 2")));
        CHECK(asked->why.contains(QStringLiteral("Snapseed 2.0")));
        CHECK(asked->location == CoachLocation::editedMark(1));
    }

    SECTION("nominal: a reason given, or a file that says nothing of an edit, ends the question")
    {
        story.media[1].editedMarkOff = true;
        story.media[1].editedMarkReason = QStringLiteral("The file is from a straightening only");
        CHECK_FALSE(ids(coachStory(story)).contains(QStringLiteral("edited-unmarked:1")));
        story.media[0].editedMarkOff = true;
        CHECK_FALSE(ids(coachStory(story)).contains(QStringLiteral("edited-unmarked:0")));
    }
}
