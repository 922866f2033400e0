// SPDX-License-Identifier: GPL-3.0-or-later
// "What I changed": the changes from the recipe in spill-story/1.
#include "story/storyjson.h"
#include "storyjsonfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Spill;
using namespace Qt::StringLiterals;

namespace {

StoryJsonResult readChanges(const QJsonValue &changes)
{
    return readStoryJson(Test::focacciaJsonWith(u"changes"_s, changes), u"focaccia.json"_s);
}

} // namespace

TEST_CASE("story json: what I changed from the recipe")
{
    SECTION("nominal: each change is read with its kind, words and cause, in order")
    {
        const StoryJsonResult result = readChanges(QJsonArray {
            QJsonObject {{u"kind"_s, u"ingredient"_s},
                         {u"subject"_s, u"flour"_s},
                         {u"planned"_s, u"bread flour"_s},
                         {u"actual"_s, u"cake flour"_s},
                         {u"caused_fail"_s, true}},
            QJsonObject {{u"kind"_s, u"time"_s}, {u"planned"_s, u"2 h"_s}},
        });
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        const QList<Deviation> &changes = result.story->changes;
        REQUIRE(changes.size() == 2);
        CHECK(changes.at(0).kind == DeviationKind::Ingredient);
        CHECK(changes.at(0).subject == u"flour"_s);
        CHECK(changes.at(0).planned == u"bread flour"_s);
        CHECK(changes.at(0).actual == u"cake flour"_s);
        CHECK(changes.at(0).causedFail);
        CHECK(changes.at(1).kind == DeviationKind::Time);
        CHECK(changes.at(1).subject.isEmpty());
        CHECK(changes.at(1).actual.isEmpty());
        CHECK_FALSE(changes.at(1).causedFail);
    }

    SECTION("nominal: a file without changes has none, and writing it adds no key")
    {
        const StoryJsonResult result = readChanges(QJsonValue::Undefined);
        REQUIRE(result.ok());
        CHECK(result.story->changes.isEmpty());
        CHECK_FALSE(writeStoryJson(*result.story).contains("\"changes\""));
        const StoryJsonResult nulled = readChanges(QJsonValue::Null);
        REQUIRE(nulled.ok());
        CHECK(nulled.story->changes.isEmpty());
    }

    SECTION("nominal: every kind and hostile words round-trip exactly")
    {
        Story story;
        story.title = u"Round trip"_s;
        story.slug = u"round-trip"_s;
        for (DeviationKind kind : allDeviationKinds()) {
            story.changes.append({kind, u"a | pipe \"quoted\" <b>"_s, u"180 °C\n(fan)"_s,
                                  u"220 °C 🔥 \\ back"_s, kind == DeviationKind::Temperature});
        }
        const QByteArray json = writeStoryJson(story);
        const StoryJsonResult result = readStoryJson(json, u"trip.json"_s);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        CHECK(result.story->changes == story.changes);
        CHECK(writeStoryJson(*result.story) == json);
        // Documented order: after the beats (and headings), before the lists.
        CHECK(json.indexOf("\"beats\"") < json.indexOf("\"changes\""));
        CHECK(json.indexOf("\"changes\"") < json.indexOf("\"failure_kinds\""));
    }

    SECTION("robustness: a wrong value is refused with the file and the key named")
    {
        const auto errorFor = [](const QJsonValue &changes) {
            const StoryJsonResult result = readChanges(changes);
            REQUIRE_FALSE(result.ok());
            return result.error;
        };
        CHECK(errorFor(u"none"_s) ==
              u"focaccia.json: \"changes\" must be an array, not a string"_s);
        CHECK(errorFor(QJsonArray {1}) ==
              u"focaccia.json: \"changes[0]\" must be an object, not a number"_s);
        CHECK(errorFor(QJsonArray {QJsonObject {{u"subject"_s, u"salt"_s}}}) ==
              u"focaccia.json: \"changes[0].kind\" must be a string, not nothing"_s);
        CHECK(errorFor(QJsonArray {QJsonObject {{u"kind"_s, u"time"_s}},
                                   QJsonObject {{u"kind"_s, u"mood"_s}}}) ==
              u"focaccia.json: \"changes[1].kind\" must be one of ingredient, quantity, step, "
              "time, temperature, tool, not \"mood\""_s);
        CHECK(errorFor(QJsonArray {QJsonObject {{u"kind"_s, u"tool"_s}, {u"actual"_s, 3}}}) ==
              u"focaccia.json: \"changes[0].actual\" must be a string, not a number"_s);
        CHECK(errorFor(QJsonArray {
                  QJsonObject {{u"kind"_s, u"tool"_s}, {u"caused_fail"_s, u"yes"_s}}}) ==
              u"focaccia.json: \"changes[0].caused_fail\" must be true or false, not a string"_s);
    }

    SECTION("robustness: a change whose words Qt would alter is refused, naming it")
    {
        const QByteArray json =
            Test::focacciaJsonWith(
                u"changes"_s,
                QJsonArray {QJsonObject {{u"kind"_s, u"step"_s}, {u"planned"_s, u"X"_s}}})
                .replace("\"X\"", "\"A\\ud800BC\"");
        const StoryJsonResult result = readStoryJson(json, u"focaccia.json"_s);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.contains(u"changes[0].planned"_s));
    }

    SECTION("nominal: a row with nothing typed in it is blank")
    {
        CHECK(Deviation {}.isBlank());
        CHECK(Deviation {DeviationKind::Tool, u"  "_s, {}, {}, false}.isBlank());
        CHECK_FALSE(Deviation {DeviationKind::Tool, {}, {}, {}, true}.isBlank());
        CHECK_FALSE(Deviation {DeviationKind::Tool, {}, u"whisk"_s, {}, false}.isBlank());
    }
}
