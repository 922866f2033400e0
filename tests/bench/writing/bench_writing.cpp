// SPDX-License-Identifier: GPL-3.0-or-later
// Timings for Markdown highlighting and spell checking, reported in
// docs/performance.md ("Writing"). Runs on the offscreen platform.
#include "writing/markdownhighlighter.h"
#include "writing/markdownspans.h"
#include "writing/spellchecker.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QApplication>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Spill;

namespace {

// The median of a few runs, in milliseconds.
double timeMs(const std::function<void()> &work, int runs = 5)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char *what, double ms)
{
    std::printf("| %-58s | %10.2f |\n", what, ms);
    std::fflush(stdout);
}

// About 5,000 words of Markdown prose with a typo every so often.
QString fiveThousandWords()
{
    const QString paragraph = QStringLiteral(
        "The custard *split* at eighty degrees, so I whisked in a spoon of **cold cream** and "
        "hoped. It did not recieve the rescue well: the [recipe](https://example.org/custard) "
        "warned about `heat`, and I ignored it because the oven clock was wrong again today.\n\n");
    QString text = QStringLiteral("# The custard that split\n\n");
    int words = 0;
    int section = 0;
    while (words < 5000) {
        if (words % 600 == 0)
            text += QStringLiteral("## Part %1\n\n- one thing\n- another thing\n\n> a quote\n\n")
                        .arg(++section);
        text += paragraph;
        words += 52;
    }
    return text;
}

QString oneMegabyte()
{
    const QString block = QStringLiteral(
        "## Step *one*\n\nThe **custard** split at [80 °C](https://x.org), see `thermo`.\n"
        "> A quote with ~~strike~~ and www.example.com\n\n- a\n- b\n\n");
    QString text;
    while (text.size() < 1024 * 1024)
        text += block;
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const QString beat = fiveThousandWords();
    const QString big = oneMegabyte();
    QString nestedLists;
    for (int i = 0; i < 1000; ++i)
        nestedLists += QString(i * 2, u' ') + QStringLiteral("- item\n");

    std::printf("| what | ms (median) |\n| --- | ---: |\n");
    report("markdownSpans: 5,000-word beat", timeMs([&] { markdownSpans(beat); }));
    report("markdownSpans: 1 MB mixed Markdown", timeMs([&] { markdownSpans(big); }, 3));
    report("markdownSpans: `**` x 10,000",
           timeMs([] { markdownSpans(QStringLiteral("**").repeated(10000)); }));
    report("markdownSpans: `**a ` x 10,000",
           timeMs([] { markdownSpans(QStringLiteral("**a ").repeated(10000)); }));
    report("markdownSpans: `[` x 10,000",
           timeMs([] { markdownSpans(QStringLiteral("[").repeated(10000)); }));
    report("markdownSpans: `![x](` x 5,000",
           timeMs([] { markdownSpans(QStringLiteral("![x](").repeated(5000)); }));
    report("markdownSpans: `> ` x 5,000 (nested quotes)",
           timeMs([] { markdownSpans(QStringLiteral("> ").repeated(5000) + u'x'); }));
    report("markdownSpans: lists nested 1,000 deep", timeMs([&] { markdownSpans(nestedLists); }));

    report("dictionary load: en_US (first checker)",
           timeMs([] { SpellChecker checker(QStringLiteral("en_US")); }, 1));
    report("dictionary load: de_DE (first checker)",
           timeMs([] { SpellChecker checker(QStringLiteral("de_DE")); }, 1));
    SpellChecker checker(QStringLiteral("en_US"));
    report("spell check: 5,000-word beat, cold cache", timeMs([&] {
               checker.setLanguage(QStringLiteral("en_US"));
               checker.check(beat);
           }));
    report("spell check: 5,000-word beat, warm cache", timeMs([&] { checker.check(beat); }));
    report("suggestions: \"recieve\"",
           timeMs([&] { checker.suggestions(QStringLiteral("recieve")); }));

    for (SpellChecker *spell : {static_cast<SpellChecker *>(nullptr), &checker}) {
        const bool withSpell = spell != nullptr;
        QTextDocument document;
        document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
        MarkdownHighlighter highlighter(&document, QPalette(), spell);
        QElapsedTimer timer;
        timer.start();
        document.setPlainText(beat);
        report(withSpell ? "5,000-word beat: load text, parse, highlight (+ spelling)"
                         : "5,000-word beat: load text, parse, highlight",
               double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        highlighter.highlightNow();
        report(withSpell ? "5,000-word beat: highlightNow() (+ spelling)"
                         : "5,000-word beat: highlightNow()",
               double(timer.nsecsElapsed()) / 1e6);
        // A keystroke in the middle: the GUI thread re-highlights that block.
        QTextCursor cursor(document.findBlockByNumber(document.blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        report(withSpell ? "5,000-word beat: one keystroke (+ spelling)"
                         : "5,000-word beat: one keystroke",
               timeMs([&] { cursor.insertText(QStringLiteral("x")); }, 21));
        // The whole round trip of a keystroke: pause, worker parse, apply.
        highlighter.setDebounceInterval(0);
        report(withSpell ? "5,000-word beat: keystroke to re-parsed highlight (+ spelling)"
                         : "5,000-word beat: keystroke to re-parsed highlight",
               timeMs([&] {
                   QEventLoop loop;
                   QObject::connect(&highlighter, &MarkdownHighlighter::spansApplied, &loop,
                                    &QEventLoop::quit);
                   cursor.insertText(QStringLiteral(" *y*"));
                   loop.exec();
               }));
    }

    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    MarkdownHighlighter highlighter(&document, QPalette(), &checker);
    QElapsedTimer timer;
    timer.start();
    document.setPlainText(big);
    report("1 MB beat: load text (+ spelling, Markdown not yet)", double(timer.nsecsElapsed()) / 1e6);
    timer.restart();
    highlighter.highlightNow();
    report("1 MB beat: parse + full highlight (+ spelling)", double(timer.nsecsElapsed()) / 1e6);
    QTextCursor cursor(document.findBlockByNumber(document.blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    report("1 MB beat: one keystroke (+ spelling)",
           timeMs([&] { cursor.insertText(QStringLiteral("x")); }, 21));
    return 0;
}
