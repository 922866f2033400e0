// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "writing/markdownhighlighter.h"

#include <QPlainTextDocumentLayout>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Spill;

namespace {

// What a QPlainTextEdit gives its document; without a layout a document
// reports no edits to its highlighter.
void useEditorLayout(QTextDocument &document)
{
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Text, QColor(20, 20, 20));
    palette.setColor(QPalette::Base, QColor(255, 255, 255));
    palette.setColor(QPalette::Link, QColor(0, 90, 200));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Text, QColor(230, 230, 230));
    palette.setColor(QPalette::Base, QColor(30, 30, 30));
    palette.setColor(QPalette::Link, QColor(120, 170, 255));
    return palette;
}

// The format the highlighter gave the character at a document position.
QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int local = position - block.position();
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (local >= range.start && local < range.start + range.length)
            return range.format;
    }
    return {};
}

int at(const QTextDocument &document, const QString &needle)
{
    const int found = int(document.toPlainText().indexOf(needle));
    REQUIRE(found >= 0);
    return found;
}

bool isMisspeltAt(const QTextDocument &document, int position)
{
    return formatAt(document, position).underlineStyle() == QTextCharFormat::SpellCheckUnderline;
}

} // namespace

TEST_CASE("markdown highlighter: formats in the document")
{
    QTextDocument document;
    useEditorLayout(document);
    document.setPlainText(
        QStringLiteral("# Title\n\nSome **bold**, *it*, ~~no~~ [link](http://x.org) and `code`.\n\n"
                       "> quoted\n\n- item\n\n```\nblock\n```\n"));

    SECTION("nominal: each construct gets its look from a light palette")
    {
        const QPalette palette = lightPalette();
        MarkdownHighlighter highlighter(&document, palette);
        highlighter.highlightNow();

        const QTextCharFormat title = formatAt(document, at(document, QStringLiteral("Title")));
        CHECK(title.fontWeight() == QFont::Bold);
        CHECK(title.fontPointSize() > document.defaultFont().pointSizeF());
        CHECK(formatAt(document, at(document, QStringLiteral("bold"))).fontWeight() == QFont::Bold);
        CHECK(formatAt(document, at(document, QStringLiteral("it*"))).fontItalic());
        CHECK(formatAt(document, at(document, QStringLiteral("no~"))).fontStrikeOut());
        CHECK(formatAt(document, at(document, QStringLiteral("link]"))).foreground().color() ==
              palette.color(QPalette::Link));
        const QColor url =
            formatAt(document, at(document, QStringLiteral("http"))).foreground().color();
        CHECK(url.isValid());
        CHECK(url != palette.color(QPalette::Link));
        CHECK(url != palette.color(QPalette::Text));

        const QTextCharFormat code = formatAt(document, at(document, QStringLiteral("code`")));
        CHECK(code.fontFixedPitch());
        CHECK(code.background().style() != Qt::NoBrush);
        CHECK(formatAt(document, at(document, QStringLiteral("block"))).fontFixedPitch());
        CHECK(formatAt(document, at(document, QStringLiteral("quoted"))).fontItalic());

        // Markup characters are dimmed: between text and background.
        const QColor star =
            formatAt(document, at(document, QStringLiteral("**bold"))).foreground().color();
        CHECK(star.lightness() > palette.color(QPalette::Text).lightness());
        CHECK(star.lightness() < palette.color(QPalette::Base).lightness());
        CHECK(formatAt(document, at(document, QStringLiteral("- item"))).fontWeight() ==
              QFont::Bold);

        // Plain prose keeps the editor's own format.
        CHECK_FALSE(formatAt(document, at(document, QStringLiteral("Some")))
                        .hasProperty(QTextFormat::ForegroundBrush));
    }

    SECTION("nominal: a dark palette gives dark-friendly colours")
    {
        const QPalette palette = darkPalette();
        MarkdownHighlighter highlighter(&document, palette);
        highlighter.highlightNow();
        CHECK(formatAt(document, at(document, QStringLiteral("link]"))).foreground().color() ==
              palette.color(QPalette::Link));
        const QColor star =
            formatAt(document, at(document, QStringLiteral("**bold"))).foreground().color();
        CHECK(star.lightness() < palette.color(QPalette::Text).lightness());
        CHECK(star.lightness() > palette.color(QPalette::Base).lightness());

        highlighter.setPalette(lightPalette());
        CHECK(formatAt(document, at(document, QStringLiteral("link]"))).foreground().color() ==
              lightPalette().color(QPalette::Link));
    }

    SECTION("nominal: text already in the document is highlighted without highlightNow()")
    {
        MarkdownHighlighter highlighter(&document, lightPalette());
        const int bold = at(document, QStringLiteral("bold"));
        CHECK(QTest::qWaitFor([&] { return formatAt(document, bold).fontWeight() == QFont::Bold; },
                              5000));
        CHECK(formatAt(document, at(document, QStringLiteral("block"))).fontFixedPitch());
    }

    SECTION("nominal: the spans of each block are kept relative to the block")
    {
        MarkdownHighlighter highlighter(&document, lightPalette());
        highlighter.highlightNow();
        const QTextBlock block = document.findBlock(at(document, QStringLiteral("Some")));
        CHECK(highlighter.blockSpans(block).contains(MarkdownSpan {5, 8, MarkdownKind::Strong, 0}));
    }
}

TEST_CASE("markdown highlighter: parsing off the GUI thread")
{
    QTextDocument document;
    useEditorLayout(document);
    MarkdownHighlighter highlighter(&document, lightPalette());
    highlighter.setDebounceInterval(10);
    QSignalSpy applied(&highlighter, &MarkdownHighlighter::spansApplied);

    SECTION("nominal: typed text is highlighted after the pause, stale results are dropped")
    {
        // A whole new text is highlighted at once.
        document.setPlainText(QStringLiteral("Some **bold** words"));
        CHECK(formatAt(document, 7).fontWeight() == QFont::Bold);

        // Until the next parse, the block's spans move with the edit.
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("Very "));
        CHECK(formatAt(document, 12).fontWeight() == QFont::Bold);
        CHECK(formatAt(document, 2).fontWeight() != QFont::Bold);

        // Edits in quick succession: only the final text's spans count.
        for (int i = 0; i < 20; ++i) {
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(i % 2 ? QStringLiteral(" *x*") : QStringLiteral(" `y`"));
            QCoreApplication::processEvents();
        }
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n\n## Late"));
        CHECK(formatAt(document, at(document, QStringLiteral("Late"))).fontWeight() != QFont::Bold);
        REQUIRE(applied.wait(5000));
        const int late = at(document, QStringLiteral("Late"));
        CHECK(QTest::qWaitFor([&] { return formatAt(document, late).fontWeight() == QFont::Bold; },
                              5000));
        CHECK(formatAt(document, at(document, QStringLiteral("x*"))).fontItalic());
        CHECK(formatAt(document, at(document, QStringLiteral("y`"))).fontFixedPitch());
        CHECK(formatAt(document, at(document, QStringLiteral("bold"))).fontWeight() == QFont::Bold);
    }

    SECTION("robustness: a 1 MB beat and unbalanced markup are highlighted")
    {
        QString text;
        while (text.size() < 1024 * 1024)
            text += QStringLiteral("Some **bold** and [unclosed *words ") +
                QStringLiteral("**").repeated(20) + QStringLiteral("\n> > > deep\n\n");
        document.setPlainText(text);
        REQUIRE(applied.wait(30000));
        CHECK(formatAt(document, 7).fontWeight() == QFont::Bold);
        const int last = int(text.lastIndexOf(QStringLiteral("bold")));
        CHECK(formatAt(document, last).fontWeight() == QFont::Bold);
    }
}

TEST_CASE("markdown highlighter: spelling underlines")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QTextDocument document;
    useEditorLayout(document);
    document.setPlainText(QStringLiteral(
        "I recieve **bold ganachey** from [recieve](https://recieve.org) and `recieve`."));
    SpellChecker checker(QStringLiteral("en_US"));
    REQUIRE(checker.isAvailable());
    REQUIRE(checker.setPersonalDictionaryPath(dir.filePath(QStringLiteral("words.txt"))));
    MarkdownHighlighter highlighter(&document, lightPalette(), &checker);
    highlighter.highlightNow();

    SECTION("nominal: misspelt prose gets a wavy underline combined with the Markdown look")
    {
        CHECK(isMisspeltAt(document, 2));
        CHECK(formatAt(document, 2).underlineColor().isValid());
        const int ganachey = at(document, QStringLiteral("ganachey"));
        CHECK(isMisspeltAt(document, ganachey));
        CHECK(formatAt(document, ganachey).fontWeight() == QFont::Bold);
        CHECK_FALSE(isMisspeltAt(document, at(document, QStringLiteral("bold"))));
        // Link text is prose; its target and code are not.
        CHECK(isMisspeltAt(document, at(document, QStringLiteral("recieve]"))));
        CHECK_FALSE(isMisspeltAt(document, at(document, QStringLiteral("recieve.org"))));
        CHECK_FALSE(isMisspeltAt(document, at(document, QStringLiteral("recieve`"))));

        const auto misspelling = highlighter.misspellingAt(4);
        REQUIRE(misspelling.has_value());
        CHECK(*misspelling == Misspelling {2, 7, QStringLiteral("recieve")});
        CHECK_FALSE(highlighter.misspellingAt(at(document, QStringLiteral("bold"))).has_value());

        // Positions in later blocks are document positions too.
        QTextCursor cursor(&document);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n\nA wrods here"));
        const int wrods = at(document, QStringLiteral("wrods"));
        CHECK(isMisspeltAt(document, wrods));
        CHECK(highlighter.misspellingAt(wrods + 2) ==
              Misspelling {wrods, 5, QStringLiteral("wrods")});
    }

    SECTION("nominal: adding a word to the dictionary clears its underline")
    {
        const int ganachey = at(document, QStringLiteral("ganachey"));
        REQUIRE(checker.addToDictionary(QStringLiteral("ganachey")));
        CHECK_FALSE(isMisspeltAt(document, ganachey));
        CHECK(isMisspeltAt(document, 2));
        PersonalDictionary::waitForFileChanges(); // before the folder goes
    }

    SECTION("nominal: without a spell checker nothing is underlined")
    {
        highlighter.setSpellChecker(nullptr);
        CHECK_FALSE(isMisspeltAt(document, 2));
    }
}
