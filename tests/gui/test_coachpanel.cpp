// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/coachpanel.h"
#include "testsupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Spill;

namespace {

QList<QWidget *> focusableRows(const CoachPanel &panel)
{
    QList<QWidget *> rows;
    for (QWidget *child : panel.findChildren<QWidget *>()) {
        if (child->focusPolicy() == Qt::StrongFocus && !child->accessibleName().isEmpty())
            rows.append(child);
    }
    return rows;
}

QWidget *rowNamed(const CoachPanel &panel, const QString &title)
{
    for (QWidget *row : focusableRows(panel)) {
        if (row->accessibleName() == title)
            return row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("coach panel: findings the creator can act on")
{
    Story story;
    story.title = QStringLiteral("The Soufflé That Sighed at the Table");
    story.beat(Beat::Intended) = QStringLiteral("A tall cheese soufflé for a birthday.");
    story.beat(Beat::CallToAction) = QStringLiteral("Tell me about your collapse.");
    const QList<CoachFinding> findings = coachStory(story);

    CoachPanel panel;
    panel.resize(320, 900);
    panel.setFindings(findings);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));

    SECTION("nominal: every finding but the reading time becomes a named row")
    {
        int expected = 0;
        for (const CoachFinding &f : findings)
            expected += f.rule() == QLatin1StringView("reading-time") ? 0 : 1;
        CHECK(focusableRows(panel).size() == expected);
        CHECK(expected >= 4);
        for (QWidget *row : focusableRows(panel))
            CHECK_FALSE(row->accessibleDescription().isEmpty());
    }

    SECTION("nominal: Enter on a row jumps to the place it names")
    {
        const auto empty =
            std::find_if(findings.begin(), findings.end(), [](const CoachFinding &f) {
                return f.id == QStringLiteral("beat-empty:lesson");
            });
        REQUIRE(empty != findings.end());
        QWidget *row = rowNamed(panel, empty->title);
        REQUIRE(row);

        QSignalSpy jumps(&panel, &CoachPanel::jumpRequested);
        row->setFocus();
        QTest::keyClick(row, Qt::Key_Return);
        REQUIRE(jumps.size() == 1);
        const auto location = jumps.at(0).at(0).value<CoachLocation>();
        CHECK(location == CoachLocation::inBeat(Beat::Lesson));

        QTest::mouseClick(row, Qt::LeftButton);
        CHECK(jumps.size() == 2);
    }

    SECTION("nominal: the summary counts what is left and shows the reading time")
    {
        QStringList texts;
        for (QLabel *label : panel.findChildren<QLabel *>())
            texts.append(label->text());
        const QString all = texts.join(u'\n');
        CHECK(all.contains(QStringLiteral("min read")));
        CHECK(all.contains(QStringLiteral("to look at")));
    }

    SECTION("nominal: a finished story leaves nothing to fix")
    {
        Story done = story;
        done.title = QStringLiteral("The Soufflé That Sighed: A Birthday Collapse");
        for (Beat beat : AllBeats)
            done.beat(beat) =
                QStringLiteral("Keep the oven door shut for 25 minutes. What humbled you?");
        MediaItem reality;
        reality.beat = Beat::WentWrong;
        reality.role = MediaRole::Reality;
        reality.alt = QStringLiteral("The soufflé sunk below the rim of its ramekin");
        done.media = {reality};
        panel.setFindings(coachStory(done));
        QStringList texts;
        for (QLabel *label : panel.findChildren<QLabel *>())
            texts.append(label->text());
        CHECK(texts.join(u'\n').contains(QStringLiteral("Nothing to fix")));
    }
}
