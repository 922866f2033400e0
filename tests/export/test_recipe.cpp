// SPDX-License-Identifier: GPL-3.0-or-later
// "The fixed recipe" in every format: a section after the lesson, lists
// that stay lists of the creator's words, and Recipe structured data only
// for the corrected recipe, never for the failed attempt.
#include "export/exporter.h"
#include "export/markdown.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

const QStringList Ingredients {u"4 eggs, separated"_s, u"- not a bullet"_s, u"2. not a step"_s,
                               u"<b>50 g</b> Gruyère"_s};
const QStringList Steps {u"Heat the oven to 190 °C."_s, u"+ keep the door *shut* for 25 min"_s,
                         u"---"_s};

ExportInput withRecipe(ExportInput input)
{
    input.story.fixedRecipe = {Ingredients, Steps};
    return input;
}

ExportInput focacciaWithRecipe(const QString &language = u"en_GB"_s)
{
    ExportInput input;
    input.story.title = u"Flat focaccia"_s;
    input.story.language = language;
    input.story.beat(Beat::WentWrong) = u"It never rose."_s;
    input.story.beat(Beat::Lesson) = u"Check the yeast."_s;
    input.story.beat(Beat::CallToAction) = u"What fell flat for you?"_s;
    return withRecipe(input);
}

// The text of each <li> of the list element `tag` ("ul" or "ol") that
// follows `from` in `html`, tags inside it kept.
QStringList listItems(const QString &html, const QString &tag, qsizetype from)
{
    const qsizetype start = html.indexOf(u'<' + tag + u'>', from);
    REQUIRE(start >= 0);
    const qsizetype end = html.indexOf(u"</"_s + tag + u'>', start);
    static const QRegularExpression item(u"<li>(.*?)</li>"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    QStringList items;
    for (auto match = item.globalMatch(html.mid(start, end - start)); match.hasNext();)
        items << match.next().captured(1).trimmed();
    return items;
}

// What a reader sees of each entry, as cmark-gfm writes it in HTML.
QStringList asHtml(const QStringList &entries)
{
    QStringList out;
    for (const QString &entry : entries)
        out << entry.toHtmlEscaped();
    return out;
}

// The JSON-LD of an HTML page, parsed.
QJsonValue structuredData(const QString &html)
{
    const QString open = u"<script type=\"application/ld+json\">"_s;
    const qsizetype start = html.indexOf(open);
    REQUIRE(start >= 0);
    const qsizetype end = html.indexOf(u"</script>"_s, start);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        html.mid(start + open.size(), end - start - open.size()).toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// The properties schema.org defines for Recipe, its own and those it has as
// a CreativeWork and a Thing, of which Spill writes some.
const QStringList RecipeProperties {
    u"@context"_s,
    u"@type"_s,
    u"name"_s,
    u"description"_s,
    u"image"_s,
    u"url"_s,
    u"inLanguage"_s,
    u"datePublished"_s,
    u"keywords"_s,
    u"recipeIngredient"_s,
    u"recipeInstructions"_s,
};

// A Recipe as schema.org defines it and search engines require it: a name,
// ingredients as text, instructions as HowToSteps with text, every property
// one schema.org knows for a Recipe.
void checkRecipe(const QJsonObject &recipe)
{
    CHECK(recipe.value(u"@context"_s).toString() == u"https://schema.org"_s);
    CHECK(recipe.value(u"@type"_s).toString() == u"Recipe"_s);
    CHECK_FALSE(recipe.value(u"name"_s).toString().trimmed().isEmpty());
    for (const QString &key : recipe.keys()) {
        INFO(key.toStdString());
        CHECK(RecipeProperties.contains(key));
    }
    QStringList ingredients;
    for (const QJsonValue &value : recipe.value(u"recipeIngredient"_s).toArray()) {
        REQUIRE(value.isString());
        ingredients << value.toString();
    }
    CHECK(ingredients == Ingredients);
    QStringList steps;
    for (const QJsonValue &value : recipe.value(u"recipeInstructions"_s).toArray()) {
        REQUIRE(value.isObject());
        CHECK(value[u"@type"_s].toString() == u"HowToStep"_s);
        steps << value[u"text"_s].toString();
    }
    CHECK(steps == Steps);
}

} // namespace

TEST_CASE("export: the fixed recipe")
{
    SECTION("nominal: the Markdown formats carry it after the lesson, its lists intact")
    {
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll}) {
            INFO(exportFormatKey(format).toStdString());
            const QString markdown = exportedPostText(format, focacciaWithRecipe());
            const qsizetype recipe = markdown.indexOf(u"\n## The fixed recipe\n"_s);
            REQUIRE(recipe > 0);
            CHECK(markdown.indexOf(u"Check the yeast."_s) < recipe);
            CHECK(recipe < markdown.indexOf(u"What fell flat for you?"_s));
            const QString html = markdownToHtml(markdown.mid(markdown.indexOf(u"\n---\n"_s) + 5));
            const qsizetype section = html.indexOf(u"<h2>The fixed recipe</h2>"_s);
            REQUIRE(section > 0);
            CHECK(html.indexOf(u"<h3>Ingredients</h3>"_s, section) > section);
            CHECK(html.indexOf(u"<h3>Method</h3>"_s, section) > section);
            // Each entry one item of one list: nothing nested, no rule.
            CHECK(listItems(html, u"ul"_s, section) == asHtml(Ingredients));
            CHECK(listItems(html, u"ol"_s, section) == asHtml(Steps));
            CHECK_FALSE(html.contains(u"<hr"_s));
        }
    }

    SECTION("nominal: the HTML formats show it as a section and describe it as a Recipe")
    {
        QTemporaryDir media;
        REQUIRE(media.isValid());
        const ExportInput souffle = withRecipe(souffleStory(media.path()));
        for (ExportFormat format : {ExportFormat::HtmlSingle, ExportFormat::Html}) {
            INFO(exportFormatKey(format).toStdString());
            const QString html = exportedPostText(format, souffle);
            const qsizetype section = html.indexOf(u"<section class=\"beat beat-fixed-recipe\">"_s);
            REQUIRE(section > 0);
            CHECK(html.indexOf(u"<h2>The fixed recipe</h2>"_s, section) > section);
            CHECK(html.indexOf(u"beat-lesson"_s) < section);
            CHECK(section < html.indexOf(u"beat-call_to_action"_s));
            CHECK(listItems(html, u"ul"_s, section) == asHtml(Ingredients));
            checkNoLiveMarkup(html);

            const QJsonValue data = structuredData(html);
            REQUIRE(data.isArray());
            REQUIRE(data.toArray().size() == 2);
            CHECK(data[0][u"@type"_s].toString() == u"BlogPosting"_s);
            const QJsonObject recipe = data[1].toObject();
            checkRecipe(recipe);
            CHECK(recipe.value(u"name"_s).toString() == souffle.story.dish);
            // The picture is the dish as it was meant to be, never the fail;
            // a single file has no picture files to point at.
            if (format == ExportFormat::Html)
                CHECK(recipe.value(u"image"_s).toString() == u"01-dream.jpg"_s);
            else
                CHECK_FALSE(recipe.contains(u"image"_s));
        }
    }

    SECTION("nominal: without a fixed recipe there is no section and no Recipe")
    {
        ExportInput input = focacciaWithRecipe();
        input.story.fixedRecipe = {{u" "_s}, {}};
        for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::HtmlSingle}) {
            const QString text = exportedPostText(format, input);
            CHECK_FALSE(text.contains(u"The fixed recipe"_s));
            CHECK_FALSE(text.contains(u"Recipe\""_s));
        }
        const QJsonValue data = structuredData(exportedPostText(ExportFormat::HtmlSingle, input));
        REQUIRE(data.isObject());
        CHECK(data[u"@type"_s].toString() == u"BlogPosting"_s);
    }

    SECTION("nominal: only the parts it has are shown")
    {
        ExportInput input = focacciaWithRecipe();
        input.story.fixedRecipe.steps.clear();
        const QString markdown = exportedPostText(ExportFormat::Markdown, input);
        CHECK(markdown.contains(u"### Ingredients"_s));
        CHECK_FALSE(markdown.contains(u"### Method"_s));
        const QJsonValue data = structuredData(exportedPostText(ExportFormat::HtmlSingle, input));
        CHECK(data[1][u"recipeIngredient"_s].toArray().size() == Ingredients.size());
        CHECK_FALSE(data[1].toObject().contains(u"recipeInstructions"_s));
    }

    SECTION("nominal: in a German post the words are German")
    {
        const QString html =
            exportedPostText(ExportFormat::HtmlSingle, focacciaWithRecipe(u"de_DE"_s));
        CHECK(html.contains(u"<h2>Das korrigierte Rezept</h2>"_s));
        CHECK(html.contains(u"<h3>Zutaten</h3>"_s));
        CHECK(html.contains(u"<h3>Zubereitung</h3>"_s));
    }
}
