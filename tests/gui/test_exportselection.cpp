// SPDX-License-Identifier: GPL-3.0-or-later
// The Export place opens on what the creator was looking at: the story open
// in Write, or the stories selected in the Gallery.
#include "export/exportplace.h"
#include "export/exportstorymodel.h"
#include "gallery/galleryplace.h"
#include "gallery/galleryroles.h"
#include "gallery/galleryview.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "testsupport.h"
#include "write/writeplace.h"

#include <QItemSelectionModel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Spill;
using Place = MainWindow::Place;

namespace {

constexpr int SelectionPatience = 20000; // ms

bool waitForSelection(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, SelectionPatience);
}

// Selects the Gallery's cards of these stories, once they are listed.
void selectCards(GalleryView *view, const QList<qint64> &ids)
{
    QAbstractItemModel *model = view->model();
    REQUIRE(model);
    REQUIRE(waitForSelection([&] {
        int found = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            found += ids.contains(model->index(row, 0).data(StoryIdRole).toLongLong()) ? 1 : 0;
        return found == ids.size();
    }));
    view->selectionModel()->clearSelection();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (ids.contains(index.data(StoryIdRole).toLongLong()))
            view->selectionModel()->select(index, QItemSelectionModel::Select);
    }
    REQUIRE(view->selectedStoryIds().size() == ids.size());
}

} // namespace

TEST_CASE("main window: Export opens on what was being looked at")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    QString error;
    const auto workspace = Workspace::open(dir.filePath(QStringLiteral("library")), &error);
    INFO(error.toStdString());
    REQUIRE(workspace);
    // More than one page of the Export list: the oldest story is listed last.
    const int count = ExportStoryModel::PageSize + 20;
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Story story;
        story.title = QStringLiteral("Mishap %1").arg(i);
        story.beat(Beat::WentWrong) = QStringLiteral("It went wrong.");
        ids.append(workspace->library().createStory(story));
        REQUIRE(ids.last() > 0);
    }
    const qint64 oldest = ids.first();
    const qint64 newest = ids.last();

    MainWindow window(*workspace);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(waitForSelection([&] { return window.findChild<WritePlace *>() != nullptr; }));
    auto *write = window.findChild<WritePlace *>();
    // The newest story opens by itself.
    REQUIRE(waitForSelection([&] { return write->currentStoryId() == newest; }));

    SECTION("nominal: the story open in Write is the checked one")
    {
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        REQUIRE(window.currentPlace() == Place::Export);
        auto *place = window.findChild<ExportPlace *>();
        REQUIRE(place);
        CHECK(place->storyModel()->checkedIds() == QList<qint64> {newest});
        REQUIRE(waitForSelection([&] { return place->currentStoryId() == newest; }));
    }

    SECTION("nominal: a story not listed yet is checked, and shown, when its page arrives")
    {
        write->openStory(oldest);
        REQUIRE(waitForSelection([&] { return write->currentStoryId() == oldest; }));
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        auto *place = window.findChild<ExportPlace *>();
        REQUIRE(place);
        CHECK(place->storyModel()->checkedIds() == QList<qint64> {oldest});
        REQUIRE(waitForSelection([&] { return place->currentStoryId() == oldest; }));
        const int row = place->storyModel()->rowOf(oldest);
        REQUIRE(row >= ExportStoryModel::PageSize);
        CHECK(place->storyModel()->index(row).data(Qt::CheckStateRole).value<Qt::CheckState>() ==
              Qt::Checked);
        CHECK(place->storyModel()->checkedCount() == 1);
    }

    SECTION("nominal: the stories selected in the Gallery are the checked ones")
    {
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        auto *gallery = window.findChild<GalleryPlace *>();
        REQUIRE(gallery);
        const QList<qint64> chosen {ids.at(count - 2), ids.at(count - 4)};
        selectCards(gallery->view(), chosen);
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        auto *place = window.findChild<ExportPlace *>();
        REQUIRE(place);
        QList<qint64> checked = place->storyModel()->checkedIds();
        std::sort(checked.begin(), checked.end());
        QList<qint64> expected = chosen;
        std::sort(expected.begin(), expected.end());
        CHECK(checked == expected);

        // Back in Write, the open story is what Export checks next time.
        QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        CHECK(place->storyModel()->checkedIds() == QList<qint64> {newest});
    }

    SECTION("robustness: nothing selected in the Gallery leaves the checks as they were")
    {
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        auto *place = window.findChild<ExportPlace *>();
        REQUIRE(place);
        place->storyModel()->setChecked({ids.at(3)});
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        auto *gallery = window.findChild<GalleryPlace *>();
        REQUIRE(gallery);
        gallery->view()->clearSelection();
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        CHECK(place->storyModel()->checkedIds() == QList<qint64> {ids.at(3)});
    }
}
