// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/storyeditor.h"
#include "export/exportchangesview.h"
#include "export/exportplace.h"
#include "export/exportrunpanel.h"
#include "export/exportsharekitview.h"
#include "export/exportstorymodel.h"
#include "export/exporttargetbar.h"
#include "export/sharekit.h"
#include "publishing/preview.h"
#include "shell/workspace.h"
#include "testsupport.h"
#include "write/writeplace.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Spill;

namespace {

constexpr int Patience = 30000; // ms; photos are re-encoded on the worker

// A temporary library with two stories, the first with a photo, and the
// settings kept in the same temporary folder.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    qint64 toastId = 0;
    qint64 souffleId = 0;

    Fixture()
    {
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           dir.filePath(QStringLiteral("settings")));
        QString error;
        workspace = Workspace::open(dir.filePath(QStringLiteral("library")), &error);
        INFO(error.toStdString());
        REQUIRE(workspace);

        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(QColor(200, 120, 40));
        const QString photoPath = dir.filePath(QStringLiteral("toast.jpg"));
        REQUIRE(photo.save(photoPath, "JPEG"));
        const ImportedMedia imported = workspace->mediaStore().import(photoPath);
        INFO(imported.error.toStdString());
        REQUIRE(imported.ok());

        Story toast;
        toast.title = QStringLiteral("Burnt Toast Sunday");
        toast.dish = QStringLiteral("Toast");
        toast.beat(Beat::Intended) = QStringLiteral("Golden toast for brunch.");
        toast.beat(Beat::WentWrong) = QStringLiteral("The grill was on *full*.");
        MediaItem item =
            imported.toMediaItem(workspace->mediaStore().filePath(imported.hash, imported.suffix));
        item.beat = Beat::WentWrong;
        item.role = MediaRole::Reality;
        item.alt = QStringLiteral("Black toast on a plate");
        toast.media = {item};
        toastId = workspace->library().createStory(toast);
        REQUIRE(toastId > 0);

        Story souffle;
        souffle.title = QStringLiteral("The Soufflé That Wasn't");
        souffle.beat(Beat::WentWrong) = QStringLiteral("I opened the oven door.");
        souffleId = workspace->library().createStory(souffle);
        REQUIRE(souffleId > 0);
    }
};

bool waitFor(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, Patience);
}

} // namespace

TEST_CASE("export place: the story list model")
{
    Fixture fixture;
    ExportStoryModel model(fixture.workspace->service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(waitFor([&] { return !model.isLoading(); }));

    SECTION("nominal: lists the stories with their roles, nothing checked")
    {
        REQUIRE(model.rowCount() == 2);
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            titles << index.data(ExportStoryModel::TitleRole).toString();
            CHECK(index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Unchecked);
            CHECK(index.data(ExportStoryModel::IdRole).toLongLong() > 0);
            CHECK_FALSE(index.data(ExportStoryModel::SlugRole).toString().isEmpty());
        }
        CHECK(titles.contains(QStringLiteral("Burnt Toast Sunday")));
        CHECK(titles.contains(QStringLiteral("The Soufflé That Wasn't")));
    }

    SECTION("nominal: checking by row, all, none and by id")
    {
        QSignalSpy changed(&model, &ExportStoryModel::checkedChanged);
        const QModelIndex first = model.index(0);
        REQUIRE(model.setData(first, Qt::Checked, Qt::CheckStateRole));
        CHECK(model.checkedIds() ==
              QList<qint64> {first.data(ExportStoryModel::IdRole).toLongLong()});
        model.checkAll();
        CHECK(model.checkedCount() == 2);
        model.checkNone();
        CHECK(model.checkedIds().isEmpty());
        model.setChecked({fixture.souffleId});
        CHECK(model.checkedIds() == QList<qint64> {fixture.souffleId});
        CHECK(model.index(model.rowOf(fixture.souffleId))
                  .data(Qt::CheckStateRole)
                  .value<Qt::CheckState>() == Qt::Checked);
        CHECK(changed.count() == 4);
    }

    SECTION("robustness: a story trashed through the service leaves, and its check with it")
    {
        model.checkAll();
        const auto trashed = fixture.workspace->service().moveToTrash({fixture.toastId});
        REQUIRE(waitFor([&] { return trashed.isFinished(); }));
        REQUIRE(trashed.result().ok());
        QCoreApplication::processEvents(); // the service's signals
        CHECK(model.rowCount() == 1);
        CHECK(model.checkedIds() == QList<qint64> {fixture.souffleId});
        CHECK_FALSE(model.setData(model.index(5), Qt::Checked, Qt::CheckStateRole));
    }
}

TEST_CASE("export place: preview, copy and export")
{
    Fixture fixture;
    ExportPlace place(*fixture.workspace);
    place.resize(1200, 800);
    place.show();
    place.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&place));
    place.selectStories({fixture.toastId});
    REQUIRE(waitFor([&] { return place.currentStoryId() == fixture.toastId; }));

    SECTION("nominal: the source follows the format and shows the current story")
    {
        place.setFormat(ExportFormat::Markdown);
        REQUIRE(waitFor([&] {
            return !place.isRendering() && place.previewSource().contains(QStringLiteral("title:"));
        }));
        CHECK(place.previewSource().contains(QStringLiteral("Burnt Toast Sunday")));
        CHECK_FALSE(place.previewSource().contains(QStringLiteral("<html")));

        place.setFormat(ExportFormat::HtmlSingle);
        REQUIRE(waitFor([&] {
            return !place.isRendering() && place.previewSource().contains(QStringLiteral("<html"));
        }));
        CHECK(place.previewSource().contains(QStringLiteral("Burnt Toast Sunday")));
        // The inlined photo is shortened so the source stays readable.
        CHECK(place.previewSource().contains(QStringLiteral(";base64,…")));
        CHECK(place.previewError().isEmpty());

        place.setCurrentStory(fixture.souffleId);
        REQUIRE(waitFor([&] {
            return !place.isRendering() && place.previewSource().contains(QStringLiteral("Souffl"));
        }));
        CHECK(place.previewSource().contains(QStringLiteral("The Soufflé That Wasn")));
    }

    SECTION("nominal: under the preview, what the export changes in the story")
    {
        // The list is exportChanges() of the chosen format, as spill export
        // prints it (tests/cli/test_cliexport.cpp compares the two).
        auto *changes = place.findChild<ExportChangesView *>();
        REQUIRE(changes);
        place.setFormat(ExportFormat::Hugo);
        REQUIRE(waitFor([&] {
            return !place.isRendering() &&
                changes->changes().join(u'\n').contains(QStringLiteral("renamed"));
        }));
        CHECK(changes->isVisible());
        CHECK(changes->changes().filter(QStringLiteral("is renamed 01-reality.jpg")).size() == 1);
        CHECK(changes->changes().contains(QStringLiteral(
            "the photo 01-reality.jpg loses its metadata (EXIF, GPS location, camera)")));

        // A single page renames nothing.
        place.setFormat(ExportFormat::HtmlSingle);
        REQUIRE(waitFor([&] {
            return !place.isRendering() &&
                !changes->changes().join(u'\n').contains(QStringLiteral("renamed"));
        }));
        CHECK(changes->changes().size() == 1);

        // A story without media changes nothing: the list is hidden.
        place.setCurrentStory(fixture.souffleId);
        REQUIRE(waitFor([&] { return !place.isRendering() && changes->changes().isEmpty(); }));
        CHECK_FALSE(changes->isVisible());
    }

    SECTION("nominal: a share kit is previewed under the post and written beside it")
    {
        auto *kit = place.findChild<ExportShareKitView *>();
        REQUIRE(kit);
        REQUIRE(waitFor([&] { return !place.isRendering(); }));
        CHECK_FALSE(kit->isVisible());
        place.targetBar()->setShareKit(true);
        REQUIRE(waitFor([&] { return !place.isRendering() && kit->isVisible(); }));
        // The toast has a reality photo only: a pin and one square.
        REQUIRE(kit->pictures().size() == 2);
        CHECK(kit->pictures().at(0)->accessibleName() == QStringLiteral("pin.jpg"));
        CHECK(kit->pictures().at(1)->accessibleDescription().contains(
            QStringLiteral("Black toast on a plate")));
        CHECK(kit->pictures().at(0)->pixmap().height() == ShareThumbnailHeight);
        const QString caption = kit->captionEdit()->toPlainText();
        CHECK(caption.startsWith(QStringLiteral("The grill was on full.")));
        kit->copyCaptionButton()->click();
        CHECK(QGuiApplication::clipboard()->text() == caption);
        kit->copyAltTextButton()->click();
        CHECK(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("pin.jpg\n")));
        CHECK(QGuiApplication::clipboard()->text().contains(
            QStringLiteral("square-1-reality.jpg\nBurnt Toast Sunday — ")));

        QTemporaryDir out;
        REQUIRE(out.isValid());
        place.setOutputFolder(out.path());
        QSignalSpy finished(&place, &ExportPlace::exportFinished);
        place.startExport();
        REQUIRE(finished.wait(Patience));
        const QString folder = out.filePath(QStringLiteral("_share-kit/burnt-toast-sunday/"));
        CHECK(QImage(folder + QStringLiteral("pin.jpg")).size() == SharePinSize);
        CHECK(QFileInfo::exists(folder + QStringLiteral("square-1-reality.jpg")));
        QFile written(folder + QStringLiteral("caption.txt"));
        REQUIRE(written.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(written.readAll()).trimmed() == caption);

        place.targetBar()->setShareKit(false);
        REQUIRE(waitFor([&] { return !place.isRendering() && !kit->isVisible(); }));
    }

    SECTION("nominal: Copy Markdown and Copy HTML fill the clipboard")
    {
        REQUIRE(waitFor([&] { return !place.isRendering() && !place.previewSource().isEmpty(); }));
        QTest::keyClick(&place, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        const QString markdown = QGuiApplication::clipboard()->text();
        CHECK(markdown.startsWith(QStringLiteral("---")));
        CHECK(markdown.contains(QStringLiteral("Burnt Toast Sunday")));
        CHECK(markdown.contains(QStringLiteral("The grill was on *full*.")));

        QTest::keyClick(&place, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        REQUIRE(mime);
        REQUIRE(mime->hasHtml());
        CHECK(mime->html().startsWith(QStringLiteral("<article")));
        CHECK(mime->html().endsWith(QStringLiteral("</article>")));
        CHECK(mime->html().contains(QStringLiteral("Burnt Toast Sunday")));
        CHECK(mime->html().contains(QStringLiteral("<em>full</em>")));
        CHECK(mime->html().contains(QStringLiteral("data:image/")));
        CHECK(mime->text() == mime->html());
    }

    SECTION("nominal: two stories exported as Hugo bundles, progress to the end")
    {
        QTemporaryDir out;
        REQUIRE(out.isValid());
        place.setFormat(ExportFormat::Hugo);
        place.setOutputFolder(out.path());
        place.storyModel()->checkAll();
        QSignalSpy finished(&place, &ExportPlace::exportFinished);
        QSignalSpy progress(place.runPanel(), &ExportRunPanel::progressChanged);
        QTest::keyClick(&place, Qt::Key_E, Qt::ControlModifier);
        REQUIRE(place.runPanel()->isRunning());
        CHECK_FALSE(place.runPanel()->exportButton()->isEnabled());
        REQUIRE(waitFor([&] { return finished.count() == 1; }));

        const BatchResult result = place.runPanel()->lastResult();
        INFO(result.errors.join(u'\n').toStdString());
        CHECK(result.ok());
        CHECK(result.exported == 2);
        for (int row = 0; row < 2; ++row) {
            const QString slug =
                place.storyModel()->index(row).data(ExportStoryModel::SlugRole).toString();
            CHECK(QFileInfo::exists(
                out.filePath(QStringLiteral("content/posts/%1/index.md").arg(slug))));
        }
        REQUIRE(progress.count() >= 1);
        CHECK(progress.last().at(0).toInt() == 2);
        CHECK(progress.last().at(1).toInt() == 2);
        CHECK(place.runPanel()->progressBar()->value() == 2);
        CHECK(place.runPanel()->summaryText().startsWith(QStringLiteral("Exported 2 stories to")));
        CHECK(place.runPanel()->exportButton()->isEnabled());
    }

    SECTION("robustness: Export is refused without a folder or without stories")
    {
        QPushButton *button = place.runPanel()->exportButton();
        place.setOutputFolder({});
        place.storyModel()->checkAll();
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip().contains(QStringLiteral("folder")));
        QSignalSpy finished(&place, &ExportPlace::exportFinished);
        place.startExport();
        CHECK_FALSE(place.runPanel()->isRunning());

        place.setOutputFolder(fixture.dir.filePath(QStringLiteral("out")));
        place.storyModel()->checkNone();
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip().contains(QStringLiteral("Check")));

        place.selectStories({fixture.souffleId});
        CHECK(button->isEnabled());
    }
}

TEST_CASE("export place: cancelling a large batch")
{
    Fixture fixture;
    for (int i = 0; i < 200; ++i) {
        Story story;
        story.title = QStringLiteral("Mishap %1").arg(i);
        story.beat(Beat::WentWrong) = QStringLiteral("It went wrong.");
        REQUIRE(fixture.workspace->library().createStory(story) > 0);
    }
    QTemporaryDir out;
    REQUIRE(out.isValid());
    ExportPlace place(*fixture.workspace);
    place.setFormat(ExportFormat::Markdown);
    place.setOutputFolder(out.path());
    // The first page (200 rows) is read, then checking all reads the rest.
    REQUIRE(waitFor([&] { return place.storyModel()->rowCount() > 0; }));
    CHECK_FALSE(place.storyModel()->isComplete());
    place.storyModel()->checkAll();
    REQUIRE(waitFor([&] { return place.storyModel()->checkedCount() == 202; }));
    CHECK(place.storyModel()->rowCount() == 202);

    SECTION("nominal: cancelled right after the start, it stops early and says so")
    {
        QSignalSpy finished(&place, &ExportPlace::exportFinished);
        place.startExport();
        place.cancelExport();
        REQUIRE(waitFor([&] { return finished.count() == 1; }));
        const BatchResult result = place.runPanel()->lastResult();
        CHECK(result.cancelled);
        CHECK(result.exported < 202);
        CHECK(place.runPanel()->summaryText().startsWith(QStringLiteral("Cancelled")));
        CHECK(place.runPanel()->exportButton()->isEnabled());
    }
}

TEST_CASE("export place: format, theme and folder are remembered")
{
    Fixture fixture;
    const QString folder = fixture.dir.filePath(QStringLiteral("blog"));
    {
        ExportPlace first(*fixture.workspace);
        first.setFormat(ExportFormat::Jekyll);
        first.setTheme(QStringLiteral("clean"));
        first.setOutputFolder(folder);
    }
    ExportPlace second(*fixture.workspace);

    SECTION("nominal: a new Export place starts where the last one left off")
    {
        CHECK(second.format() == ExportFormat::Jekyll);
        CHECK(second.theme() == QStringLiteral("clean"));
        CHECK(QDir::fromNativeSeparators(second.outputFolder()) == folder);
    }

    SECTION("robustness: the theme box is only enabled for the HTML formats")
    {
        second.setFormat(ExportFormat::Html);
        const QList<QComboBox *> boxes = second.findChildren<QComboBox *>();
        REQUIRE(boxes.size() == 2);
        CHECK(boxes.at(1)->isEnabled());
        second.setFormat(ExportFormat::Markdown);
        CHECK_FALSE(boxes.at(1)->isEnabled());
    }
}

TEST_CASE("export place: an export started while typing has the last words")
{
    Fixture fixture;
    WritePlace::Options options;
    options.autosaveDelay = std::chrono::minutes(10); // no save at a pause during the test
    options.settingsFile = fixture.dir.filePath(QStringLiteral("write.ini"));
    options.dictionaryPath = fixture.dir.filePath(QStringLiteral("dictionary.txt"));
    WritePlace write(*fixture.workspace, options);
    write.resize(1100, 720);
    write.show();
    write.openStory(fixture.souffleId);
    REQUIRE(
        waitFor([&] { return write.currentStoryId() == fixture.souffleId && !write.isLoading(); }));
    write.editor()->focusBeat(Beat::Lesson);
    QTest::keyClicks(write.editor()->beatEditor(Beat::Lesson),
                     QStringLiteral("Never open the door early."));

    QTemporaryDir out;
    REQUIRE(out.isValid());
    ExportPlace place(*fixture.workspace);
    place.setFormat(ExportFormat::Markdown);
    place.setOutputFolder(out.path());
    place.selectStories({fixture.souffleId});
    QSignalSpy finished(&place, &ExportPlace::exportFinished);
    REQUIRE(place.runPanel()->exportButton()->isEnabled());
    place.runPanel()->exportButton()->click();
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    INFO(place.runPanel()->lastResult().errors.join(u'\n').toStdString());
    REQUIRE(place.runPanel()->lastResult().exported == 1);

    QString written;
    QDirIterator it(out.path(), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        written += QString::fromUtf8(file.readAll());
    }
    CHECK(written.contains(QStringLiteral("I opened the oven door.")));
    CHECK(written.contains(QStringLiteral("Never open the door early.")));
}
