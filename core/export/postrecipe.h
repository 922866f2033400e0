// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Spill {

struct Post;

// "The fixed recipe" in a post, in the post's language: a section of its
// own after the lesson, so that every format and theme shows it where the
// beats are. Both are empty when the story has no fixed recipe.
QString fixedRecipeHeading(const Post &post);

// One part of it: "Ingredients" with a bullet list, or "Method" with a
// numbered list. The heading is plain text; the list Markdown, the
// creator's words in it as text.
struct RecipePart
{
    QString heading;
    QString listMarkdown;
};
QList<RecipePart> fixedRecipeParts(const Post &post);

// The section's body as Markdown: each part under a third-level heading.
QString fixedRecipeMarkdown(const Post &post);

// schema.org Recipe for the fixed recipe, never for the failed attempt:
// nullopt when the story has no fixed recipe. Its image is `dreamImage`
// (the intended dish as it should look), never the reality photo.
std::optional<QJsonObject> recipeStructuredData(const Post &post, const QString &dreamImage);

} // namespace Spill
