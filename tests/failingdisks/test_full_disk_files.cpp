// SPDX-License-Identifier: GPL-3.0-or-later
// The small files Spill keeps beside a library (the personal dictionary,
// cached thumbnails) on a full disk: the failure is reported with the file
// and the errno's meaning, and the file written before is left as it was.
#include "media/thumbnailcache.h"
#include "smalldisk.h"
#include "testsupport.h"
#include "writing/personaldictionary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>

using namespace Spill;

namespace {

#define SKIP_WITHOUT_MOUNT(disk)                                                                   \
    if (!(disk).mounted()) {                                                                       \
        WARN("skipped: " << (disk).reason().toStdString());                                        \
        return;                                                                                    \
    }

QImage noise(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    QRandomGenerator random(29);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, random.generate() | 0xFF000000u);
    return image;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("A full disk while adding to the personal dictionary", "[failing_disks]")
{
    Test::SmallDisk disk(256);
    SKIP_WITHOUT_MOUNT(disk);
    const QString path = disk.filePath(QStringLiteral("spill/dictionary.txt"));
    PersonalDictionary dictionary;
    REQUIRE(dictionary.load(path));
    QString error;
    REQUIRE(dictionary.add(QStringLiteral("choux"), &error));
    const QByteArray before = contents(path);
    REQUIRE(before == "choux\n");
    REQUIRE(disk.fill());

    // The words would not fit: the failure says so and keeps the old file.
    CHECK_FALSE(dictionary.add(QStringLiteral("crémeux") + QString(8000, u'x'), &error));
    INFO(error.toStdString());
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(error.contains(Test::noSpaceText()));
    CHECK(contents(path) == before);
    CHECK_FALSE(dictionary.contains(QStringLiteral("crémeux") + QString(8000, u'x')));
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList {QStringLiteral("dictionary.txt")});
}

TEST_CASE("A full disk while caching a thumbnail", "[failing_disks]")
{
    Test::SmallDisk disk(512);
    SKIP_WITHOUT_MOUNT(disk);
    const QString library = disk.filePath(QStringLiteral("library"));
    const ThumbnailCache cache(library);
    const QString hash(64, u'a');
    REQUIRE(QDir().mkpath(cache.thumbnailDir()));
    REQUIRE(disk.fill());

    QString error;
    CHECK_FALSE(cache.insert(hash, QStringLiteral("png"), 256, noise(256), &error));
    INFO(error.toStdString());
    const QString path = cache.cachePath(hash, QStringLiteral("png"), 256);
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(error.contains(Test::noSpaceText()));
    CHECK_FALSE(error.contains(QStringLiteral("encoding failed")));
    // No cut-short thumbnail is left to be shown later.
    CHECK(QDir(cache.thumbnailDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
