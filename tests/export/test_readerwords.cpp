// SPDX-License-Identifier: GPL-3.0-or-later
// What readers see of Spill's own words: headings written for them, dates
// as their language writes them, and a comment prompt only where the blog
// takes comments.
#include "export/exporter.h"
#include "export/exportsink.h"
#include "export/postwords.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

ExportInput textOnly()
{
    ExportInput input;
    input.story.title = u"Sunken soufflé"_s;
    input.story.language = u"en_GB"_s;
    input.story.created = QDateTime(QDate(2026, 12, 3), QTime(18, 42), QTimeZone(3600));
    for (Beat beat : AllBeats)
        input.story.beat(beat) = u"Something happened in "_s + beatKey(beat) + u'.';
    input.story.beat(Beat::CallToAction) = u"What collapsed on you last?"_s;
    return input;
}

QStringList headingsOf(const QString &html)
{
    static const QRegularExpression h2(u"<h2>([^<]*)</h2>"_s);
    QStringList texts;
    for (auto it = h2.globalMatch(html); it.hasNext();)
        texts << it.next().captured(1);
    return texts;
}

QStringList markdownHeadingsOf(const QString &markdown)
{
    static const QRegularExpression h2(u"^## (.*)$"_s, QRegularExpression::MultilineOption);
    QStringList texts;
    for (auto it = h2.globalMatch(markdown); it.hasNext();)
        texts << it.next().captured(1);
    return texts;
}

} // namespace

TEST_CASE("reader headings: defaults for readers, the creator's own, or none")
{
    ExportInput input = textOnly();

    SECTION("nominal: a story without headings of its own gets friendly defaults")
    {
        const QStringList expected {u"The plan"_s, u"Where it went sideways"_s, u"The rescue"_s,
                                    u"What I learned"_s, u"Over to you"_s};
        CHECK(headingsOf(exportedPostText(ExportFormat::Html, input)) == expected);
        CHECK(markdownHeadingsOf(exportedPostText(ExportFormat::Markdown, input)) == expected);
        CHECK(markdownHeadingsOf(exportedPostText(ExportFormat::Hugo, input)) == expected);
        CHECK(markdownHeadingsOf(exportedPostText(ExportFormat::Jekyll, input)) == expected);
        // Spill's step names are for the creator, not the reader.
        for (Beat beat : AllBeats)
            CHECK_FALSE(exportedPostText(ExportFormat::Html, input).contains(beatTitle(beat)));
    }

    SECTION("a typed heading replaces the default; a hidden one leaves no heading at all")
    {
        input.story.heading(Beat::Intended) = BeatHeading::withText(u"Birthday ambitions"_s);
        input.story.heading(Beat::Salvage) = BeatHeading::hidden();
        const QStringList expected {u"Birthday ambitions"_s, u"Where it went sideways"_s,
                                    u"What I learned"_s, u"Over to you"_s};
        const QString html = exportedPostText(ExportFormat::Html, input);
        CHECK(headingsOf(html) == expected);
        // The beat's text is still there, only its heading went.
        CHECK(html.contains(u"Something happened in salvage."_s));
        CHECK_FALSE(html.contains(u"<h2></h2>"_s));
        CHECK(markdownHeadingsOf(exportedPostText(ExportFormat::Markdown, input)) == expected);
    }

    SECTION("a step name reaches the post only when the creator types it")
    {
        input.story.heading(Beat::Lesson) = BeatHeading::withText(u"Lesson"_s);
        CHECK(headingsOf(exportedPostText(ExportFormat::Html, input)).contains(u"Lesson"_s));
    }

    SECTION("a hostile heading is text, never markup")
    {
        input.story.heading(Beat::Intended) =
            BeatHeading::withText(u"<script>alert(1)</script> & {{x}}"_s);
        const QString html = exportedPostText(ExportFormat::Html, input);
        CHECK(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{x}}"_s));
        checkNoLiveMarkup(html);
        const QString markdown = exportedPostText(ExportFormat::Hugo, input);
        CHECK_FALSE(markdown.contains(u"<script>"_s));
        CHECK_FALSE(markdown.contains(u"{{x}}"_s));
    }
}

TEST_CASE("reader dates: the story's language in a <time> element, ISO 8601 in front matter")
{
    ExportInput input = textOnly();

    SECTION("nominal: British English")
    {
        const QString html = exportedPostText(ExportFormat::Html, input);
        CHECK(html.contains(
            u"<time datetime=\"2026-12-03T18:42:00+01:00\">3 December 2026</time>"_s));
    }

    SECTION("American English puts the month first")
    {
        input.story.language = u"en_US"_s;
        CHECK(exportedPostText(ExportFormat::Html, input).contains(u">December 3, 2026</time>"_s));
    }

    SECTION("German, with the German default headings")
    {
        input.story.language = u"de_DE"_s;
        const QString html = exportedPostText(ExportFormat::Html, input);
        CHECK(html.contains(u">3. Dezember 2026</time>"_s));
        CHECK(html.contains(u"<html lang=\"de-DE\">"_s));
        // Spill's German translation travels with this test.
        CHECK(headingsOf(html).first() == PostWords(u"de-DE"_s).defaultHeading(Beat::Intended));
        CHECK(headingsOf(html).first() != u"The plan"_s);
    }

    SECTION("front matter keeps the machine's date")
    {
        const QByteArray yaml = frontMatterOf(exportedPostText(ExportFormat::Hugo, input).toUtf8());
        CHECK(yaml.contains("date: 2026-12-03T18:42:00+01:00"));
    }
}

TEST_CASE("the comment prompt: only when the blog takes comments")
{
    const ExportInput input = textOnly();
    const QString prompt = PostWords(u"en-GB"_s).commentInvitation();
    REQUIRE(prompt == u"Tell me in the comments."_s);

    for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll,
                                ExportFormat::Html, ExportFormat::HtmlSingle}) {
        INFO(exportFormatKey(format).toStdString());
        const QString without = exportedPostText(format, input);
        // The post ends with the creator's own question.
        CHECK(without.contains(u"What collapsed on you last?"_s));
        CHECK_FALSE(without.contains(prompt));

        ExportOptions options;
        options.comments = true;
        const QString with = exportedPostText(format, input, options);
        CHECK(with.contains(prompt));
        CHECK(with.indexOf(prompt) > with.indexOf(u"What collapsed on you last?"_s));
    }
}
