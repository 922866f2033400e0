// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "writing/markdownspans.h"

#include <algorithm>

using namespace Spill;
using K = MarkdownKind;

namespace {

bool has(const QList<MarkdownSpan> &spans, int start, int length, K kind, int level = 0)
{
    return spans.contains(MarkdownSpan {start, length, kind, level});
}

// The span's text, for readable failures: has() checks the offsets exactly.
QString textOf(const QString &text, const QList<MarkdownSpan> &spans, K kind, int index = 0)
{
    for (const MarkdownSpan &span : spans) {
        if (span.kind == kind && index-- == 0)
            return text.mid(span.start, span.length);
    }
    return QStringLiteral("<none>");
}

int countOf(const QList<MarkdownSpan> &spans, K kind)
{
    return int(std::count_if(spans.begin(), spans.end(),
                             [kind](const MarkdownSpan &s) { return s.kind == kind; }));
}

bool sane(const QString &text, const QList<MarkdownSpan> &spans)
{
    return std::all_of(spans.begin(), spans.end(), [&](const MarkdownSpan &s) {
        return s.start >= 0 && s.length > 0 && s.end() <= text.size();
    });
}

} // namespace

TEST_CASE("markdown spans: each construct at its exact offsets")
{
    SECTION("nominal: ATX and setext headings with their markers")
    {
        const QString text = QStringLiteral("## Burnt ##\n\nSetext\n===\n");
        const auto spans = markdownSpans(text);
        CHECK(has(spans, 0, 11, K::Heading, 2));
        CHECK(has(spans, 0, 2, K::Markup));
        CHECK(has(spans, 9, 2, K::Markup));
        CHECK(has(spans, 13, 10, K::Heading, 1));
        CHECK(has(spans, 20, 3, K::Markup));
    }

    SECTION("nominal: emphasis, strong and strikethrough include their delimiters")
    {
        const QString text = QStringLiteral("a *b* __c__ ~~d~~");
        const auto spans = markdownSpans(text);
        CHECK(has(spans, 2, 3, K::Emphasis));
        CHECK(has(spans, 2, 1, K::Markup));
        CHECK(has(spans, 4, 1, K::Markup));
        CHECK(has(spans, 6, 5, K::Strong));
        CHECK(has(spans, 6, 2, K::Markup));
        CHECK(has(spans, 9, 2, K::Markup));
        CHECK(has(spans, 12, 5, K::Strikethrough));
        CHECK(has(spans, 12, 2, K::Markup));
        CHECK(has(spans, 15, 2, K::Markup));
    }

    SECTION("nominal: links split into text and target, images into alt text and target")
    {
        const QString text =
            QStringLiteral("See [the recipe](https://x.org/r \"R\") or ![a pan](pan.jpg).");
        const auto spans = markdownSpans(text);
        CHECK(textOf(text, spans, K::LinkText) == QStringLiteral("the recipe"));
        CHECK(has(spans, 4, 1, K::Markup));
        CHECK(has(spans, 5, 10, K::LinkText));
        CHECK(has(spans, 15, 1, K::Markup));
        CHECK(has(spans, 16, 21, K::LinkUrl));
        CHECK(has(spans, 41, 2, K::Markup));
        CHECK(has(spans, 43, 5, K::Image));
        CHECK(has(spans, 48, 1, K::Markup));
        CHECK(has(spans, 49, 9, K::LinkUrl));
    }

    SECTION("nominal: autolinks, bare URLs and e-mail addresses are link targets")
    {
        const QString text =
            QStringLiteral("<https://a.org> then www.b.org, https://c.org/x and cook@d.org ok");
        const auto spans = markdownSpans(text);
        CHECK(has(spans, 0, 15, K::LinkUrl));
        CHECK(has(spans, 21, 9, K::LinkUrl));
        CHECK(has(spans, 32, 15, K::LinkUrl));
        CHECK(has(spans, 52, 10, K::LinkUrl));
        CHECK(countOf(spans, K::LinkUrl) == 4);
    }

    SECTION("nominal: list markers, bullets and numbers, nested")
    {
        const QString text = QStringLiteral("- eggs\n  * milk\n10. stir\n");
        const auto spans = markdownSpans(text);
        CHECK(has(spans, 0, 1, K::ListMarker));
        CHECK(has(spans, 9, 1, K::ListMarker));
        CHECK(has(spans, 16, 3, K::ListMarker));
        CHECK(countOf(spans, K::ListMarker) == 3);
    }

    SECTION("nominal: block quotes, nested and lazy, with every marker")
    {
        const QString text = QStringLiteral("> one\nlazy *x*\n> > two *y*\n");
        const auto spans = markdownSpans(text);
        CHECK(has(spans, 0, 26, K::BlockQuote));
        CHECK(countOf(spans, K::BlockQuote) == 1);
        CHECK(has(spans, 0, 1, K::Markup));
        CHECK(has(spans, 15, 1, K::Markup));
        CHECK(has(spans, 17, 1, K::Markup));
        // Inlines on a lazy line and under two markers land where they are.
        CHECK(has(spans, 11, 3, K::Emphasis));
        CHECK(has(spans, 23, 3, K::Emphasis));
    }

    SECTION("nominal: inline code with its backticks, code blocks with their fences")
    {
        const QString text =
            QStringLiteral("Use `` a`b `` now\n\n```cpp\nint x;\n```\n\n    indented\n");
        const auto spans = markdownSpans(text);
        CHECK(has(spans, 4, 9, K::InlineCode));
        CHECK(has(spans, 4, 2, K::Markup));
        CHECK(has(spans, 11, 2, K::Markup));
        CHECK(textOf(text, spans, K::CodeBlock) == QStringLiteral("```cpp\nint x;\n```"));
        CHECK(has(spans, 19, 6, K::Markup));
        CHECK(has(spans, 33, 3, K::Markup));
        CHECK(textOf(text, spans, K::CodeBlock, 1) == QStringLiteral("indented"));
    }

    SECTION("nominal: HTML, rules and table delimiter rows")
    {
        const QString text =
            QStringLiteral("a <b>c</b>\n\n---\n\n| x | y |\n|---|---|\n| 1 | 2 |\n");
        const auto spans = markdownSpans(text);
        CHECK(has(spans, 2, 3, K::Html));
        CHECK(has(spans, 6, 4, K::Html));
        CHECK(has(spans, 12, 3, K::Markup));
        CHECK(has(spans, 27, 9, K::Markup));
    }

    SECTION("nominal: inlines keep their place on indented continuation lines")
    {
        const QString text = QStringLiteral("first\n   then *here*\n");
        CHECK(has(markdownSpans(text), 14, 6, K::Emphasis));
    }

    SECTION("nominal: a link that spans lines, after reference definitions")
    {
        const QString text =
            QStringLiteral("[r]: https://r.org\nsee [the\nrecipe][r] and *this*\n");
        const auto spans = markdownSpans(text);
        CHECK(textOf(text, spans, K::LinkText) == QStringLiteral("the\nrecipe"));
        CHECK(textOf(text, spans, K::LinkUrl) == QStringLiteral("[r]"));
        CHECK(textOf(text, spans, K::Emphasis) == QStringLiteral("*this*"));
    }

    SECTION("nominal: CRLF line ends")
    {
        const QString text = QStringLiteral("# T\r\n\r\n*a*\r\nb *c*\r\n");
        const auto spans = markdownSpans(text);
        CHECK(has(spans, 0, 3, K::Heading, 1));
        CHECK(has(spans, 7, 3, K::Emphasis));
        CHECK(has(spans, 14, 3, K::Emphasis));
    }
}

TEST_CASE("markdown spans: UTF-8 byte columns become UTF-16 offsets")
{
    SECTION("nominal: accents and an emoji before and inside the markup")
    {
        const QString text =
            QStringLiteral("# Crème *brûlée* 🍰 **gâteau**\n\n🍰🍰 [Küche](https://ü.de) `ß`");
        const auto spans = markdownSpans(text);
        CHECK(textOf(text, spans, K::Heading) == QStringLiteral("# Crème *brûlée* 🍰 **gâteau**"));
        CHECK(has(spans, 8, 8, K::Emphasis));
        CHECK(textOf(text, spans, K::Emphasis) == QStringLiteral("*brûlée*"));
        // The emoji is two UTF-16 units and four UTF-8 bytes.
        CHECK(has(spans, 20, 10, K::Strong));
        CHECK(textOf(text, spans, K::LinkText) == QStringLiteral("Küche"));
        CHECK(has(spans, 38, 5, K::LinkText));
        CHECK(textOf(text, spans, K::LinkUrl) == QStringLiteral("(https://ü.de)"));
        CHECK(textOf(text, spans, K::InlineCode) == QStringLiteral("`ß`"));
    }

    SECTION("robustness: NUL, lone surrogates and a byte order mark keep offsets aligned")
    {
        QString text = QStringLiteral("\uFEFF*a* x");
        text += QChar(0);
        text += QChar(0xD800);
        text += QStringLiteral(" *b*");
        const auto spans = markdownSpans(text);
        CHECK(has(spans, 1, 3, K::Emphasis));
        CHECK(has(spans, 9, 3, K::Emphasis));
    }
}

TEST_CASE("markdown spans: pathological input completes with sane spans")
{
    SECTION("robustness: empty and whitespace-only text")
    {
        CHECK(markdownSpans(QString()).isEmpty());
        CHECK(markdownSpans(QStringLiteral("  \n\n\t\n")).isEmpty());
    }

    SECTION("robustness: ten thousand unbalanced ** pairs")
    {
        const QString text = QStringLiteral("**").repeated(10000) + QStringLiteral(" word");
        const auto spans = markdownSpans(text);
        CHECK(sane(text, spans));
        CHECK(countOf(spans, K::Strong) == 0);
    }

    SECTION("robustness: ten thousand ** separated by words")
    {
        const QString text = QStringLiteral("**a ").repeated(10000);
        const auto spans = markdownSpans(text);
        CHECK(sane(text, spans));
    }

    SECTION("robustness: ten thousand unclosed [ and ![")
    {
        const QString text =
            QStringLiteral("[").repeated(10000) + QStringLiteral("![x](").repeated(5000);
        const auto spans = markdownSpans(text);
        CHECK(sane(text, spans));
        CHECK(countOf(spans, K::LinkText) == 0);
    }

    SECTION("robustness: quotes and lists nested thousands deep")
    {
        const QString quotes = QStringLiteral("> ").repeated(5000) + QStringLiteral("deep *x*\n");
        const auto quoteSpans = markdownSpans(quotes);
        CHECK(sane(quotes, quoteSpans));
        CHECK(countOf(quoteSpans, K::BlockQuote) == 1);
        CHECK(countOf(quoteSpans, K::Markup) >= 5000);

        QString lists;
        for (int i = 0; i < 1000; ++i)
            lists += QString(i * 2, u' ') + QStringLiteral("- item\n");
        const auto listSpans = markdownSpans(lists);
        CHECK(sane(lists, listSpans));
        CHECK(countOf(listSpans, K::ListMarker) >= 100);
    }

    SECTION("robustness: a 1 MB beat of mixed Markdown")
    {
        const QString block = QStringLiteral(
            "## Step *one*\n\nThe **custard** split at [80 °C](https://x.org), see `thermo`.\n"
            "> A quote with ~~strike~~ and www.example.com\n\n- a\n- b\n\n");
        QString text;
        while (text.size() < 1024 * 1024)
            text += block;
        const auto spans = markdownSpans(text);
        CHECK(sane(text, spans));
        CHECK(countOf(spans, K::Strong) == text.count(QStringLiteral("**custard**")));
        CHECK(std::is_sorted(
            spans.begin(), spans.end(),
            [](const MarkdownSpan &a, const MarkdownSpan &b) { return a.start < b.start; }));
    }
}
