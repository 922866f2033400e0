// SPDX-License-Identifier: GPL-3.0-or-later
// A place made ahead of need: its widgets and their style come a turn each
// while it stays hidden, and showing it later does not make it again.
#include "shell/lazyplace.h"
#include "testsupport.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTest>

using namespace Spill;

TEST_CASE("lazy place: prepared while hidden, made once, shown later as it was made")
{
    QStackedWidget stack;
    stack.addWidget(new QLabel(QStringLiteral("the place on show")));
    int builds = 0;
    auto *lazy = new LazyPlace(QStringLiteral("Later"), LazyPlace::Build::WhenShown, [&] {
        ++builds;
        return new QLabel(QStringLiteral("the place made ahead"));
    });
    stack.addWidget(lazy);
    stack.show();
    REQUIRE(QTest::qWaitForWindowExposed(&stack));

    lazy->prepare();
    // Not in the caller's turn: the window stays free for what it was doing.
    CHECK(lazy->place() == nullptr);
    REQUIRE(QTest::qWaitFor([&] { return lazy->place() != nullptr; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return lazy->place()->testAttribute(Qt::WA_WState_Polished); },
                            5000));
    CHECK(builds == 1);
    CHECK_FALSE(lazy->isRevealed());
    CHECK_FALSE(lazy->place()->isVisible());

    lazy->prepare(); // once made, nothing more
    QTest::qWait(20);
    CHECK(builds == 1);

    QWidget *made = lazy->place();
    stack.setCurrentWidget(lazy);
    CHECK(lazy->isRevealed());
    CHECK(lazy->place() == made);
    CHECK(made->isVisible());
    CHECK(builds == 1);
}
