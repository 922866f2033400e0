// SPDX-License-Identifier: GPL-3.0-or-later
// A redeemed fail and the story that redeemed it name each other near the
// top of their posts, in every format.
#include "exportfixture.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

ExportInput sankSouffle(const QString &language = u"en_US"_s)
{
    ExportInput input;
    input.story.title = u"The soufflé that sank"_s;
    input.story.language = language;
    input.story.beat(Beat::WentWrong) = u"I opened the door."_s;
    input.story.redemption.storyId = 7;
    input.story.redemption.on = QDate(2026, 12, 1);
    input.story.redemption.story = {7, u"souffle-take-two"_s, u"Soufflé, take *two*"_s,
                                    u"https://blog.example/souffle-take-two/"_s};
    return input;
}

ExportInput takeTwo()
{
    ExportInput input;
    input.story.title = u"Soufflé, take two"_s;
    input.story.beat(Beat::WentWrong) = u"Nothing, this time."_s;
    input.story.redeems = {{3, u"sank"_s, u"The soufflé that sank"_s, {}},
                           {4, u"burnt"_s, u"Burnt <b>cheese</b>"_s, u"javascript:alert(1)"_s}};
    return input;
}

} // namespace

TEST_CASE("export: a fail and its redemption name each other")
{
    SECTION("nominal: Markdown formats quote the link under the facts, before the first beat")
    {
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll}) {
            INFO(exportFormatKey(format).toStdString());
            const QString markdown = exportedPostText(format, sankSouffle());
            const qsizetype box = markdown.indexOf(
                u"> **Redeemed:** [Soufflé, take \\*two\\*](<https://blog.example/souffle-take-two/>)"_s);
            REQUIRE(box > 0);
            // Before the first beat's heading (the description above may quote it).
            CHECK(box < markdown.indexOf(u"\n## "_s));
        }
    }

    SECTION("nominal: the redemption names where it began; a link that is not the web is text")
    {
        const QString markdown = exportedPostText(ExportFormat::Markdown, takeTwo());
        CHECK(markdown.contains(u"> **Where this began:** The soufflé that sank\\\n"
                                "> **Where this began:** Burnt \\<b\\>cheese\\</b\\>"_s));
        CHECK_FALSE(markdown.contains(u"javascript"_s));
    }

    SECTION("nominal: HTML shows a box in the header's place, links as links, text as text")
    {
        for (ExportFormat format : {ExportFormat::HtmlSingle, ExportFormat::Html}) {
            INFO(exportFormatKey(format).toStdString());
            const QString fail = exportedPostText(format, sankSouffle());
            CHECK(fail.contains(u"<div class=\"tip story-links\"><p><strong>Redeemed:</strong> "
                                "<a href=\"https://blog.example/souffle-take-two/\">Soufflé, take "
                                "*two*</a></p></div>"_s));
            const QString later = exportedPostText(format, takeTwo());
            CHECK(
                later.contains(u"<strong>Where this began:</strong> The soufflé that sank</p>"_s));
            CHECK(later.contains(
                u"<strong>Where this began:</strong> Burnt &lt;b&gt;cheese&lt;/b&gt;</p>"_s));
            checkNoLiveMarkup(later);
        }
    }

    SECTION("nominal: a post elsewhere is linked as the creator's own words say it")
    {
        ExportInput input = sankSouffle();
        input.story.redemption = {};
        input.story.redemption.url = u"https://other.example/again"_s;
        const QString markdown = exportedPostText(ExportFormat::Markdown, input);
        CHECK(
            markdown.contains(u"> **Redeemed:** [I tried again](<https://other.example/again>)"_s));
    }

    SECTION("nominal: a German post speaks German")
    {
        const QString markdown = exportedPostText(ExportFormat::Markdown, sankSouffle(u"de_DE"_s));
        CHECK(markdown.contains(u"> **Wiedergutgemacht:** [Soufflé, take \\*two\\*]"_s));
    }

    SECTION("nominal: a story with neither has no box")
    {
        ExportInput input = sankSouffle();
        input.story.redemption = {};
        for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::HtmlSingle}) {
            const QString text = exportedPostText(format, input);
            CHECK_FALSE(text.contains(u"Redeemed"_s));
            CHECK_FALSE(text.contains(u"story-links"_s));
        }
    }
}
