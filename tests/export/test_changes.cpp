// SPDX-License-Identifier: GPL-3.0-or-later
// "What I changed" in every format: a table in the "what went wrong"
// section, in the post's language, with the creator's words kept inert.
#include "export/exporter.h"
#include "export/exportsink.h"
#include "export/markdown.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

ExportInput focacciaWithChanges(const QString &language = u"en_GB"_s)
{
    ExportInput input;
    input.story.title = u"Flat focaccia"_s;
    input.story.language = language;
    input.story.beat(Beat::WentWrong) = u"It never rose."_s;
    input.story.beat(Beat::Lesson) = u"Check the yeast."_s;
    input.story.changes = {
        {DeviationKind::Ingredient, u"yeast"_s, u"fresh yeast"_s, u"old dried yeast"_s, true},
        {DeviationKind::Temperature, u"the | oven"_s, u"230 °C"_s, u"<script>x</script>"_s, false},
    };
    return input;
}

// The rows of the first table in `html`, each a list of cell texts.
QList<QStringList> tableRows(const QString &html)
{
    static const QRegularExpression rowPattern(u"<tr>(.*?)</tr>"_s,
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(u"<t[hd][^>]*>(.*?)</t[hd]>"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
    const qsizetype start = html.indexOf(u"<table"_s);
    REQUIRE(start >= 0);
    const QString table = html.mid(start, html.indexOf(u"</table>"_s, start) - start);
    QList<QStringList> rows;
    for (auto row = rowPattern.globalMatch(table); row.hasNext();) {
        QStringList cells;
        for (auto cell = cellPattern.globalMatch(row.next().captured(1)); cell.hasNext();)
            cells << cell.next().captured(1).trimmed();
        rows << cells;
    }
    return rows;
}

const QList<QStringList> ExpectedRows {
    {u"Change"_s, u"The recipe said"_s, u"I did"_s, u"The fail"_s},
    {u"Ingredient: yeast"_s, u"fresh yeast"_s, u"old dried yeast"_s,
     u"<strong>Caused it</strong>"_s},
    {u"Temperature: the | oven"_s, u"230 °C"_s, u"&lt;script&gt;x&lt;/script&gt;"_s, u""_s},
};

} // namespace

TEST_CASE("export: what I changed, as a table under what went wrong")
{
    SECTION("nominal: the Markdown formats carry a table that renders as one, in its section")
    {
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll}) {
            INFO(exportFormatKey(format).toStdString());
            const QString markdown = exportedPostText(format, focacciaWithChanges());
            const qsizetype changes = markdown.indexOf(u"### What I changed"_s);
            REQUIRE(changes > 0);
            CHECK(markdown.indexOf(u"It never rose."_s) < changes);
            CHECK(changes < markdown.indexOf(u"Check the yeast."_s));
            const QString body = markdown.mid(markdown.indexOf(u"\n---\n"_s) + 5);
            CHECK(tableRows(markdownToHtml(body)) == ExpectedRows);
        }
    }

    SECTION("nominal: the HTML formats show the same table inside the section")
    {
        for (ExportFormat format : {ExportFormat::HtmlSingle, ExportFormat::Html}) {
            INFO(exportFormatKey(format).toStdString());
            const QString html = exportedPostText(format, focacciaWithChanges());
            const qsizetype section = html.indexOf(u"<div class=\"changes\">"_s);
            REQUIRE(section > 0);
            CHECK(html.indexOf(u"<h3>What I changed</h3>"_s, section) > section);
            CHECK(tableRows(html.mid(section)) == ExpectedRows);
            checkNoLiveMarkup(html);
        }
    }

    SECTION("nominal: in a German post the words are German")
    {
        const QString html =
            exportedPostText(ExportFormat::HtmlSingle, focacciaWithChanges(u"de_DE"_s));
        CHECK(html.contains(u"<h3>Was ich geändert habe</h3>"_s));
        const QList<QStringList> rows = tableRows(html);
        REQUIRE(rows.size() == 3);
        CHECK(rows.at(1).at(0) == u"Zutat: yeast"_s);
        CHECK(rows.at(1).at(3) == u"<strong>Hat es verursacht</strong>"_s);
    }

    SECTION("nominal: without changes there is no table, and empty rows are left out")
    {
        ExportInput input = focacciaWithChanges();
        input.story.changes = {Deviation {}};
        for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::HtmlSingle}) {
            const QString text = exportedPostText(format, input);
            CHECK_FALSE(text.contains(u"What I changed"_s));
            CHECK_FALSE(text.contains(u"<table"_s));
        }
    }
}
