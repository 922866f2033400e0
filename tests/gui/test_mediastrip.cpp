// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediastripfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Spill;
using namespace Spill::Test::MediaStripTests;

TEST_CASE("media strip imports photos into a beat", "[gui][media]")
{
    Fixture f;
    QSignalSpy edited(&f.editor, &StoryEditor::storyEdited);

    SECTION("nominal: JPEG and PNG arrive in the beat with thumbnails")
    {
        QSignalSpy ready(f.strip(Beat::Salvage), &MediaStrip::thumbnailsReady);
        f.import(Beat::Salvage,
                 {writePhoto(f.sources.path(), QStringLiteral("a.jpg"), 1),
                  writePhoto(f.sources.path(), QStringLiteral("b.png"), 2)});
        const QList<MediaItem> media = f.media();
        REQUIRE(media.size() == 2);
        for (const MediaItem &item : media) {
            CHECK(item.beat == Beat::Salvage);
            CHECK(item.kind == MediaKind::Photo);
            CHECK(item.width == 640);
            CHECK(item.height == 480);
            CHECK(QFileInfo::exists(item.file));
        }
        CHECK(QFileInfo(media.at(0).file).suffix() == QStringLiteral("jpg"));
        CHECK(QFileInfo(media.at(1).file).suffix() == QStringLiteral("png"));
        CHECK(edited.count() >= 1);
        CHECK(f.strip(Beat::Salvage)->messages().isEmpty());
        REQUIRE(
            QTest::qWaitFor([&] { return allThumbnailsShown(f.strip(Beat::Salvage)); }, WaitMs));
        CHECK(ready.count() >= 1);
        CHECK(tileCount(f.strip(Beat::Intended)) == 0);
    }

    SECTION("robustness: bad files are named while the good one imports")
    {
        f.import(Beat::Lesson, {writePhoto(f.sources.path(), QStringLiteral("kept.jpg"), 3)});
        const QString text = QDir(f.sources.path()).filePath(QStringLiteral("notes.jpg"));
        QFile textFile(text);
        REQUIRE(textFile.open(QIODevice::WriteOnly));
        textFile.write("this is not a photo\n");
        textFile.close();
        const QString empty = QDir(f.sources.path()).filePath(QStringLiteral("empty.png"));
        QFile emptyFile(empty);
        REQUIRE(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        const QString unknown = QDir(f.sources.path()).filePath(QStringLiteral("recipe.txt"));
        QFile unknownFile(unknown);
        REQUIRE(unknownFile.open(QIODevice::WriteOnly));
        unknownFile.write("flour");
        unknownFile.close();

        f.import(
            Beat::Lesson,
            {text, empty, writePhoto(f.sources.path(), QStringLiteral("good.png"), 4), unknown});
        const QStringList messages = f.strip(Beat::Lesson)->messages();
        const QString all = messages.join(QLatin1Char('\n'));
        CHECK(messages.size() == 3);
        CHECK(all.contains(QStringLiteral("notes.jpg")));
        CHECK(all.contains(QStringLiteral("empty.png")));
        CHECK(all.contains(QStringLiteral("recipe.txt")));
        CHECK_FALSE(all.contains(QStringLiteral("good.png")));
        REQUIRE(f.media().size() == 2); // the earlier photo is still there
        CHECK(tileCount(f.strip(Beat::Lesson)) == 2);

        f.strip(Beat::Lesson)->clearMessages();
        CHECK(f.strip(Beat::Lesson)->messages().isEmpty());
    }

    SECTION("robustness: cancel stops a batch")
    {
        QStringList paths;
        for (int i = 0; i < 40; ++i)
            paths << writePhoto(f.sources.path(), QStringLiteral("big%1.jpg").arg(i), 10 + i,
                                {2400, 1800});
        MediaStrip *strip = f.strip(Beat::WentWrong);
        QSignalSpy finished(strip, &MediaStrip::importFinished);
        strip->importFiles(paths);
        CHECK(strip->isImporting());
        strip->cancelImport();
        REQUIRE(QTest::qWaitFor([&] { return finished.count() > 0; }, WaitMs));
        CHECK_FALSE(strip->isImporting());
        const int imported = finished.first().at(0).toInt();
        CHECK(imported < 40);
        CHECK(f.media().size() == imported);
        CHECK(strip->messages().join(QLatin1Char('\n')).contains(QStringLiteral("cancelled")));
    }

    SECTION("nominal: dropping file URLs imports them")
    {
        MediaStrip *strip = f.strip(Beat::CallToAction);
        QMimeData mime;
        mime.setUrls(
            {QUrl::fromLocalFile(writePhoto(f.sources.path(), QStringLiteral("drop.jpg"), 5))});
        QSignalSpy finished(strip, &MediaStrip::importFinished);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(strip, &enter);
        CHECK(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(strip, &drop);
        REQUIRE(QTest::qWaitFor([&] { return finished.count() > 0; }, WaitMs));
        REQUIRE(f.media().size() == 1);
        CHECK(f.media().first().beat == Beat::CallToAction);
    }

    SECTION("robustness: a drag of files Spill does not take is refused")
    {
        const QString text = QDir(f.sources.path()).filePath(QStringLiteral("list.txt"));
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(text)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QCoreApplication::sendEvent(f.strip(Beat::CallToAction), &enter);
        CHECK_FALSE(enter.isAccepted());
    }
}

TEST_CASE("media strip takes pasted photos and files", "[gui][media]")
{
    Fixture f;
    QPlainTextEdit *text = f.editor.beatEditor(Beat::WentWrong);
    MediaStrip *strip = f.strip(Beat::WentWrong);
    QSignalSpy finished(strip, &MediaStrip::importFinished);
    text->setFocus();

    SECTION("nominal: Ctrl+V in a beat pastes a copied photo as its evidence")
    {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(200, 90, 40));
        QApplication::clipboard()->setImage(image);
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        REQUIRE(QTest::qWaitFor([&] { return finished.count() > 0; }, WaitMs));
        REQUIRE(f.media().size() == 1);
        CHECK(f.media().first().beat == Beat::WentWrong);
        CHECK(f.media().first().width == 320);
        CHECK(text->toPlainText().isEmpty());
    }

    SECTION("nominal: a copied file pastes as an import, copied words as words")
    {
        auto *files = new QMimeData;
        files->setUrls(
            {QUrl::fromLocalFile(writePhoto(f.sources.path(), QStringLiteral("copied.jpg"), 11))});
        QApplication::clipboard()->setMimeData(files);
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        REQUIRE(QTest::qWaitFor([&] { return finished.count() > 0; }, WaitMs));
        CHECK(f.media().size() == 1);

        QApplication::clipboard()->setText(QStringLiteral("The custard split."));
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        CHECK(text->toPlainText() == QStringLiteral("The custard split."));
        CHECK_FALSE(strip->isImporting());
        CHECK(finished.count() == 1);
        CHECK(f.media().size() == 1);
    }
}

TEST_CASE("media strip edits the story's media", "[gui][media]")
{
    Fixture f;
    f.import(Beat::Salvage,
             {writePhoto(f.sources.path(), QStringLiteral("one.jpg"), 21),
              writePhoto(f.sources.path(), QStringLiteral("two.jpg"), 22),
              writePhoto(f.sources.path(), QStringLiteral("three.jpg"), 23)});
    MediaStrip *strip = f.strip(Beat::Salvage);
    const QList<MediaItem> before = f.media();
    REQUIRE(before.size() == 3);
    f.editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.editor));
    QSignalSpy edited(&f.editor, &StoryEditor::storyEdited);

    SECTION("nominal: Ctrl+Right moves the selected item and story() follows")
    {
        strip->setFocus();
        strip->selectSlot(0);
        QTest::keyClick(strip, Qt::Key_Right, Qt::ControlModifier);
        QList<MediaItem> after = f.media();
        REQUIRE(after.size() == 3);
        CHECK(after.at(0).hash == before.at(1).hash);
        CHECK(after.at(1).hash == before.at(0).hash);
        CHECK(after.at(2).hash == before.at(2).hash);
        CHECK(edited.count() == 1);
        CHECK(strip->selectedIndex() == 1); // the moved item stays selected

        QTest::keyClick(strip, Qt::Key_Left, Qt::ControlModifier);
        QTest::keyClick(strip, Qt::Key_Left, Qt::ControlModifier); // already first: nothing
        after = f.media();
        CHECK(after.at(0).hash == before.at(0).hash);
        CHECK(edited.count() == 2);
    }

    SECTION("nominal: the keys work where the focus is, in the tiles' view")
    {
        QAbstractItemView *view = strip->view();
        strip->setFocus();
        REQUIRE(view->hasFocus());
        CHECK(strip->selectedIndex() == 0); // coming in selects the first tile
        QTest::keyClick(view, Qt::Key_End);
        CHECK(strip->selectedIndex() == 2);
        QTest::keyClick(view, Qt::Key_Home);
        CHECK(strip->selectedIndex() == 0);
        QTest::keyClick(view, Qt::Key_Right);
        CHECK(strip->selectedIndex() == 1);
        QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
        CHECK(f.media().at(2).hash == before.at(1).hash);
        CHECK(strip->selectedIndex() == 2);
        QTest::keyClick(view, Qt::Key_Delete);
        REQUIRE(f.media().size() == 2);
        CHECK(f.media().at(1).hash == before.at(2).hash);
        CHECK(edited.count() == 2);

        // Each tile names itself to screen readers.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
        REQUIRE(list);
        QStringList names;
        for (int i = 0; i < list->childCount(); ++i)
            names << list->child(i)->text(QAccessible::Name);
        CHECK(names.count(QStringLiteral("Photo")) == 2);
    }

    SECTION("nominal: role, alt, decorative and caption land in story()")
    {
        strip->selectSlot(1);
        MediaItemEditor *details = strip->itemEditor();
        REQUIRE(details->isVisibleTo(strip));
        QTest::keyClicks(details->altEdit(), QStringLiteral("Sunken middle"));
        CHECK(f.media().at(1).alt == QStringLiteral("Sunken middle"));
        QTest::keyClicks(details->captionEdit(), QStringLiteral("Ten minutes in"));
        CHECK(f.media().at(1).caption == QStringLiteral("Ten minutes in"));
        details->roleBox()->setCurrentIndex(details->roleBox()->findData(QStringLiteral("result")));
        CHECK(f.media().at(1).role == MediaRole::Result);
        details->decorativeBox()->setChecked(true);
        CHECK(f.media().at(1).decorative);
        CHECK_FALSE(details->altEdit()->isEnabled());
        CHECK(f.media().at(0).alt.isEmpty()); // the others are untouched
        CHECK(edited.count() >= 4);
    }

    SECTION("nominal: an item's edit redraws its own tile; nothing is made again")
    {
        const Remade remade(strip);
        QSignalSpy changed(strip->model(), &QAbstractItemModel::dataChanged);
        strip->selectSlot(1);
        QTest::keyClicks(strip->itemEditor()->captionEdit(), QStringLiteral("Sunk"));
        CHECK(remade.none());
        CHECK(tile(strip, 1).data(MediaStripModel::CaptionRole).toString() ==
              QStringLiteral("Sunk"));
        CHECK(tile(strip, 1).data(Qt::ToolTipRole).toString() == QStringLiteral("Sunk"));
        // One redraw per key, of that tile alone.
        CHECK(changed.count() == 4);
        CHECK(std::all_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().row() == 1 && args.at(1).toModelIndex().row() == 1;
        }));

        // A photo added under another beat leaves this strip's tiles alone.
        f.import(Beat::Lesson, {writePhoto(f.sources.path(), QStringLiteral("four.jpg"), 24)});
        CHECK(remade.none());
        // Undone, the caption reaches the same tile.
        strip->setFocus();
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier);
        CHECK(f.media().at(1).caption.isEmpty());
        CHECK(remade.none());
        CHECK(tile(strip, 1).data(MediaStripModel::CaptionRole).toString().isEmpty());
    }

    SECTION("nominal: role, alt text and decorative undo one by one")
    {
        strip->selectSlot(0);
        MediaItemEditor *details = strip->itemEditor();
        QTest::keyClicks(details->altEdit(), QStringLiteral("Golden top"));
        details->roleBox()->setCurrentIndex(details->roleBox()->findData(QStringLiteral("result")));
        details->decorativeBox()->setChecked(true);
        REQUIRE(f.media().at(0).decorative);
        strip->setFocus();
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier);
        CHECK_FALSE(f.media().at(0).decorative);
        CHECK(details->altEdit()->isEnabled());
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier);
        CHECK(f.media().at(0).role == before.at(0).role);
        CHECK(details->roleBox()->currentData().toString() == mediaRoleKey(before.at(0).role));
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier);
        CHECK(f.media().at(0).alt.isEmpty());
        CHECK(details->altEdit()->text().isEmpty());
    }

    SECTION("nominal: Delete takes the item out of the story and keeps the file")
    {
        strip->setFocus();
        strip->selectSlot(2);
        const QString file = before.at(2).file;
        QTest::keyClick(strip, Qt::Key_Delete);
        const QList<MediaItem> after = f.media();
        REQUIRE(after.size() == 2);
        CHECK(std::none_of(after.cbegin(), after.cend(),
                           [&](const MediaItem &item) { return item.hash == before.at(2).hash; }));
        CHECK(QFileInfo::exists(file));
        CHECK(QFileInfo(file).absolutePath() == QDir(f.store.mediaDir()).absolutePath());
        CHECK(edited.count() == 1);
    }

    SECTION("nominal: Ctrl+Z undoes media edits, Ctrl+Shift+Z redoes them")
    {
        strip->setFocus();
        strip->selectSlot(2);
        QTest::keyClick(strip, Qt::Key_Delete);
        REQUIRE(f.media().size() == 2);
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier);
        CHECK(f.media() == before);
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(f.media().size() == 2);
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier);
        REQUIRE(f.media() == before);

        // A caption typed letter by letter is one step, as is the move after it.
        strip->selectSlot(0);
        QTest::keyClicks(strip->itemEditor()->captionEdit(), QStringLiteral("Too hot"));
        REQUIRE(f.media().at(0).caption == QStringLiteral("Too hot"));
        strip->setFocus();
        QTest::keyClick(strip, Qt::Key_Right, Qt::ControlModifier);
        REQUIRE(f.media().at(1).caption == QStringLiteral("Too hot"));
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier);
        CHECK(f.media().at(0).caption == QStringLiteral("Too hot"));
        // Undo is an edit like any other: the story is saved with it.
        const int edits = edited.count();
        QTest::keyClick(strip, Qt::Key_Z, Qt::ControlModifier);
        CHECK(f.media() == before);
        CHECK(edited.count() == edits + 1);
    }

    SECTION("nominal: setStory() refreshes the strips without an edit")
    {
        Story story = f.editor.story();
        story.media.removeFirst();
        story.media.first().beat = Beat::Lesson;
        f.editor.setStory(story);
        CHECK(tileCount(strip) == 1);
        CHECK(tileCount(f.strip(Beat::Lesson)) == 1);
        CHECK(f.media() == story.media);
        CHECK(edited.count() == 0);
    }
}

TEST_CASE("signature pair shows the dream and the reality", "[gui][media]")
{
    Fixture f;
    SignaturePair *pair = f.editor.signaturePair();
    REQUIRE(pair);
    CHECK(pair->dreamIndex() == -1);
    CHECK(pair->addButton(MediaRole::Dream)->isVisibleTo(pair));
    CHECK(pair->addButton(MediaRole::Reality)->isVisibleTo(pair));

    SECTION("nominal: the first photos of intended and went wrong fill the pair")
    {
        f.import(Beat::Intended, {writePhoto(f.sources.path(), QStringLiteral("dream.jpg"), 31)});
        f.import(Beat::WentWrong,
                 {writePhoto(f.sources.path(), QStringLiteral("reality.jpg"), 32),
                  writePhoto(f.sources.path(), QStringLiteral("later.jpg"), 33)});
        const QList<MediaItem> media = f.media();
        REQUIRE(media.size() == 3);
        CHECK(media.at(0).role == MediaRole::Dream);
        CHECK(media.at(1).role == MediaRole::Reality);
        CHECK(media.at(2).role == MediaRole::Step);
        CHECK(pair->dreamIndex() == 0);
        CHECK(pair->realityIndex() == 1);
        CHECK_FALSE(pair->addButton(MediaRole::Dream)->isVisibleTo(pair));
        REQUIRE(QTest::qWaitFor(
            [&] { return !pair->dreamImage().isNull() && !pair->realityImage().isNull(); },
            WaitMs));
        // Each side shows its own photo: the colours differ.
        CHECK(pair->dreamImage().pixelColor(2, 2) != pair->realityImage().pixelColor(2, 2));
    }

    SECTION("nominal: a role preset from the pair wins over the beat's default")
    {
        QSignalSpy finished(f.strip(Beat::WentWrong), &MediaStrip::importFinished);
        f.strip(Beat::WentWrong)
            ->importFiles({writePhoto(f.sources.path(), QStringLiteral("plan.jpg"), 34)},
                          MediaRole::Dream);
        REQUIRE(QTest::qWaitFor([&] { return finished.count() > 0; }, WaitMs));
        REQUIRE(f.media().size() == 1);
        CHECK(f.media().first().role == MediaRole::Dream);
        CHECK(pair->dreamIndex() == 0);
        CHECK(pair->realityIndex() == -1);
    }
}

TEST_CASE("video poster frame is picked in the player", "[gui][media]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty()) {
        WARN("ffmpeg is missing: the video test is skipped");
        return;
    }
    Fixture f;
    const QString clip = QDir(f.sources.path()).filePath(QStringLiteral("collapse.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                  QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                  QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc=duration=3:size=160x120:rate=10"),
                  QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip});
    REQUIRE(ffmpeg.waitForFinished(WaitMs));
    REQUIRE(ffmpeg.exitCode() == 0);

    f.import(Beat::WentWrong, {clip});
    REQUIRE(f.strip(Beat::WentWrong)->messages().isEmpty());
    REQUIRE(f.media().size() == 1);
    const MediaItem item = f.media().first();
    CHECK(item.kind == MediaKind::Video);
    CHECK(item.durationMs >= 2500);
    CHECK(item.width == 160);
    CHECK(item.posterMs.value_or(-1) == 0);

    SECTION("nominal: the chosen frame becomes the poster and its thumbnail")
    {
        QSignalSpy edited(&f.editor, &StoryEditor::storyEdited);
        // Not shown: Qt 6.4 leaks a shown QVideoWidget's backing store.
        VideoPlayer *player = f.strip(Beat::WentWrong)->makePlayer(0);
        REQUIRE(player);
        player->setPosition(1500);
        CHECK(player->position() == 1500);
        player->usePosterFrame();
        CHECK(f.media().first().posterMs.value_or(-1) == 1500);
        CHECK(edited.count() == 1);
        REQUIRE(
            QTest::qWaitFor([&] { return allThumbnailsShown(f.strip(Beat::WentWrong)); }, WaitMs));
        CHECK(tile(f.strip(Beat::WentWrong), 0).data(MediaStripModel::PosterRole).toLongLong() ==
              1500);
        CHECK(
            QFileInfo::exists(f.thumbnails.cachePath(item.hash, QStringLiteral("mp4"), 256, 1500)));
        // Qt Multimedia tears its output down with deferred deletes: let
        // them run before the test ends.
        delete player;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    SECTION("nominal: photos have no player")
    {
        CHECK(f.strip(Beat::WentWrong)->openPlayer(5) == nullptr);
    }

    SECTION("nominal: a clip's details speak of a clip, a photo's of a photo")
    {
        MediaStrip *strip = f.strip(Beat::WentWrong);
        strip->selectSlot(0);
        MediaItemEditor *details = strip->itemEditor();
        CHECK(details->accessibleName() == QStringLiteral("Clip details"));
        CHECK(details->altEdit()->placeholderText().contains(QStringLiteral("clip")));
        CHECK(details->captionEdit()->placeholderText().contains(QStringLiteral("clip")));
        CHECK_FALSE(details->altEdit()->placeholderText().contains(QStringLiteral("photo")));

        f.import(Beat::WentWrong, {writePhoto(f.sources.path(), QStringLiteral("after.jpg"), 3)});
        REQUIRE(f.media().size() == 2);
        strip->selectSlot(1);
        CHECK(details->accessibleName() == QStringLiteral("Photo details"));
        CHECK(details->altEdit()->placeholderText().contains(QStringLiteral("photo")));
        CHECK(details->captionEdit()->placeholderText().contains(QStringLiteral("photo")));
    }
}
