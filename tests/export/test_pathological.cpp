// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs that would make cmark-gfm slow or huge are made plain first, and
// keep every character the creator wrote; ordinary text is not touched.
#include "export/markdown.h"
#include "export/markdownguard.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <cmark-gfm.h>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

TEST_CASE("markdown guard: ordinary text is parsed as written")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    for (const ExportInput &input : {souffleStory(temp.path()), hostileStory(), bareStory()}) {
        for (Beat beat : AllBeats) {
            const QString &text = input.story.beat(beat);
            CHECK_FALSE(guardMarkdown(text).changed());
            CHECK(guardMarkdown(text).markdown == text);
        }
    }
    // A long story of ordinary paragraphs, lists, a table and emphasis.
    QString story;
    for (int i = 0; i < 2000; ++i)
        story +=
            u"Paragraph %1 with *emphasis*, a [link](https://example.com) and `code`.\n"
            u"- item one\n- item two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n"_s.arg(i);
    CHECK(guardMarkdown(story).markdown == story);
}

TEST_CASE("markdown guard: pathological input is made plain, nothing dropped")
{
    SECTION("robustness: a table row of 100,000 pipes is text, not a table")
    {
        const QString row = QString(100000, u'|') + u"\n|-|-|\n"_s;
        const QString html = markdownToHtml(row);
        CHECK_FALSE(html.contains(u"<table"_s));
        CHECK(html.count(u'|') + html.count(u"&#124;"_s) >= 100000 + 3);
    }

    SECTION("robustness: a paragraph of emphasis marks keeps them as text")
    {
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += u"*a*"_s;
        const QString plain = markdownToPlainText(text);
        CHECK(plain.count(u"*a*"_s) == 20000);
    }

    SECTION("robustness: brackets, angle brackets and backticks by the thousand")
    {
        for (const QString &unit : {u"["_s, u"<a"_s, u"`a"_s, u"![x]("_s}) {
            const QString text = unit.repeated(20000);
            CHECK(markdownToPlainText(text).count(unit) == 20000);
        }
    }

    SECTION("robustness: millions of lines and blocks become one paragraph")
    {
        for (const QString &unit : {u"a\n"_s, u"a\n\n"_s, u"a\r"_s, u"- a\n"_s}) {
            const QString text = unit.repeated(300000);
            const GuardedMarkdown guarded = guardMarkdown(text);
            CHECK(guarded.restored().count(u'a') == 300000);
            CHECK(guarded.markdown.count(u'\n') < 10);
            CHECK(markdownToPlainText(text).count(u'a') == 300000);
        }
    }

    SECTION("robustness: quoting a thousand levels deep stops at 32 levels")
    {
        const QString text = QString(1000, u'>') + u" deep"_s + QString(300, u'x');
        const QString html = markdownToHtml(text);
        CHECK(html.count(u"<blockquote>"_s) == 32);
        CHECK(html.contains(u"deep"_s));
    }

    SECTION("robustness: lists nested a thousand deep on one line stop at 32 levels")
    {
        // cmark-gfm's CommonMark renderer writes every level's prefix for
        // every level: a million characters for each such line.
        const QString text = u"- "_s.repeated(500) + u"1. "_s.repeated(500) + u"deep"_s;
        const QString html = markdownToHtml(text);
        CHECK(html.count(u"<ul>"_s) == 32);
        CHECK(html.count(u"<ol>"_s) == 0);
        CHECK(html.count(u"- "_s) == 500 - 32);
        CHECK(html.count(u"1. "_s) == 500);
        CHECK(html.contains(u"deep"_s));
        // A rule of many dashes is still a rule, not lists.
        CHECK(markdownToHtml(u"- "_s.repeated(40)).startsWith(u"<hr>"_s));
    }

    SECTION("robustness: a heavy paragraph is one text node, shown exactly as written")
    {
        const QString run = u"*a* [b] <c> `d` \\e _f_ {g} |h| &amp;"_s.repeated(400);
        const QString text = u"Before.\n\n"_s + run + u"\n\nAfter *this*."_s;
        const GuardedMarkdown guarded = guardMarkdown(text);
        REQUIRE(guarded.changed());
        CHECK(guarded.plain == QStringList {run});
        CHECK(guarded.restored() == text);
        const QString html = markdownToHtml(text);
        CHECK(html.contains(u"<em>this</em>"_s));
        CHECK(html.count(u"*a* [b] &lt;c&gt; `d` \\e _f_ {g} |h| &amp;amp;"_s) == 400);
        // The Markdown formats escape every mark, so nothing in it acts.
        const QString markdown = sanitizedMarkdown(text);
        CHECK(markdown.count(u"\\*a\\*"_s) == 400);
        CHECK(markdown.count(u"&#123;g}"_s) == 400);
        CHECK(markdown.contains(u"After *this*."_s));
    }

    SECTION("robustness: a creator's own private-use characters are not taken for placeholders")
    {
        const QString run =
            QString(QChar(0xE000)) + u"0"_s + QChar(0xE000) + u"*a*"_s.repeated(3000);
        const GuardedMarkdown guarded = guardMarkdown(run);
        REQUIRE(guarded.changed());
        CHECK(guarded.marker != QChar(0xE000));
        CHECK(markdownToPlainText(run) == run);
    }

    SECTION("nominal: a fenced code block is left as written")
    {
        const QString code = u"```\n"_s + u"*a*|[b]\n"_s.repeated(5000) + u"```\n"_s;
        CHECK(guardMarkdown(code).markdown == code);
    }
}

// What cmark-gfm makes of a text grows with its nodes, and every construct
// below was a node or more per few characters, or worse: 10 MB of them took
// gigabytes. Past a budget, the costliest paragraphs are plain text.
TEST_CASE("markdown guard: many cheap constructs stay within a budget, nothing dropped")
{
    SECTION("robustness: e-mail addresses on one line do not each copy the rest of it")
    {
        // cmark-gfm's autolink extension copied the rest of the line for each
        // of the first 1,000 addresses: about 1 GB for every MB of them. The
        // same with no space between them, where it read the rest instead.
        for (const QString &unit :
             {u"a@b.cd "_s, u"mailto:a@b.cd "_s, u"a.a@b.cd "_s, u"a@b.cd"_s}) {
            const QString text = unit.repeated(50000);
            CHECK(guardMarkdown(text).changed());
            const QString html = markdownToHtml(text);
            CHECK_FALSE(html.contains(u"<a "_s));
            CHECK(html.count(unit.trimmed()) == 50000);
        }
    }

    SECTION("robustness: a table's rows are not padded to a header of hundreds of columns")
    {
        // Every row gets a cell per column of the header, whatever it holds:
        // these 5 KB were half a million cells.
        const QString wide = u"|a"_s.repeated(255) + u"|\n"_s + u"|-"_s.repeated(255) + u"|\n"_s +
            u"b\n"_s.repeated(2000);
        const QString text = u"Before *this*.\n\n"_s + wide + u"\nAfter *that*."_s;
        const QString html = markdownToHtml(text);
        CHECK_FALSE(html.contains(u"<table"_s));
        CHECK(html.count(u'b') == 2000);
        CHECK(html.contains(u"<em>this</em>"_s));
        CHECK(html.contains(u"<em>that</em>"_s));
        // A table of ordinary width and length is a table.
        const QString narrow = u"|a|b|c|\n|-|-|-|\n"_s + u"|1|2|3|\n"_s.repeated(2000);
        CHECK(markdownToHtml(narrow).count(u"<tr>"_s) == 2001);
    }

    SECTION("robustness: the paragraphs that cost the most for their length go first")
    {
        // A paragraph of 500 emphases is a few thousand nodes: a few hundred
        // of them fit in the budget, the rest are plain, however many more
        // there are. Twice the paragraphs, no more emphasis made.
        const QString paragraph = u"*a* "_s.repeated(500) + u"\n\n"_s;
        const auto emphases = [&](int paragraphs) {
            const QString text = u"An *ordinary* start.\n\n"_s + paragraph.repeated(paragraphs);
            const QString html = markdownToHtml(text);
            CHECK(html.contains(u"<em>ordinary</em>"_s));
            CHECK(html.count(u"<em>a</em>"_s) + html.count(u"*a*"_s) == 500 * paragraphs);
            return html.count(u"<em>a</em>"_s);
        };
        const qsizetype some = emphases(400);
        CHECK(some > 0);
        CHECK(some < 500 * 400);
        CHECK(emphases(800) == some);
    }

    SECTION("robustness: marks that are each a node of their own, by the hundred thousand")
    {
        for (const QString &unit : {u"& "_s, u"\\"_s, u"{"_s}) {
            const QString text = unit.repeated(1100000 / unit.size());
            const GuardedMarkdown guarded = guardMarkdown(text);
            REQUIRE(guarded.changed());
            CHECK(guarded.restored() == text);
        }
    }

    SECTION("robustness: fenced code blocks count as blocks")
    {
        // Each pair of fences is an empty code block: 10 MB of them was a
        // million and a quarter blocks.
        const QString text = u"~~~\n"_s.repeated(300000);
        const GuardedMarkdown guarded = guardMarkdown(text);
        REQUIRE(guarded.changed());
        CHECK(guarded.markdown.count(u'\n') < 10);
        CHECK_FALSE(markdownToHtml(text).contains(u"<pre>"_s));
    }
}

TEST_CASE("sanitized markdown: a run of many braces is escaped whole, not a node per brace")
{
    // The Markdown formats write "{" as an entity, once an inline HTML node
    // per "{": a run the guard took out whole can hold millions.
    const QString run = u"{a} *b* [c] <d> \\e &f #g |h| ~i~ !j `k` -l 1. m\tn "_s.repeated(300);
    const QString text = u"1. "_s + run; // a heavy paragraph: one text node
    const QString markdown = sanitizedMarkdown(text);
    CHECK(markdown.count(u"&#123;"_s) == 300);
    CHECK_FALSE(markdown.contains(u'{'));
    // Read as a site generator reads it, nothing in it acts: one paragraph
    // of the text as written.
    CHECK(cmarkHtml(markdown, CMARK_OPT_DEFAULT) ==
          u"<p>"_s + text.trimmed().toHtmlEscaped() + u"</p>\n"_s);
    // A few braces are written as before, each an entity between the text.
    CHECK(sanitizedMarkdown(u"a {b} *c* {d}"_s) == u"a &#123;b} *c* &#123;d}"_s);
}
