// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Spill {

// The recipe as the creator would cook it now, after the fail taught them:
// "The fixed recipe". Optional; only a story that has one may say it is a
// recipe to readers and to search engines (Recipe structured data), never
// the failed attempt itself.
struct FixedRecipe
{
    QStringList ingredients; // one each, e.g. "4 eggs, separated"
    QStringList steps; // in order, e.g. "Keep the oven door shut for 25 minutes."

    // No ingredient and no step with words in it.
    bool isEmpty() const;
    // The same recipe with each entry trimmed and blank ones left out: what
    // the library keeps and a post shows.
    FixedRecipe tidied() const;

    friend bool operator==(const FixedRecipe &, const FixedRecipe &) = default;
};

// The `fixed_recipe` object of spill-story/1 (absent or null: none):
// "ingredients" and "steps", each an optional array of strings. On a wrong
// value returns false and says which key, e.g. "fixed_recipe.steps[2]".
bool fixedRecipeFromJson(const QJsonValue &value, FixedRecipe *recipe, QString *error);
QJsonValue fixedRecipeToJson(const FixedRecipe &recipe);

} // namespace Spill
