// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Getting Started: the guide names the beats as the editor does and
// its Markdown examples give what it says they give.
#include "export/markdown.h"
#include "mainwindowfixture.h"
#include "shell/gettingstarted.h"
#include "story/beats.h"

#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>

using namespace Spill;

TEST_CASE("help: Getting Started opens with F1 and speaks of the five beats as the editor does")
{
    Test::TempWorkspace library;
    MainWindow window(*library.workspace);
    Test::showActive(window);
    QTest::keyClick(&window, Qt::Key_F1);
    auto *dialog = window.findChild<GettingStartedDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const QString text = dialog->text()->toPlainText();
    for (Beat beat : AllBeats) {
        CHECK(text.contains(beatTitle(beat)));
        CHECK(text.contains(beatQuestion(beat)));
    }
    CHECK(text.contains(QStringLiteral("**bold**")));
    delete dialog;
}

TEST_CASE("help: the Markdown examples give what the guide says")
{
    const auto examples = GettingStartedDialog::markdownExamples();
    REQUIRE(examples.size() == 7);
    const QStringList tags = {QStringLiteral("<strong>"),
                              QStringLiteral("<em>"),
                              QStringLiteral("<a href=\"https://example.org\""),
                              QStringLiteral("<li>"),
                              QStringLiteral("<blockquote>"),
                              QStringLiteral("<del>")};
    for (int i = 0; i < tags.size(); ++i) {
        const QString html = markdownToHtml(examples.at(i).first);
        INFO(examples.at(i).first.toStdString() << " -> " << html.toStdString());
        CHECK(html.contains(tags.at(i)));
    }
    // The table's head line, as the guide describes it, makes a table.
    CHECK(markdownToHtml(examples.last().first + QStringLiteral("\n|---|---|\n"))
              .contains(QStringLiteral("<table")));
}
