// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallery/galleryfilterbar.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryplace.h"
#include "gallery/galleryroles.h"
#include "gallery/galleryview.h"
#include "gallery/lookcloserpanel.h"
#include "shell/workspace.h"
#include "testsupport.h"
#include "write/messagebar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Spill;

namespace {

void addStory(Library &library, const QString &title, FailureKind kind)
{
    Story story;
    story.title = title;
    story.failureKinds = {kind};
    story.beat(Beat::Lesson) = QStringLiteral("Watch the ") + title.toLower();
    REQUIRE(library.createStory(story) > 0);
}

QStringList shownTitles(const GalleryView &view)
{
    QStringList titles;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        titles.append(view.model()->index(row, 0).data(TitleRole).toString());
    titles.sort();
    return titles;
}

template<typename Widget> Widget *childNamed(QWidget &parent, const QString &accessibleName)
{
    for (Widget *child : parent.findChildren<Widget *>()) {
        if (child->accessibleName() == accessibleName)
            return child;
    }
    return nullptr;
}

} // namespace

TEST_CASE("gallery place: search, filter and open")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    const auto workspace = Workspace::open(dir.path(), &error);
    REQUIRE(workspace);
    addStory(workspace->library(), QStringLiteral("Soufflé that sank"), FailureKind::Collapsed);
    addStory(workspace->library(), QStringLiteral("Burnt toast"), FailureKind::Burnt);
    addStory(workspace->library(), QStringLiteral("Charred caramel"), FailureKind::Burnt);
    addStory(workspace->library(), QStringLiteral("Split hollandaise"),
             FailureKind::SplitOrCurdled);

    GalleryPlace place(*workspace);
    CHECK(place.model() == nullptr); // nothing is queried before it is shown
    place.resize(1200, 800);
    place.show();
    REQUIRE(QTest::qWaitForWindowExposed(&place));
    REQUIRE(place.model() != nullptr);
    GalleryModel &model = *place.model();
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 4; }, 10000));
    auto *count = childNamed<QLabel>(*place.filterBar(), QStringLiteral("Stories shown"));
    REQUIRE(count);

    SECTION("nominal: typing in the search box narrows the grid")
    {
        auto *search = childNamed<QLineEdit>(*place.filterBar(), QStringLiteral("Search stories"));
        REQUIRE(search);
        QTest::keyClicks(search, QStringLiteral("souffle"));
        REQUIRE(
            QTest::qWaitFor([&] { return model.rowCount() == 1 && !model.isLoading(); }, 10000));
        CHECK(shownTitles(*place.view()) == QStringList {QStringLiteral("Soufflé that sank")});
        CHECK(model.index(0).data(SnippetRole).toString().contains(SnippetMatchStart));
        CHECK(count->text().contains(QStringLiteral("1")));
        CHECK(count->text().contains(QStringLiteral("4")));
    }

    SECTION("nominal: a search that finds nothing says so and offers to clear the filters")
    {
        CHECK_FALSE(place.view()->emptyState()->isVisible());
        auto *search = childNamed<QLineEdit>(*place.filterBar(), QStringLiteral("Search stories"));
        REQUIRE(search);
        QTest::keyClicks(search, QStringLiteral("gochujang"));
        REQUIRE(QTest::qWaitFor([&] { return place.view()->emptyState()->isVisible(); }, 10000));
        CHECK(model.rowCount() == 0);
        const QString said = place.view()->emptyState()->findChild<QLabel *>()->text();
        CHECK(said.contains(QStringLiteral("No story matches")));
        QPushButton *clear = place.view()->emptyClearButton();
        REQUIRE(clear->isVisible());
        clear->setFocus();
        QTest::keyClick(clear, Qt::Key_Space);
        REQUIRE(
            QTest::qWaitFor([&] { return model.rowCount() == 4 && !model.isLoading(); }, 10000));
        CHECK(search->text().isEmpty());
        CHECK_FALSE(place.view()->emptyState()->isVisible());
    }

    SECTION("nominal: a failure kind filter narrows the grid")
    {
        auto *kind = childNamed<QComboBox>(*place.filterBar(), QStringLiteral("Failure kind"));
        REQUIRE(kind);
        const int burnt = kind->findData(QStringLiteral("burnt"));
        REQUIRE(burnt >= 0);
        kind->setCurrentIndex(burnt);
        REQUIRE(
            QTest::qWaitFor([&] { return model.rowCount() == 2 && !model.isLoading(); }, 10000));
        CHECK(shownTitles(*place.view()) ==
              QStringList {QStringLiteral("Burnt toast"), QStringLiteral("Charred caramel")});
    }

    SECTION("nominal: Enter on a card asks to open that story in Write")
    {
        QSignalSpy written(&place, &GalleryPlace::writeRequested);
        QSignalSpy opened(workspace.get(), &Workspace::openStoryRequested);
        const QModelIndex second = model.index(1);
        place.view()->setFocus();
        place.view()->setCurrentIndex(second);
        QTest::keyClick(place.view(), Qt::Key_Return);
        REQUIRE(written.size() == 1);
        const qint64 id = second.data(StoryIdRole).toLongLong();
        CHECK(written.first().at(0).toLongLong() == id);
        REQUIRE(opened.size() == 1);
        CHECK(opened.first().at(0).toLongLong() == id);
        // The Look closer panel loads the current story off the GUI thread.
        REQUIRE(QTest::qWaitFor([&] { return place.lookCloser()->storyId() == id; }, 10000));
    }

    SECTION("nominal: trashing a story takes its card away, without asking; Undo brings it back")
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const qint64 id = model.storyId(0);
        emit place.view()->trashRequested({id, model.storyId(1)});
        CHECK(place.findChild<QMessageBox *>() == nullptr);
        REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 2; }, 10000));
        CHECK(model.rowOfStory(id) == -1);
        CHECK(removed.size() == 2);
        QPushButton *undo = place.messageBar()->undoButton();
        REQUIRE(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 4; }, 10000));
        CHECK(model.rowOfStory(id) == 0);
        CHECK(resets.isEmpty());
        CHECK(workspace->libraryUndoStack()->redoText() == QStringLiteral("Move to Trash"));
    }

    SECTION("nominal: a story saved elsewhere updates its one card")
    {
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 id = model.storyId(2);
        Story story = *workspace->library().story(id);
        story.dish = QStringLiteral("Renamed dish");
        REQUIRE(workspace->library().saveStory(story));
        workspace->service().noteSaved(id);
        REQUIRE(QTest::qWaitFor(
            [&] {
                const int row = model.rowOfStory(id);
                return row >= 0 &&
                    model.index(row).data(DishRole).toString() == QStringLiteral("Renamed dish");
            },
            10000));
        CHECK(resets.isEmpty());
        CHECK(model.rowCount() == 4);
    }
}

TEST_CASE("gallery place: an empty library says where stories come from")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    const auto workspace = Workspace::open(dir.path(), &error);
    REQUIRE(workspace);
    GalleryPlace place(*workspace);
    place.resize(1000, 700);
    place.show();
    REQUIRE(QTest::qWaitForWindowExposed(&place));
    REQUIRE(QTest::qWaitFor([&] { return place.view()->emptyState()->isVisible(); }, 10000));
    const QString said = place.view()->emptyState()->findChild<QLabel *>()->text();
    CHECK(said.contains(QStringLiteral("No stories yet")));
    CHECK_FALSE(place.view()->emptyClearButton()->isVisible()); // nothing to clear
}
