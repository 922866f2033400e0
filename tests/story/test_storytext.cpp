// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/storytext.h"
#include "testsupport.h"

using namespace Spill;

TEST_CASE("story text: words a reader reads, Markdown syntax ignored")
{
    SECTION("nominal: Markdown markers and URLs are not words")
    {
        struct Case
        {
            const char *markdown;
            int words;
        };
        const Case cases[] = {
            {"", 0},
            {"   \n\n  ", 0},
            {"Hello world", 2},
            {"# Heading here", 2},
            {"### Closing hashes ###", 2},
            {"#hashtag stays", 2},
            {"**bold** and _italic_ and ~~gone~~", 5},
            {"[the recipe](https://example.com/a/very/long/url?x=1&y=2)", 2},
            {"[the recipe][1]\n\n[1]: https://example.com/recipe", 2},
            {"![a photo of a cake](media/cake.jpg)", 0},
            {"Before ![alt words here](a.jpg) after", 2},
            {"```cpp\ncode here\n```", 2},
            {"~~~\nfenced\n~~~", 1},
            {"> quoted text\n- item one\n* item two\n+ item three\n1. item four\n2) five", 11},
            {"- [x] done task", 2},
            {"---\n***\n- - -\n| --- | --- |", 0},
            {"snake_case word", 2},
            {"<https://example.com/page> and https://example.com/other?q=1 and www.example.com", 2},
            {"well-made \u2014 honest", 2},
            {"<br> tag <em>emphasis</em>", 2},
            {"`inline code` here", 3},
            {"Bake at 180 \u00b0C for 25 minutes", 7},
            {"\u05e2\u05d5\u05d2\u05ea \u05e9\u05d5\u05e7\u05d5\u05dc\u05d3 🍰", 2},
        };
        for (const Case &c : cases) {
            const QString markdown = QString::fromUtf8(c.markdown);
            INFO(markdown);
            CHECK(wordCount(markdown) == c.words);
        }
    }

    SECTION("nominal: a story's count is the sum of its beats; the title is not read through")
    {
        Story story;
        story.title = QStringLiteral("A title of many many words here");
        story.beat(Beat::Intended) = QStringLiteral("one two");
        story.beat(Beat::Lesson) = QStringLiteral("**three** [four](https://x.example)");
        story.beat(Beat::CallToAction) = QStringLiteral("five?");
        CHECK(wordCount(story) == 5);
    }

    SECTION("nominal: reading minutes round up at 200 words a minute")
    {
        CHECK(readingMinutes(0) == 0);
        CHECK(readingMinutes(1) == 1);
        CHECK(readingMinutes(200) == 1);
        CHECK(readingMinutes(201) == 2);
        CHECK(readingMinutes(600) == 3);
        CHECK(readingMinutes(-5) == 0);
    }

    SECTION("robustness: unbalanced markup does not swallow text")
    {
        CHECK(wordCount(QStringLiteral("[unclosed link (and text")) == 4);
        CHECK(wordCount(QStringLiteral("![unclosed image and text")) == 4);
        CHECK(wordCount(QStringLiteral("**never closed emphasis")) == 3);
        CHECK(wordCount(QStringLiteral("```\nan unclosed fence still counts")) == 5);
        CHECK(wordCount(QStringLiteral("word ").repeated(50000)) == 50000);
    }

    SECTION("nominal: plain text keeps link texts and sentence ends")
    {
        CHECK(plainText(QStringLiteral("## Use [a timer](https://t.example)!")) ==
              QStringLiteral("Use a timer!"));
        CHECK(plainText(QStringLiteral("> one.\n> two")) == QStringLiteral("one.\ntwo"));
        CHECK(plainText(QStringLiteral("snake_case and __strong__ _emphasis_")) ==
              QStringLiteral("snake_case and strong emphasis"));
        CHECK(plainText(QStringLiteral("# Heading #")) == QStringLiteral("Heading"));
        CHECK(plainText(QStringLiteral("Not a heading #")) == QStringLiteral("Not a heading #"));
    }
}
