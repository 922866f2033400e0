// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportplace.h"
#include "export/exportstorymodel.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryplace.h"
#include "gallery/galleryroles.h"
#include "gallery/galleryview.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Spill;

namespace {

qint64 addStory(Library &library, const QString &title, const QStringList &tags = {})
{
    Story story;
    story.title = title;
    story.tags = tags;
    const qint64 id = library.createStory(story);
    REQUIRE(id > 0);
    return id;
}

// Clicks two cards, the second with Ctrl held, as a creator picks them.
QList<qint64> selectTwoCards(GalleryView &view, int first, int second)
{
    view.setFocus();
    const QModelIndex a = view.model()->index(first, 0);
    const QModelIndex b = view.model()->index(second, 0);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(a).center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view.visualRect(b).center());
    QList<qint64> ids {a.data(StoryIdRole).toLongLong(), b.data(StoryIdRole).toLongLong()};
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("gallery place: tagging and exporting the selected cards")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    const auto workspace = Workspace::open(dir.path(), &error);
    REQUIRE(workspace);
    Library &library = workspace->library();
    addStory(library, QStringLiteral("Weeping tart"), {QStringLiteral("baking")});
    addStory(library, QStringLiteral("Flat bread"));
    addStory(library, QStringLiteral("Salty soup"));

    MainWindow window(*workspace);
    window.resize(1300, 850);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPlace(MainWindow::Place::Gallery);
    GalleryPlace *place = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (place = window.findChild<GalleryPlace *>()); }, 5000));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return place->model() && !place->model()->isLoading() &&
                place->model()->rowCount() == 3;
        },
        10000));
    GalleryModel &model = *place->model();
    GalleryView &view = *place->view();

    SECTION("nominal: Add tag… tags both selected stories and no other")
    {
        const QList<qint64> ids = selectTwoCards(view, 0, 2);
        REQUIRE(sorted(view.selectedStoryIds()) == ids);
        const qint64 other = model.storyId(1);
        QSignalSpy added(place, &GalleryPlace::tagAdded);

        view.addTagAction()->trigger();
        QInputDialog *dialog = nullptr;
        REQUIRE(QTest::qWaitFor(
            [&] { return (dialog = place->findChild<QInputDialog *>()) && dialog->isVisible(); },
            5000));
        // The library's tags are offered for completion (they load on a
        // worker, and reach a dialog already open).
        CHECK(QTest::qWaitFor(
            [&] { return dialog->comboBoxItems().contains(QStringLiteral("baking")); }, 5000));
        dialog->setTextValue(QStringLiteral("weeknight"));
        dialog->accept();

        REQUIRE(QTest::qWaitFor([&] { return added.size() == 1; }, 10000));
        CHECK(added.first().at(0).toString() == QStringLiteral("weeknight"));
        CHECK(added.first().at(1).toString().isEmpty());
        for (const qint64 id : ids)
            CHECK(library.story(id)->tags.contains(QStringLiteral("weeknight")));
        CHECK_FALSE(library.story(other)->tags.contains(QStringLiteral("weeknight")));
        CHECK(library.allTags().contains(QStringLiteral("weeknight")));

        // The grid refreshes and the cards carry the new tag.
        REQUIRE(QTest::qWaitFor(
            [&] {
                return !model.isLoading() && model.rowOfStory(ids.first()) >= 0 &&
                    model.index(model.rowOfStory(ids.first()))
                        .data(TagsRole)
                        .toStringList()
                        .contains(QStringLiteral("weeknight"));
            },
            10000));
    }

    SECTION("robustness: cancelling the tag dialog changes nothing")
    {
        selectTwoCards(view, 0, 1);
        view.addTagAction()->trigger();
        QInputDialog *dialog = nullptr;
        REQUIRE(QTest::qWaitFor(
            [&] { return (dialog = place->findChild<QInputDialog *>()) && dialog->isVisible(); },
            5000));
        dialog->setTextValue(QStringLiteral("never"));
        dialog->reject();
        QTest::qWait(200);
        CHECK_FALSE(library.allTags().contains(QStringLiteral("never")));
    }

    SECTION("nominal: Export selected… opens Export with those stories checked")
    {
        const QList<qint64> ids = selectTwoCards(view, 1, 2);
        view.exportAction()->trigger();
        CHECK(window.currentPlace() == MainWindow::Place::Export);
        auto *exportPlace = window.findChild<ExportPlace *>();
        REQUIRE(exportPlace);
        // Built for this and shown by its stand-in's layout on the next turn.
        CHECK(QTest::qWaitFor([&] { return exportPlace->isVisible(); }, 5000));
        CHECK(sorted(exportPlace->storyModel()->checkedIds()) == ids);
        // The list's first page is read through the service; the first
        // checked story becomes current once it is listed.
        CHECK(QTest::qWaitFor([&] { return ids.contains(exportPlace->currentStoryId()); }, 5000));
    }
}
