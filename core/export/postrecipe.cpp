// SPDX-License-Identifier: GPL-3.0-or-later
#include "postrecipe.h"

#include "markdownpost.h"
#include "post.h"

#include <QJsonArray>
#include <QStringList>

namespace Spill {

namespace {

// A list item's words as text: escapeMarkdownText(), and a start that would
// make a list or a rule of its own ("- ", "+ ", "---", "2. ") escaped too.
QString listItemText(const QString &text)
{
    QString out = escapeMarkdownText(text);
    if (out.startsWith(u'-') || out.startsWith(u'+') || out.startsWith(u'='))
        return u'\\' + out;
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit() && out.at(digits).unicode() < 128)
        ++digits;
    if (digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
        out.insert(digits, u'\\');
    return out;
}

} // namespace

QString fixedRecipeHeading(const Post &post)
{
    return post.story.fixedRecipe.isEmpty()
        ? QString()
        : post.words.text(QT_TRANSLATE_NOOP("Export", "The fixed recipe"));
}

QList<RecipePart> fixedRecipeParts(const Post &post)
{
    const FixedRecipe recipe = post.story.fixedRecipe.tidied();
    const PostWords &words = post.words;
    QList<RecipePart> parts;
    if (!recipe.ingredients.isEmpty()) {
        QStringList items;
        for (const QString &ingredient : recipe.ingredients)
            items << u"- " + listItemText(ingredient);
        parts.append({words.text(QT_TRANSLATE_NOOP("Export", "Ingredients")), items.join(u'\n')});
    }
    if (!recipe.steps.isEmpty()) {
        QStringList items;
        for (qsizetype i = 0; i < recipe.steps.size(); ++i)
            items << QString::number(i + 1) + u". " + listItemText(recipe.steps.at(i));
        parts.append({words.text(QT_TRANSLATE_NOOP("Export", "Method")), items.join(u'\n')});
    }
    return parts;
}

QString fixedRecipeMarkdown(const Post &post)
{
    QStringList blocks;
    for (const RecipePart &part : fixedRecipeParts(post))
        blocks << subsectionMarkdown(part.heading, part.listMarkdown);
    return blocks.join(QStringLiteral("\n\n"));
}

std::optional<QJsonObject> recipeStructuredData(const Post &post, const QString &dreamImage)
{
    const FixedRecipe recipe = post.story.fixedRecipe.tidied();
    if (recipe.isEmpty())
        return std::nullopt;
    const Story &story = post.story;
    const QString title = story.title.simplified();
    const QString dish = story.dish.simplified();
    QJsonObject object {{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                        {QStringLiteral("@type"), QStringLiteral("Recipe")},
                        {QStringLiteral("name"), dish.isEmpty() ? title : dish},
                        {QStringLiteral("description"),
                         post.words
                             .text(QT_TRANSLATE_NOOP("Export",
                                                     "The recipe as it should be cooked, "
                                                     "corrected after the fail told in “%1”."))
                             .arg(title)},
                        {QStringLiteral("inLanguage"), post.language}};
    if (!recipe.ingredients.isEmpty())
        object.insert(QStringLiteral("recipeIngredient"),
                      QJsonArray::fromStringList(recipe.ingredients));
    if (!recipe.steps.isEmpty()) {
        QJsonArray steps;
        for (const QString &step : recipe.steps)
            steps.append(QJsonObject {{QStringLiteral("@type"), QStringLiteral("HowToStep")},
                                      {QStringLiteral("text"), step}});
        object.insert(QStringLiteral("recipeInstructions"), steps);
    }
    if (story.updated.isValid() || story.created.isValid())
        object.insert(
            QStringLiteral("datePublished"),
            (story.created.isValid() ? story.created : story.updated).toString(Qt::ISODate));
    if (!story.tags.isEmpty())
        object.insert(QStringLiteral("keywords"), story.tags.join(QStringLiteral(", ")));
    if (!dreamImage.isEmpty())
        object.insert(QStringLiteral("image"), dreamImage);
    if (!post.publishedUrl.isEmpty())
        object.insert(QStringLiteral("url"), post.publishedUrl);
    return object;
}

} // namespace Spill
