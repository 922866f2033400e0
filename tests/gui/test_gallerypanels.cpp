// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallery/barchart.h"
#include "gallery/galleryfilterbar.h"
#include "gallery/lookcloserpanel.h"
#include "gallery/patternsview.h"
#include "gallery/photoframe.h"
#include "story/story.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Spill;

namespace {

GalleryFilters lastFilters(const QSignalSpy &spy)
{
    return spy.last().at(0).value<GalleryFilters>();
}

QComboBox *comboNamed(QWidget &parent, const QString &accessibleName)
{
    for (QComboBox *combo : parent.findChildren<QComboBox *>()) {
        if (combo->accessibleName() == accessibleName)
            return combo;
    }
    return nullptr;
}

void chooseData(QComboBox *combo, const QString &data)
{
    const int row = combo->findData(data);
    REQUIRE(row >= 0);
    combo->setCurrentIndex(row);
}

GalleryStats sampleStats()
{
    GalleryStats stats;
    stats.byFailureKind = {{QStringLiteral("burnt"), 34},
                           {QStringLiteral("collapsed"), 21},
                           {QStringLiteral("split_or_curdled"), 17}};
    for (int month = 1; month <= 12; ++month)
        stats.byMonth.append({QDate(2026, month, 1), month % 5});
    stats.rescued = 48;
    stats.partly = 31;
    stats.binned = 26;
    stats.fails = 105;
    stats.redeemed = 27;
    stats.medianDaysToRedemption = 11.5;
    return stats;
}

} // namespace

TEST_CASE("gallery: the filter bar")
{
    qRegisterMetaType<GalleryFilters>();
    GalleryFilterBar bar;
    bar.resize(1200, bar.sizeHint().height());
    bar.show();
    REQUIRE(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy changed(&bar, &GalleryFilterBar::filtersChanged);
    auto *search = bar.findChild<QLineEdit *>();
    REQUIRE(search);

    SECTION("nominal: each control narrows the filters it stands for")
    {
        chooseData(comboNamed(bar, QStringLiteral("Failure kind")), QStringLiteral("burnt"));
        REQUIRE(changed.count() == 1);
        CHECK(lastFilters(changed).failureKinds == QStringList {QStringLiteral("burnt")});

        chooseData(comboNamed(bar, QStringLiteral("Outcome")), QStringLiteral("rescued"));
        CHECK(lastFilters(changed).outcome == QStringLiteral("rescued"));
        chooseData(comboNamed(bar, QStringLiteral("Status")), QStringLiteral("published"));
        CHECK(lastFilters(changed).status == QStringLiteral("published"));
        chooseData(comboNamed(bar, QStringLiteral("Redemption")), QStringLiteral("not-yet"));
        CHECK(lastFilters(changed).redemption == NotYetRedeemedKey);
        CHECK(lastFilters(changed).narrows());

        auto *sort = comboNamed(bar, QStringLiteral("Sort by"));
        sort->setCurrentIndex(sort->findData(int(GalleryFilters::Sort::Title)));
        CHECK(lastFilters(changed).sort == GalleryFilters::Sort::Title);

        auto *direction = bar.findChild<QToolButton *>();
        REQUIRE(direction);
        CHECK(lastFilters(changed).descending);
        direction->click();
        CHECK_FALSE(lastFilters(changed).descending);

        auto *dated = bar.findChild<QCheckBox *>();
        REQUIRE(dated);
        dated->setChecked(true);
        GalleryFilters f = lastFilters(changed);
        CHECK(f.from.isValid());
        CHECK(f.to.isValid());
        CHECK(f.from <= f.to);
        auto edits = bar.findChildren<QDateEdit *>();
        REQUIRE(edits.size() == 2);
        edits.at(0)->setDate(QDate(2025, 2, 3));
        CHECK(lastFilters(changed).from == QDate(2025, 2, 3));

        // Everything so far, and nothing else, in the last value.
        f = lastFilters(changed);
        CHECK(f.text.isEmpty());
        CHECK(f.tag.isEmpty());
        CHECK(f.narrows());
        CHECK(f == bar.filters());
    }

    SECTION("nominal: typing is debounced into one change")
    {
        bar.setDebounceInterval(60 * 1000);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("hollandaise"));
        CHECK(changed.isEmpty());
        // Another control flushes the pending text along with its own change.
        chooseData(comboNamed(bar, QStringLiteral("Status")), QStringLiteral("draft"));
        REQUIRE(changed.count() == 1);
        CHECK(lastFilters(changed).text == QStringLiteral("hollandaise"));
        CHECK(lastFilters(changed).status == QStringLiteral("draft"));

        bar.setDebounceInterval(10);
        CHECK(bar.debounceInterval() == 10);
        QTest::keyClicks(search, QStringLiteral(" sauce"));
        REQUIRE(changed.wait(5000));
        CHECK(changed.count() == 2);
        CHECK(lastFilters(changed).text == QStringLiteral("hollandaise sauce"));
    }

    SECTION("nominal: the tag box completes from the library's tags")
    {
        bar.setTags({QStringLiteral("baking"), QStringLiteral("eggs"), QStringLiteral("sauces")});
        auto *tag = comboNamed(bar, QStringLiteral("Tag"));
        REQUIRE(tag);
        REQUIRE(tag->completer());
        CHECK(tag->completer()->model()->rowCount() == 3);
        bar.setDebounceInterval(10);
        tag->setCurrentText(QStringLiteral("eggs"));
        REQUIRE(changed.wait(5000));
        CHECK(lastFilters(changed).tag == QStringLiteral("eggs"));
    }

    SECTION("nominal: setFilters shows a value and emits it once")
    {
        GalleryFilters wanted;
        wanted.failureKinds = {QStringLiteral("collapsed")};
        wanted.from = QDate(2026, 3, 1);
        wanted.to = QDate(2026, 3, 31);
        wanted.outcome = QStringLiteral("binned");
        bar.setFilters(wanted);
        REQUIRE(changed.count() == 1);
        CHECK(lastFilters(changed) == wanted);
        CHECK(bar.filters() == wanted);
        bar.setFilters(wanted);
        CHECK(changed.count() == 1);

        bar.clearFilters();
        REQUIRE(changed.count() == 2);
        CHECK_FALSE(lastFilters(changed).narrows());
    }

    SECTION("nominal: Clear filters keeps the sort order")
    {
        for (QToolButton *button : bar.findChildren<QToolButton *>()) {
            if (button->text() == QStringLiteral("Clear filters"))
                CHECK_FALSE(button->isEnabled()); // nothing to clear yet
        }
        GalleryFilters wanted;
        wanted.text = QStringLiteral("soufflé");
        wanted.sort = GalleryFilters::Sort::Updated;
        wanted.descending = false;
        bar.setFilters(wanted);
        QToolButton *clear = nullptr;
        for (QToolButton *button : bar.findChildren<QToolButton *>()) {
            if (button->text() == QStringLiteral("Clear filters"))
                clear = button;
        }
        REQUIRE(clear);
        CHECK(clear->isEnabled());
        clear->click();
        REQUIRE(changed.count() == 2);
        const GalleryFilters after = lastFilters(changed);
        CHECK(after.text.isEmpty());
        CHECK(after.sort == GalleryFilters::Sort::Updated);
        CHECK_FALSE(after.descending);
        CHECK_FALSE(clear->isEnabled());
    }

    SECTION("nominal: the count reads as a sentence")
    {
        bar.setCount(12, 340);
        CHECK(bar.countText() == QStringLiteral("12 of 340 stories"));
        bar.setCount(340, 340);
        CHECK(bar.countText() == QStringLiteral("340 stories"));
    }

    SECTION("nominal: keyboard only: search focus, and a filter changed with the arrows")
    {
        bar.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&bar));
        bar.focusSearch();
        CHECK(search->hasFocus());
        auto *kind = comboNamed(bar, QStringLiteral("Failure kind"));
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        REQUIRE(changed.count() == 1);
        CHECK(lastFilters(changed).failureKinds.size() == 1);
        for (QWidget *widget : bar.findChildren<QWidget *>()) {
            if (widget->focusPolicy() & Qt::TabFocus && widget->isVisibleTo(&bar) &&
                !widget->inherits("QLineEdit")) {
                INFO(widget->metaObject()->className());
                CHECK_FALSE(widget->accessibleName().isEmpty());
            }
        }
        CHECK_FALSE(search->accessibleName().isEmpty());
    }
}

TEST_CASE("gallery: the Patterns view")
{
    qRegisterMetaType<GalleryFilters>();
    PatternsView view;
    view.resize(1100, 700);
    view.setData(sampleStats());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy requested(&view, &PatternsView::filterRequested);

    const auto click = [&](PatternsView::Chart which, int index) {
        const QRect rect = view.barRect(which, index);
        REQUIRE_FALSE(rect.isEmpty());
        QWidget *target = view.childAt(rect.center());
        REQUIRE(target == view.chart(which));
        QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(&view, rect.center()));
    };

    SECTION("nominal: clicking a kind's bar asks for that kind")
    {
        click(PatternsView::Chart::FailureKinds, 1);
        REQUIRE(requested.count() == 1);
        const GalleryFilters f = lastFilters(requested);
        CHECK(f.failureKinds == QStringList {QStringLiteral("collapsed")});
        CHECK(f.outcome.isEmpty());
    }

    SECTION("nominal: clicking a month asks for its first to its last day")
    {
        click(PatternsView::Chart::Months, 1);
        REQUIRE(requested.count() == 1);
        CHECK(lastFilters(requested).from == QDate(2026, 2, 1));
        CHECK(lastFilters(requested).to == QDate(2026, 2, 28));
    }

    SECTION("nominal: clicking an outcome's share asks for that outcome")
    {
        click(PatternsView::Chart::Outcomes, 2);
        REQUIRE(requested.count() == 1);
        CHECK(lastFilters(requested).outcome == QStringLiteral("binned"));
    }

    SECTION("nominal: the share of fails redeemed, and a link to them")
    {
        QLabel *share = view.redemptionLabel();
        CHECK(share->isVisibleTo(&view));
        CHECK(share->text().contains(QStringLiteral("27 of 105 fails redeemed (26%).")));
        CHECK(share->text().contains(QStringLiteral("Median time to redemption: 12 days.")));
        emit share->linkActivated(QStringLiteral("redeemed"));
        REQUIRE(requested.count() == 1);
        CHECK(lastFilters(requested).redemption == RedeemedKey);

        GalleryStats none = sampleStats();
        none.redeemed = 0;
        none.medianDaysToRedemption.reset();
        view.setData(none);
        CHECK(share->text() == QStringLiteral("0 of 105 fails redeemed (0%)."));
        view.setData({});
        CHECK_FALSE(share->isVisibleTo(&view));
    }

    SECTION("nominal: arrows move between bars and Enter activates")
    {
        BarChart *kinds = view.chart(PatternsView::Chart::FailureKinds);
        kinds->setFocus();
        kinds->setCurrentIndex(0);
        QTest::keyClick(kinds, Qt::Key_Down);
        QTest::keyClick(kinds, Qt::Key_Down);
        QTest::keyClick(kinds, Qt::Key_Down); // past the end stays on the last bar
        QTest::keyClick(kinds, Qt::Key_Return);
        REQUIRE(requested.count() == 1);
        CHECK(lastFilters(requested).failureKinds ==
              QStringList {QStringLiteral("split_or_curdled")});

        BarChart *months = view.chart(PatternsView::Chart::Months);
        months->setFocus();
        QTest::keyClick(months, Qt::Key_End);
        QTest::keyClick(months, Qt::Key_Left);
        QTest::keyClick(months, Qt::Key_Space);
        REQUIRE(requested.count() == 2);
        CHECK(lastFilters(requested).from == QDate(2026, 11, 1));
    }

    SECTION("nominal: the numbers are there for screen readers and tooltips")
    {
        const QString kinds =
            view.chart(PatternsView::Chart::FailureKinds)->accessibleDescription();
        CHECK(kinds.contains(QStringLiteral("34")));
        CHECK(kinds.contains(QStringLiteral("Burnt")));
        const auto outcomes = view.chart(PatternsView::Chart::Outcomes)->bars();
        REQUIRE(outcomes.size() == 3);
        CHECK(outcomes.at(0).description.contains(QStringLiteral("48")));
        CHECK(outcomes.at(0).description.contains(QStringLiteral("46%")));
        CHECK_FALSE(view.chart(PatternsView::Chart::Months)->accessibleName().isEmpty());
    }

    SECTION("nominal: the outcome shares add up to 100%, not 101%")
    {
        // Rounded one by one, 1, 1 and 4 of 6 would read 17%, 17% and 67%.
        GalleryStats stats;
        stats.rescued = 1;
        stats.partly = 1;
        stats.binned = 4;
        view.setData(stats);
        const auto outcomes = view.chart(PatternsView::Chart::Outcomes)->bars();
        REQUIRE(outcomes.size() == 3);
        CHECK(outcomes.at(0).description.contains(QStringLiteral("17%")));
        CHECK(outcomes.at(1).description.contains(QStringLiteral("17%")));
        CHECK(outcomes.at(2).description.contains(QStringLiteral("66%")));
    }

    SECTION("nominal: On this day shows a year-old fail and opens it")
    {
        auto *card = view.findChild<OnThisDayCard *>();
        REQUIRE(card);
        CHECK_FALSE(card->isVisible());
        OnThisDay story;
        story.storyId = 77;
        story.title = QStringLiteral("Hollandaise, Hollan-don't");
        story.created = QDateTime(QDate(2025, 11, 27), QTime(12, 0));
        story.failureKind = QStringLiteral("split_or_curdled");
        view.setOnThisDay(story);
        CHECK(card->isVisible());
        QSignalSpy open(&view, &PatternsView::openRequested);
        card->openButton()->click();
        REQUIRE(open.count() == 1);
        CHECK(open.at(0).at(0).toLongLong() == 77);
        CHECK_FALSE(view.grab().isNull());
        view.setOnThisDay(std::nullopt);
        CHECK_FALSE(card->isVisible());
    }

    SECTION("robustness: no data paints and clicks nowhere")
    {
        view.setData({});
        CHECK(view.chart(PatternsView::Chart::FailureKinds)->count() == 0);
        CHECK(view.barRect(PatternsView::Chart::FailureKinds, 0).isEmpty());
        CHECK(view.filtersFor(PatternsView::Chart::Months, 5) == GalleryFilters());
        CHECK_FALSE(view.grab().isNull());
        QTest::keyClick(view.chart(PatternsView::Chart::Months), Qt::Key_Return);
        CHECK(requested.isEmpty());
    }
}

TEST_CASE("gallery: the Look closer panel")
{
    LookCloserPanel panel;
    panel.resize(520, 800);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));

    Story story;
    story.id = 42;
    story.title = QStringLiteral("The Soufflé That Wasn't");
    story.dish = QStringLiteral("Cheese soufflé");
    story.failureKinds = {FailureKind::Collapsed};
    story.beat(Beat::Intended) = QStringLiteral("A tall, **golden** soufflé.\n\nSecond paragraph.");
    story.beat(Beat::Lesson) = QStringLiteral("Never open the *oven* in the first 20 minutes.");
    panel.setStory(story);

    SECTION("nominal: missing photos show placeholders that say so")
    {
        CHECK(panel.dreamFrame()->showsPlaceholder());
        CHECK(panel.realityFrame()->showsPlaceholder());
        CHECK(panel.realityFrame()->placeholderText() == QStringLiteral("No reality photo yet"));
        CHECK(panel.dreamFrame()->placeholderText() == QStringLiteral("No dream photo yet"));

        const QImage placeholder = panel.realityFrame()->grab().toImage();
        QImage photo(400, 300, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        panel.setPair(QImage(), photo);
        CHECK(panel.dreamFrame()->showsPlaceholder());
        CHECK_FALSE(panel.realityFrame()->showsPlaceholder());
        const QImage shown = panel.realityFrame()->grab().toImage();
        CHECK(shown != placeholder);
        CHECK(shown.pixelColor(shown.width() / 2, shown.height() / 3) == QColor(Qt::darkGreen));
    }

    SECTION("nominal: the lesson reads as plain text, the beats as first lines")
    {
        CHECK(panel.lessonText() == QStringLiteral("Never open the oven in the first 20 minutes."));
        const QStringList lines = panel.beatLines();
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(0).endsWith(QStringLiteral("A tall, golden soufflé.")));
        CHECK(lines.at(1).contains(QStringLiteral("Never open the oven")));
    }

    SECTION("nominal: Open in Write asks to open the story")
    {
        QSignalSpy open(&panel, &LookCloserPanel::openRequested);
        QPushButton *button = nullptr;
        for (QPushButton *b : panel.findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Write")))
                button = b;
        }
        REQUIRE(button);
        button->click();
        REQUIRE(open.count() == 1);
        CHECK(open.at(0).at(0).toLongLong() == 42);
    }

    SECTION("robustness: clearing forgets the story and its photos")
    {
        QImage photo(40, 30, QImage::Format_RGB32);
        photo.fill(Qt::red);
        panel.setPair(photo, photo);
        panel.clear();
        CHECK(panel.storyId() == 0);
        CHECK(panel.dreamFrame()->showsPlaceholder());
        CHECK(panel.realityFrame()->showsPlaceholder());
        Story untitled;
        panel.setStory(untitled);
        CHECK(panel.beatLines().isEmpty());
        CHECK(panel.lessonText().isEmpty());
    }
}
