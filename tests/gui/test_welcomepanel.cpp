// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/welcomepanel.h"
#include "testsupport.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Spill;

TEST_CASE("welcome panel: the first story or a sample")
{
    WelcomePanel panel;
    panel.show();
    panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    QSignalSpy start(&panel, &WelcomePanel::startRequested);
    QSignalSpy sample(&panel, &WelcomePanel::sampleRequested);

    SECTION("nominal: the primary button starts a story, from mouse or keyboard")
    {
        CHECK(panel.startButton()->isDefault());
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        panel.startButton()->setFocus();
        QTest::keyClick(panel.startButton(), Qt::Key_Space);
        CHECK(start.count() == 2);
        CHECK(sample.isEmpty());
    }

    SECTION("nominal: the secondary button asks for the sample story")
    {
        panel.sampleButton()->setFocus();
        QTest::keyClick(panel.sampleButton(), Qt::Key_Space);
        CHECK(sample.count() == 1);
        CHECK(start.isEmpty());
        CHECK_FALSE(panel.sampleButton()->accessibleName().isEmpty());
    }
}
