// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallery/gallerymodel.h"
#include "gallery/galleryroles.h"
#include "gallery/thumbnaillru.h"
#include "media/mediastore.h"
#include "media/thumbnailcache.h"
#include "testsupport.h"
#include "waitidle.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Spill;
using Spill::Test::waitIdle;

namespace {

QImage colouredImage(int index)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 60) % 360, 200, 200));
    return image;
}

} // namespace

TEST_CASE("gallery model: thumbnails load off the GUI thread into a bounded cache")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    OpenResult opened = Library::open(dir.path());
    REQUIRE(opened);
    Library &library = *opened.library;
    const MediaStore store(dir.path());

    constexpr int Photos = 5;
    for (int i = 0; i < Photos; ++i) {
        const QString path = dir.filePath(QStringLiteral("photo%1.jpg").arg(i));
        REQUIRE(colouredImage(i).save(path, "JPEG", 85));
        const ImportedMedia imported = store.import(path);
        REQUIRE(imported.ok());
        MediaItem item = imported.toMediaItem(store.filePath(imported.hash, imported.suffix));
        item.role = MediaRole::Reality;
        item.beat = Beat::WentWrong;
        Story story;
        story.title = QStringLiteral("Photo story %1").arg(i);
        story.media = {item};
        REQUIRE(library.createStory(story) > 0);
    }
    Story without;
    without.title = QStringLiteral("No photo");
    without.created = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
    REQUIRE(library.createStory(without) > 0);

    ThumbnailCache cache(dir.path());
    GalleryModel model(library.handle(), &cache);
    waitIdle(model);
    REQUIRE(model.rowCount() == Photos + 1);

    SECTION("nominal: null while loading, then dataChanged with the thumbnail role alone")
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex first = model.index(0);
        CHECK(first.data(ThumbnailRole).value<QImage>().isNull());
        CHECK(model.thumbnailsInFlight() == 1);
        REQUIRE(QTest::qWaitFor([&] { return changed.size() >= 1; }, 10000));
        CHECK(changed.first().at(0).toModelIndex() == first);
        CHECK(changed.first().at(2).value<QList<int>>() == QList<int> {ThumbnailRole});

        const QImage image = first.data(ThumbnailRole).value<QImage>();
        REQUIRE_FALSE(image.isNull());
        CHECK(qMax(image.width(), image.height()) == GalleryModel::ThumbnailSize);
        // The same shared image each time, so views can key their caches on it.
        CHECK(first.data(ThumbnailRole).value<QImage>().cacheKey() == image.cacheKey());

        // A story without a photo never asks for one.
        CHECK(model.index(Photos).data(ThumbnailRole).value<QImage>().isNull());
        CHECK(model.thumbnailsInFlight() == 0);
    }

    SECTION("nominal: the memory cache stays within its byte budget")
    {
        // Room for about two 256 x 192 thumbnails.
        const qint64 budget = 2 * 256 * 192 * 4 + 1024;
        model.thumbnailMemory().setBudgetBytes(budget);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int row = 0; row < Photos; ++row)
            model.index(row).data(ThumbnailRole);
        REQUIRE(QTest::qWaitFor([&] { return changed.size() >= Photos; }, 10000));
        CHECK(model.thumbnailMemory().usedBytes() <= budget);
        CHECK(model.thumbnailMemory().count() == 2);
        // An evicted one is asked for again when a view needs it.
        int evicted = -1;
        for (int row = 0; row < Photos; ++row) {
            if (!model.thumbnailMemory().contains(model.summary(row)->realityPhotoHash))
                evicted = row;
        }
        REQUIRE(evicted >= 0);
        CHECK(model.index(evicted).data(ThumbnailRole).value<QImage>().isNull());
        CHECK(model.thumbnailsInFlight() == 1);
    }
}

TEST_CASE("thumbnail memory: least recently used goes first")
{
    QImage image(100, 100, QImage::Format_RGB32); // 40,000 bytes
    image.fill(Qt::red);
    ThumbnailLru lru(100 * 1024);

    SECTION("nominal: a hit keeps an image, the oldest other one is dropped")
    {
        lru.insert(QStringLiteral("a"), image);
        lru.insert(QStringLiteral("b"), image.copy());
        CHECK(lru.image(QStringLiteral("a")).cacheKey() == image.cacheKey());
        lru.insert(QStringLiteral("c"), image.copy());
        CHECK(lru.contains(QStringLiteral("a")));
        CHECK_FALSE(lru.contains(QStringLiteral("b")));
        CHECK(lru.contains(QStringLiteral("c")));
        CHECK(lru.usedBytes() <= lru.budgetBytes());
    }

    SECTION("robustness: an image larger than the budget is not kept")
    {
        QImage big(400, 400, QImage::Format_RGB32);
        big.fill(Qt::blue);
        lru.insert(QStringLiteral("big"), big);
        CHECK_FALSE(lru.contains(QStringLiteral("big")));
        CHECK(lru.image(QStringLiteral("big")).isNull());
        CHECK(lru.usedBytes() == 0);
    }
}
