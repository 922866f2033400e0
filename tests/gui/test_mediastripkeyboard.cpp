// SPDX-License-Identifier: GPL-3.0-or-later
// Reaching the media strips by keyboard: the coach's way to a photo's alt
// text, and Tab through every beat's add button and the signature pair.
#include "editor/beatedit.h"
#include "editor/beatsection.h"
#include "editor/headingedit.h"
#include "media/mediastripview.h"
#include "mediastripfixture.h"

#include <QApplication>
#include <QTest>
#include <QToolButton>

using namespace Spill;
using namespace Spill::Test::MediaStripTests;

TEST_CASE("media strip: the coach's \"Describe photo N\" opens that photo's alt text",
          "[gui][media]")
{
    Fixture f;
    f.import(Beat::Intended, {writePhoto(f.sources.path(), QStringLiteral("plan.jpg"), 1)});
    f.import(Beat::WentWrong,
             {writePhoto(f.sources.path(), QStringLiteral("a.jpg"), 2),
              writePhoto(f.sources.path(), QStringLiteral("b.jpg"), 3)});
    REQUIRE(f.media().size() == 3);
    f.editor.show();
    f.editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.editor));

    // Photo 3 of the story is the second of "What went wrong".
    f.editor.focusMediaAltText(2);
    MediaStrip *strip = f.strip(Beat::WentWrong);
    CHECK(strip->selectedSlot() == 1);
    CHECK(QApplication::focusWidget() == strip->itemEditor()->altEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("The second try"));
    CHECK(f.media().at(2).alt == QStringLiteral("The second try"));
    CHECK(f.media().at(1).alt.isEmpty());

    f.editor.focusMediaAltText(0);
    CHECK(f.strip(Beat::Intended)->selectedSlot() == 0);
    CHECK(QApplication::focusWidget() == f.strip(Beat::Intended)->itemEditor()->altEdit());
    f.editor.focusMediaAltText(7); // gone meanwhile: nothing happens
    CHECK(QApplication::focusWidget() == f.strip(Beat::Intended)->itemEditor()->altEdit());
}

TEST_CASE("media strip: Tab reaches every add button and the dream and reality slots",
          "[gui][media]")
{
    Fixture f;
    f.editor.show();
    f.editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.editor));
    f.editor.focusTitle();
    QWidget *start = QApplication::focusWidget();
    REQUIRE(start);
    QStringList reached;
    for (int i = 0; i < 300; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus == start)
            break;
        reached << focus->objectName();
    }
    INFO(reached.join(u' ').toStdString());
    CHECK(reached.count(QStringLiteral("addMedia")) == BeatCount);
    CHECK(reached.contains(QStringLiteral("addDream")));
    CHECK(reached.contains(QStringLiteral("addReality")));
}

TEST_CASE("media strip: Tab goes through a beat in the page's order, photos before the text",
          "[gui][media]")
{
    Fixture f;
    f.import(Beat::Salvage, {writePhoto(f.sources.path(), QStringLiteral("rescue.png"), 3)});
    f.editor.show();
    f.editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.editor));
    for (Beat beat : {Beat::WentWrong, Beat::Salvage}) {
        INFO(beatKey(beat).toStdString());
        BeatSection *section = f.editor.section(beat);
        MediaStrip *strip = f.strip(beat);
        QList<QWidget *> expected {section->heading()->lineEdit(), section->heading()->menuButton(),
                                   section->exampleToggle()};
        if (tileCount(strip) > 0)
            expected << strip->view();
        expected << strip->findChild<QToolButton *>(QStringLiteral("addMedia"));
        section->heading()->lineEdit()->setFocus(Qt::TabFocusReason);
        REQUIRE(QTest::qWaitFor([&] { return section->heading()->lineEdit()->hasFocus(); }));
        QList<QWidget *> reached {QApplication::focusWidget()};
        // On through the photo's details (when one is selected) to the text.
        QWidget *text = section->editor();
        for (int i = 0; i < 20 && QApplication::focusWidget() != text; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached << QApplication::focusWidget();
        }
        CHECK(reached.mid(0, expected.size()) == expected);
        CHECK(reached.last() == text);
        for (QWidget *widget : reached.mid(expected.size(), reached.size() - expected.size() - 1))
            CHECK(strip->isAncestorOf(widget));
    }
}
