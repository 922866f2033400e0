// SPDX-License-Identifier: GPL-3.0-or-later
// On a small screen (1024×600, 1280×720) nothing is hidden: every fail-kind
// chip shows whole, the step list keeps its words, and the Gallery fits.
#include "editor/beatsteplist.h"
#include "editor/chipgroup.h"
#include "editor/coachpanel.h"
#include "editor/storyeditor.h"
#include "gallery/galleryplace.h"
#include "mainwindowfixture.h"
#include "story/story.h"
#include "textfit.h"

#include <QListWidget>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Spill;
using Place = MainWindow::Place;

namespace {

// Whether `widget` shows whole inside every ancestor up to the window (a
// scroll area's page counts as room: scrolling reaches it).
bool shownWhole(const QWidget *widget)
{
    if (!widget->isVisible() || widget->width() <= 0 || widget->height() <= 0)
        return false;
    QRect rect = widget->rect();
    const QWidget *child = widget;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        rect.translate(child->pos());
        if (qobject_cast<const QScrollArea *>(parent))
            return true; // inside a scroll area's page: reachable by scrolling
        if (!parent->rect().contains(rect))
            return false;
        child = parent;
        if (parent->isWindow())
            break;
    }
    return true;
}

} // namespace

TEST_CASE("small screens: every control shows at 1024x600 and 1280x720")
{
    const QSize size = GENERATE(QSize(1024, 600), QSize(1280, 720));
    INFO(size.width() << "x" << size.height());
    Test::WindowOnOneStory shown(size);
    MainWindow &window = *shown.window;
    WritePlace *write = shown.write;
    QCoreApplication::processEvents();
    CHECK(window.width() <= size.width());

    // All eleven kinds of fail, each whole.
    auto *chips = write->editor()->findChild<ChipGroup *>();
    REQUIRE(chips);
    REQUIRE(chips->chips().size() == 11);
    for (QToolButton *chip : chips->chips()) {
        INFO(chip->text().toStdString());
        CHECK(shownWhole(chip));
    }

    // The coach is never wider than its column: nothing of it is cut off.
    auto *coach = write->findChild<CoachPanel *>();
    REQUIRE(coach);
    CHECK(coach->width() <= coach->parentWidget()->width());

    // The places' names in the sidebar stay whole.
    auto *sidebar = window.findChild<QListWidget *>();
    REQUIRE(sidebar);
    for (int row = 0; row < sidebar->count(); ++row) {
        const QListWidgetItem *item = sidebar->item(row);
        INFO(item->text().toStdString());
        CHECK(QFontMetrics(item->font()).horizontalAdvance(item->text()) +
                  sidebar->iconSize().width() <
              sidebar->viewport()->width());
    }

    // The step list keeps its words: each beat's title fits its width.
    BeatStepList *steps = write->editor()->stepList();
    QFont titleFont = steps->font();
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(titleFont);
    const int line = steps->fontMetrics().height();
    for (Beat beat : AllBeats) {
        INFO(beatTitle(beat).toStdString());
        // The marker and its gap take about two lines' width before the title.
        CHECK(line * 2 + metrics.horizontalAdvance(beatTitle(beat)) <= steps->viewport()->width());
    }

    // The Gallery fits without widening the window.
    window.showPlace(Place::Gallery);
    QTest::qWait(300);
    auto *gallery = window.findChild<GalleryPlace *>();
    REQUIRE(gallery);
    CHECK(gallery->minimumSizeHint().width() <= 1000);
    // Every place, side by side with the sidebar, fits the screen.
    CHECK(window.minimumSizeHint().width() <= size.width());
    CHECK(window.width() <= size.width());
}

TEST_CASE("small screens: every language fits 1024x600 and 1280x720")
{
    const QSize size = GENERATE(QSize(1024, 600), QSize(1280, 720));
    const QString language =
        QString::fromLatin1(GENERATE(as<const char *> {}, "de", "es", "fr", "it"));
    INFO(language.toStdString() << " " << size.width() << "x" << size.height());
    QTranslator spill;
    REQUIRE(spill.load(QStringLiteral("spill_") + language, QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&spill);
    Test::WindowOnOneStory shown(size);
    MainWindow &window = *shown.window;
    for (const Place place : {Place::Write, Place::Gallery, Place::Export}) {
        window.showPlace(place);
        QTest::qWait(200);
        QStringList widths;
        for (QWidget *child : window.findChildren<QWidget *>()) {
            if (child->isVisible() && child->minimumSizeHint().width() > 250 &&
                child->minimumSizeHint().width() < window.width())
                widths << QStringLiteral("%1 %2 %3")
                              .arg(QString::fromLatin1(child->metaObject()->className()),
                                   child->objectName())
                              .arg(child->minimumSizeHint().width());
        }
        INFO(int(place) << "\n" << widths.join(u'\n').toStdString());
        CHECK(window.minimumSizeHint().width() <= size.width());
        CHECK(window.width() <= size.width());
        const QStringList cut = Test::clipped(&window);
        INFO(cut.join(u'\n').toStdString());
        CHECK(cut.isEmpty());
    }
    QCoreApplication::removeTranslator(&spill);
}
