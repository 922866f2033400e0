// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/mediastripmodel.h"
#include "document/storydocument.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Spill;

namespace {

MediaItem stripPhoto(const QString &hash, Beat beat)
{
    MediaItem item;
    item.hash = hash;
    item.file = QStringLiteral("/library/media/") + hash + QStringLiteral(".jpg");
    item.beat = beat;
    item.width = 640;
    item.height = 480;
    return item;
}

MediaItem stripClip(const QString &hash, Beat beat)
{
    MediaItem item = stripPhoto(hash, beat);
    item.kind = MediaKind::Video;
    item.file = QStringLiteral("/library/media/") + hash + QStringLiteral(".mp4");
    item.durationMs = 3200;
    item.posterMs = 0;
    return item;
}

QStringList hashes(const MediaStripModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(MediaStripModel::HashRole).toString();
    return result;
}

// Every signal a view could act on, counted.
struct Signals
{
    explicit Signals(const MediaStripModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }

    int total() const
    {
        return int(reset.count() + inserted.count() + removed.count() + moved.count() +
                   changed.count() + layout.count());
    }

    QSignalSpy reset, inserted, removed, moved, changed, layout;
};

} // namespace

TEST_CASE("media strip model follows one beat of the document row by row", "[document][media]")
{
    Story story;
    story.media = {stripPhoto(QStringLiteral("x"), Beat::Intended),
                   stripPhoto(QStringLiteral("a"), Beat::Salvage),
                   stripPhoto(QStringLiteral("b"), Beat::Salvage),
                   stripClip(QStringLiteral("c"), Beat::Salvage)};
    StoryDocument document(story);
    MediaStripModel model(Beat::Salvage);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&document);
    REQUIRE(hashes(model) ==
            QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(model.storyIndex(1) == 2);
    Signals spy(&model);

    SECTION("nominal: a caption edit is one dataChanged of that row, undone the same way")
    {
        MediaItem edited = document.story().media.at(2);
        edited.caption = QStringLiteral("Sunk");
        document.updateMedia(2, edited);
        REQUIRE(spy.total() == 1);
        REQUIRE(spy.changed.count() == 1);
        CHECK(spy.changed.first().at(0).toModelIndex().row() == 1);
        CHECK(spy.changed.first().at(1).toModelIndex().row() == 1);
        CHECK(model.index(1).data(MediaStripModel::CaptionRole).toString() ==
              QStringLiteral("Sunk"));
        CHECK(model.index(1).data(Qt::ToolTipRole).toString() == QStringLiteral("Sunk"));

        document.undoStack()->undo();
        CHECK(spy.total() == 2);
        CHECK(spy.changed.count() == 2);
        CHECK(spy.changed.last().at(0).toModelIndex().row() == 1);
        CHECK(model.index(1).data(MediaStripModel::CaptionRole).toString().isEmpty());
        document.undoStack()->redo();
        CHECK(spy.changed.count() == 3);
        CHECK(model.index(1).data(MediaStripModel::CaptionRole).toString() ==
              QStringLiteral("Sunk"));
    }

    SECTION("nominal: adding inserts rows at the end, undo removes them, never a reset")
    {
        document.addMedia({stripPhoto(QStringLiteral("d"), Beat::Salvage),
                           stripPhoto(QStringLiteral("e"), Beat::Salvage)});
        REQUIRE(spy.inserted.count() == 1);
        CHECK(spy.inserted.first().at(1).toInt() == 3);
        CHECK(spy.inserted.first().at(2).toInt() == 4);
        CHECK(hashes(model).size() == 5);
        document.undoStack()->undo();
        CHECK(spy.removed.count() == 1);
        CHECK(hashes(model).size() == 3);
        document.undoStack()->redo();
        CHECK(spy.inserted.count() == 2);
        CHECK(spy.total() == 3);
        CHECK(spy.reset.count() == 0);
    }

    SECTION("nominal: removing removes one row, undo puts it back in its place")
    {
        document.removeMedia(2);
        REQUIRE(spy.removed.count() == 1);
        CHECK(spy.removed.first().at(1).toInt() == 1);
        CHECK(hashes(model) == QStringList {QStringLiteral("a"), QStringLiteral("c")});
        CHECK(model.storyIndex(1) == 2);
        document.undoStack()->undo();
        REQUIRE(spy.inserted.count() == 1);
        CHECK(spy.inserted.first().at(1).toInt() == 1);
        CHECK(hashes(model) ==
              QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        CHECK(spy.total() == 2);
    }

    SECTION("nominal: moving within the beat is one rowsMoved, either way")
    {
        document.moveMedia(1, Beat::Salvage, 2); // a after c
        REQUIRE(spy.moved.count() == 1);
        CHECK(hashes(model) ==
              QStringList {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")});
        document.undoStack()->undo();
        CHECK(spy.moved.count() == 2);
        CHECK(hashes(model) ==
              QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        document.moveMedia(3, Beat::Salvage, 0); // c first
        CHECK(spy.moved.count() == 3);
        CHECK(hashes(model) ==
              QStringList {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")});
        CHECK(spy.total() == 3);
    }

    SECTION("nominal: another beat's changes leave the rows alone, their indices follow")
    {
        document.addMedia({stripPhoto(QStringLiteral("y"), Beat::Intended)});
        document.moveMedia(4, Beat::Intended, 0); // y before x, ahead of this beat
        MediaItem other = document.story().media.at(0);
        other.caption = QStringLiteral("Elsewhere");
        document.updateMedia(0, other);
        CHECK(spy.total() == 0);
        CHECK(model.storyIndex(0) == 2);
        CHECK(document.story().media.at(model.storyIndex(0)).hash == QStringLiteral("a"));
    }

    SECTION("nominal: an item moved to another beat leaves this one and comes back on undo")
    {
        MediaStripModel lesson(Beat::Lesson);
        QAbstractItemModelTester lessonTester(
            &lesson, QAbstractItemModelTester::FailureReportingMode::Fatal);
        lesson.setDocument(&document);
        document.moveMedia(2, Beat::Lesson, 0);
        CHECK(spy.removed.count() == 1);
        CHECK(hashes(lesson) == QStringList {QStringLiteral("b")});
        document.undoStack()->undo();
        CHECK(spy.inserted.count() == 1);
        CHECK(hashes(model) ==
              QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        CHECK(lesson.rowCount() == 0);
    }

    SECTION("nominal: a version restored keeps the rows still there")
    {
        Story restored = document.story();
        restored.media.removeAt(1);
        document.replace(restored);
        CHECK(spy.removed.count() == 1);
        CHECK(spy.reset.count() == 0);
        CHECK(hashes(model) == QStringList {QStringLiteral("b"), QStringLiteral("c")});
    }

    SECTION("nominal: the roles say what the tile shows")
    {
        const QModelIndex c = model.index(2);
        CHECK(c.data(MediaStripModel::KindRole).toInt() == int(MediaKind::Video));
        CHECK(c.data(MediaStripModel::DurationRole).toLongLong() == 3200);
        CHECK(c.data(MediaStripModel::PosterRole).toLongLong() == 0);
        CHECK(c.data(MediaStripModel::SizeRole).toSize() == QSize(640, 480));
        CHECK(c.data(MediaStripModel::ThumbnailKeyRole).toString() == QStringLiteral("c@0"));
        CHECK(c.data(Qt::AccessibleTextRole).toString() == QStringLiteral("Clip"));
        CHECK(c.data(Qt::DisplayRole).toString() == QStringLiteral("c.mp4"));
        CHECK_FALSE(model.index(0).data(MediaStripModel::PosterRole).isValid());

        MediaItem edited = document.story().media.at(1);
        edited.alt = QStringLiteral("A risen soufflé");
        edited.role = MediaRole::Dream;
        edited.decorative = false;
        document.updateMedia(1, edited);
        const QModelIndex a = model.index(0);
        CHECK(a.data(Qt::AccessibleTextRole).toString() ==
              QStringLiteral("Photo: A risen soufflé"));
        CHECK(a.data(MediaStripModel::MediaRoleRole).toInt() == int(MediaRole::Dream));
        CHECK(a.data(MediaStripModel::RoleLabelRole).toString() ==
              mediaRoleLabel(MediaRole::Dream));

        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(1)}));
        REQUIRE(mime);
        CHECK(mime->data(MediaStripModel::mimeType()).toInt() == 2);
    }

    SECTION("nominal: another document is one reset")
    {
        StoryDocument empty;
        model.setDocument(&empty);
        CHECK(spy.reset.count() == 1);
        CHECK(model.rowCount() == 0);
        empty.addMedia({stripPhoto(QStringLiteral("z"), Beat::Salvage)});
        CHECK(spy.inserted.count() == 1);
        document.addMedia({stripPhoto(QStringLiteral("w"), Beat::Salvage)}); // no longer followed
        CHECK(model.rowCount() == 1);
    }
}
