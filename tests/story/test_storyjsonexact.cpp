// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a story file keeps its text and numbers exactly, or refuses the
// file and says why: never a silently altered title or a rounded number.
#include "story/storyjson.h"
#include "testsupport.h"

using namespace Spill;
using namespace Qt::StringLiterals;

namespace {

// A minimal story whose title is `titleJson`, spelt as it stands in the file.
QByteArray storyWithTitle(const QByteArray &titleJson)
{
    return QByteArray(R"({"format": "spill-story/1", "title": )") + titleJson +
        R"(, "beats": {"intended": "a", "went_wrong": "b", "salvage": "c",
        "lesson": "d", "call_to_action": "e"}, "tags": ["x", )" +
        titleJson + "]}";
}

} // namespace

TEST_CASE("story json: text is kept exactly or refused, never altered")
{
    SECTION("robustness: an unpaired surrogate escape does not eat the next character")
    {
        for (const QByteArray &title : {QByteArray(R"("A\ud800BC")"), QByteArray(R"("A\udc00BC")"),
                                        QByteArray(R"("\ud800")"), QByteArray(R"("AB\ud83d")")}) {
            INFO(title.constData());
            const StoryJsonResult result = readStoryJson(storyWithTitle(title), u"s.json"_s);
            REQUIRE_FALSE(result.ok());
            CHECK(result.error.startsWith(u"s.json: \"title\" cannot be kept exactly"_s));
            CHECK(result.error.contains(u"unpaired surrogate"_s));
        }
    }

    SECTION("nominal: a surrogate pair, escaped or raw, is one character")
    {
        for (const QByteArray &title : {QByteArray(R"("A\ud83d\ude00B")"),
                                        QByteArray("\"A\xF0\x9F\x98\x80"
                                                   "B\"")}) {
            const StoryJsonResult result = readStoryJson(storyWithTitle(title), u"s.json"_s);
            INFO(result.error);
            REQUIRE(result.ok());
            CHECK(result.story->title ==
                  QString::fromUtf8("A\xF0\x9F\x98\x80"
                                    "B"));
        }
    }

    SECTION("robustness: a byte order mark, U+FFFE and U+FFFF are kept or refused")
    {
        struct Case
        {
            QByteArray json;
            QString exact;
        };
        const QList<Case> cases = {
            {R"("\ufeffTitle")", QString(QChar(0xFEFF)) + u"Title"_s},
            {"\"\xEF\xBB\xBFTitle\"", QString(QChar(0xFEFF)) + u"Title"_s},
            {R"("A\ufffeB")", u"A"_s + QChar(0xFFFE) + u"B"_s},
            {"\"A\xEF\xBF\xBF"
             "B\"",
             u"A"_s + QChar(0xFFFF) + u"B"_s},
            {R"("A\uffffB")", u"A"_s + QChar(0xFFFF) + u"B"_s},
        };
        for (const Case &c : cases) {
            INFO(c.json.constData());
            const StoryJsonResult result = readStoryJson(storyWithTitle(c.json), u"s.json"_s);
            if (result.ok()) {
                CHECK(result.story->title == c.exact);
                CHECK(result.story->tags.contains(c.exact));
            } else {
                CHECK(result.error.startsWith(u"s.json: \"title\" cannot be kept exactly"_s));
            }
        }
        // Qt's reader drops a leading U+FEFF: this one must be refused.
        const StoryJsonResult bom = readStoryJson(storyWithTitle(R"("\ufeffTitle")"), u"s.json"_s);
        REQUIRE_FALSE(bom.ok());
        CHECK(bom.error.contains(u"U+FEFF"_s));
    }

    SECTION("robustness: the field is named in a nested value")
    {
        QByteArray json = storyWithTitle(R"("fine")");
        json.replace(R"("lesson": "d")", R"("lesson": "x\ud800y")");
        const StoryJsonResult result = readStoryJson(json, u"s.json"_s);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.startsWith(u"s.json: \"beats.lesson\" cannot be kept exactly"_s));

        QByteArray tag = storyWithTitle(R"("fine")");
        tag.replace(R"(["x", "fine"])", R"(["x", "\udfff"])");
        const StoryJsonResult tagResult = readStoryJson(tag, u"s.json"_s);
        REQUIRE_FALSE(tagResult.ok());
        CHECK(tagResult.error.startsWith(u"s.json: \"tags[1]\" cannot be kept exactly"_s));
    }
}

TEST_CASE("story json: poster_ms above 2^53 is not rounded")
{
    auto withPoster = [](const QByteArray &poster) {
        QByteArray json = storyWithTitle(R"("t")");
        const QByteArray media =
            QByteArray(R"("media": [{"file": "a.mp4", "poster_ms": )") + poster + R"(}], "tags")";
        json.replace(R"("tags")", media);
        return readStoryJson(json, u"p.json"_s);
    };
    SECTION("nominal: integers are read exactly")
    {
        for (const auto &[token, value] :
             {std::pair {QByteArray("9007199254740993"), Q_INT64_C(9007199254740993)},
              std::pair {QByteArray("9223372036854775807"), Q_INT64_C(9223372036854775807)},
              std::pair {QByteArray("1500.000"), Q_INT64_C(1500)},
              std::pair {QByteArray("0"), Q_INT64_C(0)}}) {
            INFO(token.constData());
            const StoryJsonResult result = withPoster(token);
            INFO(result.error);
            REQUIRE(result.ok());
            CHECK(result.story->media.at(0).posterMs == value);
        }
    }
    SECTION("robustness: what is not an exact whole number is refused, not rounded")
    {
        for (const QByteArray &token :
             {QByteArray("9223372036854775808"), QByteArray("9007199254740993.5"),
              QByteArray("1e3"), QByteArray("-1"), QByteArray("0.5")}) {
            INFO(token.constData());
            const StoryJsonResult result = withPoster(token);
            REQUIRE_FALSE(result.ok());
            CHECK(result.error ==
                  u"p.json: \"media[0].poster_ms\" must be a whole number of "
                  u"milliseconds, 0 or more, not "_s +
                      QString::fromLatin1(token));
        }
    }
}

TEST_CASE("story json: a key given twice is refused, never one value silently dropped")
{
    SECTION("error: the title twice, the second value would win")
    {
        const StoryJsonResult result = readStoryJson(
            R"({"format": "spill-story/1", "title": "My real title", "title": "oops",
                "beats": {"intended": "a", "went_wrong": "b", "salvage": "c", "lesson": "d",
                "call_to_action": "e"}})",
            u"dup.json"_s);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.startsWith(u"dup.json: \"title\" is given twice"_s));
    }

    SECTION("error: inside a photo, named by its place")
    {
        const StoryJsonResult result = readStoryJson(
            R"({"format": "spill-story/1", "title": "T",
                "beats": {"intended": "a", "went_wrong": "b", "salvage": "c", "lesson": "d",
                "call_to_action": "e"},
                "media": [{"file": "a.jpg"}, {"file": "b.jpg", "alt": "x", "alt": "y"}]})",
            u"dup.json"_s);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.contains(u"\"media[1].alt\" is given twice"_s));
    }

    SECTION("nominal: the same key in different objects is no repeat")
    {
        const StoryJsonResult result = readStoryJson(
            R"({"format": "spill-story/1", "title": "T",
                "beats": {"intended": "a", "went_wrong": "b", "salvage": "c", "lesson": "d",
                "call_to_action": "e"},
                "media": [{"file": "a.jpg", "alt": "one"}, {"file": "b.jpg", "alt": "two"}]})",
            u"ok.json"_s);
        INFO(result.error.toStdString());
        CHECK(result.ok());
    }
}
