// SPDX-License-Identifier: GPL-3.0-or-later
// "The fixed recipe": the recipe as it should be cooked now, in spill-story/1.
#include "story/storyjson.h"
#include "storyjsonfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Spill;
using namespace Qt::StringLiterals;

namespace {

StoryJsonResult readRecipe(const QJsonValue &recipe)
{
    return readStoryJson(Test::focacciaJsonWith(u"fixed_recipe"_s, recipe), u"focaccia.json"_s);
}

} // namespace

TEST_CASE("story json: the fixed recipe")
{
    SECTION("nominal: ingredients and steps are read in order")
    {
        const StoryJsonResult result = readRecipe(QJsonObject {
            {u"ingredients"_s, QJsonArray {u"500 g bread flour"_s, u"7 g fresh yeast"_s}},
            {u"steps"_s, QJsonArray {u"Proof the yeast first."_s, u"Rise for 2 h."_s}},
        });
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        const FixedRecipe &recipe = result.story->fixedRecipe;
        CHECK(recipe.ingredients == QStringList {u"500 g bread flour"_s, u"7 g fresh yeast"_s});
        CHECK(recipe.steps == QStringList {u"Proof the yeast first."_s, u"Rise for 2 h."_s});
        CHECK_FALSE(recipe.isEmpty());
    }

    SECTION("nominal: either part may be missing; without the key there is no recipe")
    {
        const StoryJsonResult steps =
            readRecipe(QJsonObject {{u"steps"_s, QJsonArray {u"Keep the door shut."_s}}});
        REQUIRE(steps.ok());
        CHECK(steps.story->fixedRecipe.ingredients.isEmpty());
        CHECK(steps.story->fixedRecipe.steps == QStringList {u"Keep the door shut."_s});

        const StoryJsonResult none = readRecipe(QJsonValue::Undefined);
        REQUIRE(none.ok());
        CHECK(none.story->fixedRecipe.isEmpty());
        CHECK_FALSE(writeStoryJson(*none.story).contains("\"fixed_recipe\""));
        const StoryJsonResult nulled = readRecipe(QJsonValue::Null);
        REQUIRE(nulled.ok());
        CHECK(nulled.story->fixedRecipe.isEmpty());
    }

    SECTION("nominal: hostile words round-trip exactly; blank entries are not written")
    {
        Story story;
        story.title = u"Round trip"_s;
        story.slug = u"round-trip"_s;
        story.fixedRecipe.ingredients = {u"a | pipe \"quoted\" <b>"_s, u"  "_s,
                                         u"½ tsp 🧂 \\"_s};
        story.fixedRecipe.steps = {u"# not a heading"_s, u"1. not a list"_s};
        const QByteArray json = writeStoryJson(story);
        const StoryJsonResult result = readStoryJson(json, u"trip.json"_s);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        CHECK(result.story->fixedRecipe.ingredients ==
              QStringList {u"a | pipe \"quoted\" <b>"_s, u"½ tsp 🧂 \\"_s});
        CHECK(result.story->fixedRecipe.steps == story.fixedRecipe.steps);
        CHECK(writeStoryJson(*result.story) == json);
        // Documented order: after the beats, headings and changes, before the lists.
        CHECK(json.indexOf("\"beats\"") < json.indexOf("\"fixed_recipe\""));
        CHECK(json.indexOf("\"fixed_recipe\"") < json.indexOf("\"failure_kinds\""));
    }

    SECTION("nominal: a recipe of blank lines is empty, and not written")
    {
        Story story;
        story.title = u"Blank"_s;
        story.fixedRecipe.ingredients = {u""_s, u" \t"_s};
        CHECK(story.fixedRecipe.isEmpty());
        CHECK_FALSE(writeStoryJson(story).contains("\"fixed_recipe\""));
    }

    SECTION("robustness: a wrong value is refused with the file and the key named")
    {
        const auto errorFor = [](const QJsonValue &recipe) {
            const StoryJsonResult result = readRecipe(recipe);
            REQUIRE_FALSE(result.ok());
            return result.error;
        };
        CHECK(errorFor(QJsonArray {u"eggs"_s}) ==
              u"focaccia.json: \"fixed_recipe\" must be an object, not an array"_s);
        CHECK(errorFor(QJsonObject {{u"ingredients"_s, u"eggs"_s}}) ==
              u"focaccia.json: \"fixed_recipe.ingredients\" must be an array, not a string"_s);
        CHECK(errorFor(QJsonObject {{u"steps"_s, QJsonArray {u"Whisk."_s, 2}}}) ==
              u"focaccia.json: \"fixed_recipe.steps[1]\" must be a string, not a number"_s);
    }

    SECTION("robustness: an entry whose words Qt would alter is refused, naming it")
    {
        const QByteArray json =
            Test::focacciaJsonWith(u"fixed_recipe"_s,
                                   QJsonObject {{u"ingredients"_s, QJsonArray {u"X"_s}}})
                .replace("\"X\"", "\"A\\ud800BC\"");
        const StoryJsonResult result = readStoryJson(json, u"focaccia.json"_s);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.contains(u"fixed_recipe.ingredients[0]"_s));
    }
}
