// SPDX-License-Identifier: GPL-3.0-or-later
// Encoded web images are kept for the next render of the same photo (the
// Export place renders a story once per theme and format): only while the
// file on disk is the one that was encoded.
#include "export/webimage.h"
#include "testsupport.h"

#include <QImage>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;

TEST_CASE("web image: a kept encoding follows its file")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString path = temp.filePath(u"photo.jpg"_s);
    QImage wide(400, 200, QImage::Format_RGB32);
    wide.fill(Qt::red);
    REQUIRE(wide.save(path, "JPEG"));

    SECTION("nominal: the same file gives the same bytes again")
    {
        const WebImage first = encodeWebImage(path, 300);
        REQUIRE(first.error.isEmpty());
        CHECK(first.width == 300);
        const WebImage again = encodeWebImage(path, 300);
        CHECK(again.bytes == first.bytes);
        CHECK(again.width == 300);
        // Another long edge is another encoding.
        CHECK(encodeWebImage(path, 100).width == 100);
    }

    SECTION("robustness: a file replaced under the same name is encoded anew")
    {
        const WebImage first = encodeWebImage(path, 1000);
        REQUIRE(first.width == 400);
        QImage tall(100, 300, QImage::Format_RGB32);
        tall.fill(Qt::blue);
        REQUIRE(tall.save(path, "JPEG"));
        const WebImage second = encodeWebImage(path, 1000);
        REQUIRE(second.error.isEmpty());
        CHECK(second.width == 100);
        CHECK(second.height == 300);
        CHECK(second.bytes != first.bytes);
    }

    SECTION("robustness: a file gone is an error naming it, not a kept copy")
    {
        REQUIRE(encodeWebImage(path, 1000).error.isEmpty());
        REQUIRE(QFile::remove(path));
        const WebImage gone = encodeWebImage(path, 1000);
        CHECK(gone.bytes.isEmpty());
        CHECK(gone.error.contains(path));
    }
}
