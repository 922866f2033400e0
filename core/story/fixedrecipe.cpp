// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixedrecipe.h"

#include "jsonmessages.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace Spill {

namespace {

const QString Ingredients = QStringLiteral("ingredients");
const QString Steps = QStringLiteral("steps");
const QString Key = QStringLiteral("fixed_recipe");

QStringList tidiedList(const QStringList &entries)
{
    QStringList out;
    for (const QString &entry : entries) {
        if (const QString trimmed = entry.trimmed(); !trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

} // namespace

bool FixedRecipe::isEmpty() const
{
    const FixedRecipe tidy = tidied();
    return tidy.ingredients.isEmpty() && tidy.steps.isEmpty();
}

FixedRecipe FixedRecipe::tidied() const
{
    return FixedRecipe {tidiedList(ingredients), tidiedList(steps)};
}

bool fixedRecipeFromJson(const QJsonValue &value, FixedRecipe *recipe, QString *error)
{
    *recipe = {};
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return JsonMessages::failWrongType(error, Key, QT_TRANSLATE_NOOP("StoryJson", "an object"),
                                           value);
    const QJsonObject object = value.toObject();
    for (auto [name, list] :
         {std::pair {Ingredients, &recipe->ingredients}, std::pair {Steps, &recipe->steps}}) {
        const QString key = Key + u'.' + name;
        const QJsonValue entries = object.value(name);
        if (entries.isUndefined() || entries.isNull())
            continue;
        if (!entries.isArray())
            return JsonMessages::failWrongType(error, key,
                                               QT_TRANSLATE_NOOP("StoryJson", "an array"), entries);
        const QJsonArray array = entries.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return JsonMessages::failWrongType(error, QStringLiteral("%1[%2]").arg(key).arg(i),
                                                   QT_TRANSLATE_NOOP("StoryJson", "a string"),
                                                   array.at(i));
            list->append(array.at(i).toString());
        }
    }
    return true;
}

QJsonValue fixedRecipeToJson(const FixedRecipe &recipe)
{
    return QJsonObject {{Ingredients, QJsonArray::fromStringList(recipe.ingredients)},
                        {Steps, QJsonArray::fromStringList(recipe.steps)}};
}

} // namespace Spill
