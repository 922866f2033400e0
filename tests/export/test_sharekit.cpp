// SPDX-License-Identifier: GPL-3.0-or-later
// The share kit beside an export: a pin and squares painted from the
// story's own photos (never enlarged), their alt text, and a caption that
// fits the platforms and ends with the call to action.
#include "export/exporter.h"
#include "export/exportsink.h"
#include "export/post.h"
#include "export/sharekit.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QImage>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

QMap<QString, QByteArray> exportedFiles(ExportFormat format, const ExportInput &input,
                                        bool shareKit = true)
{
    ExportOptions options;
    options.shareKit = shareKit;
    MemorySink sink;
    const ExportResult result = exporterFor(format)->exportStory(input, options, sink);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    for (const QString &file : sink.files().keys())
        CHECK(result.files.contains(file));
    return sink.files();
}

QImage picture(const QMap<QString, QByteArray> &files, const QString &path)
{
    REQUIRE(files.contains(path));
    QImage image;
    REQUIRE(image.loadFromData(files.value(path), "JPEG"));
    return image;
}

// Close enough for JPEG: each channel within `tolerance`.
bool near(QRgb pixel, QColor expected, int tolerance = 24)
{
    return std::abs(qRed(pixel) - expected.red()) <= tolerance &&
        std::abs(qGreen(pixel) - expected.green()) <= tolerance &&
        std::abs(qBlue(pixel) - expected.blue()) <= tolerance;
}

QString plainPhoto(const QTemporaryDir &dir, const QString &name, QSize size, QColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path, "JPEG", 95));
    return path;
}

// A story with only a dream and a reality photo of the given sizes.
ExportInput pairStory(const QTemporaryDir &dir, QSize size)
{
    ExportInput input;
    input.story.title = u"Flat focaccia"_s;
    input.story.beat(Beat::WentWrong) = u"It never rose."_s;
    input.story.beat(Beat::CallToAction) = u"What fell flat for you?"_s;
    MediaItem dream;
    dream.file = u"dream.jpg"_s;
    dream.role = MediaRole::Dream;
    dream.alt = u"A tall, airy focaccia"_s;
    MediaItem reality = dream;
    reality.file = u"reality.jpg"_s;
    reality.role = MediaRole::Reality;
    reality.beat = Beat::WentWrong;
    reality.alt = u"A flat, dense slab"_s;
    input.story.media = {dream, reality};
    const QMap<QString, MediaSource> sources {
        {u"dream.jpg"_s, {plainPhoto(dir, u"dream.jpg"_s, size, QColor(40, 160, 60)), {}}},
        {u"reality.jpg"_s, {plainPhoto(dir, u"reality.jpg"_s, size, QColor(60, 60, 200)), {}}},
    };
    input.resolveMedia = [sources](const MediaItem &item) { return sources.value(item.file); };
    return input;
}

} // namespace

TEST_CASE("share kit: pictures, alt text and caption beside the post")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("nominal: the soufflé's kit has a pin, two squares, alt text and a caption")
    {
        const ExportInput souffle = souffleStory(dir.path());
        const QMap<QString, QByteArray> files = exportedFiles(ExportFormat::Markdown, souffle);
        const QString folder = u"_share-kit/souffle-that-wasnt/"_s;
        CHECK(picture(files, folder + u"pin.jpg"_s).size() == SharePinSize);
        CHECK(picture(files, folder + u"square-1-dream.jpg"_s).size() == ShareSquareSize);
        CHECK(picture(files, folder + u"square-2-reality.jpg"_s).size() == ShareSquareSize);

        const QString alt = QString::fromUtf8(files.value(folder + u"alt-text.txt"_s));
        CHECK(alt.contains(u"pin.jpg\n"_s));
        CHECK(alt.contains(u"A tall golden soufflé in a white ramekin"_s));
        // The reality is a clip: its square is its poster, described by its alt text.
        CHECK(alt.contains(u"square-2-reality.jpg\nThe Soufflé That Wasn't — Actual: "_s));
        CHECK(alt.contains(u"The soufflé sinking as the oven opens"_s));

        const QString caption = QString::fromUtf8(files.value(folder + u"caption.txt"_s));
        CHECK(caption.size() <= MaxShareCaption + 1);
        CHECK(caption.startsWith(u"Twenty minutes in I opened the oven, just to check."_s));
        CHECK(caption.contains(u"Keep the oven door shut for the first 25 minutes."_s));
        CHECK(caption.contains(u"#baking #eggs"_s));
        // The call to action is the last line.
        CHECK(caption.trimmed().split(u'\n').last() == u"Which dish humbled you last?"_s);
        CHECK_FALSE(caption.contains(u'*'));
    }

    SECTION("nominal: every format writes the kit; without asking, none does")
    {
        const ExportInput input = pairStory(dir, QSize(1600, 1200));
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll, ExportFormat::Html,
              ExportFormat::HtmlSingle}) {
            INFO(exportFormatKey(format).toStdString());
            CHECK(exportedFiles(format, input).contains(u"_share-kit/flat-focaccia/pin.jpg"_s));
            for (const QString &file : exportedFiles(format, input, false).keys())
                CHECK_FALSE(file.startsWith(u"_share-kit/"_s));
        }
    }

    SECTION("nominal: a photo smaller than its place is not enlarged, only centred")
    {
        const QMap<QString, QByteArray> files =
            exportedFiles(ExportFormat::Markdown, pairStory(dir, QSize(400, 300)));
        const QImage square = picture(files, u"_share-kit/flat-focaccia/square-1-dream.jpg"_s);
        const QColor green(40, 160, 60);
        // The photo, 400 x 300, in the middle of the square...
        CHECK(near(square.pixel(540, 540), green));
        CHECK(near(square.pixel(352, 402), green));
        // ...and the background around it, where an enlarged photo would be.
        CHECK_FALSE(near(square.pixel(330, 540), green));
        CHECK_FALSE(near(square.pixel(750, 540), green));
        CHECK_FALSE(near(square.pixel(540, 380), green));

        // A large photo covers the whole square.
        const QImage covered =
            picture(exportedFiles(ExportFormat::Markdown, pairStory(dir, QSize(2000, 1500))),
                    u"_share-kit/flat-focaccia/square-1-dream.jpg"_s);
        CHECK(near(covered.pixel(20, 540), green));
        CHECK(near(covered.pixel(1060, 540), green));
    }

    SECTION("nominal: the pin shows the dream above the reality")
    {
        const QImage pin =
            picture(exportedFiles(ExportFormat::Markdown, pairStory(dir, QSize(2000, 1500))),
                    u"_share-kit/flat-focaccia/pin.jpg"_s);
        CHECK(near(pin.pixel(900, 700), QColor(40, 160, 60)));
        CHECK(near(pin.pixel(900, 1300), QColor(60, 60, 200)));
    }

    SECTION("nominal: without a dream or reality photo the kit is only its caption")
    {
        ExportInput input = pairStory(dir, QSize(400, 300));
        input.story.media.clear();
        const QMap<QString, QByteArray> files = exportedFiles(ExportFormat::Markdown, input);
        QStringList kit;
        for (const QString &file : files.keys()) {
            if (file.startsWith(u"_share-kit/flat-focaccia/"_s))
                kit << file;
        }
        CHECK(kit == QStringList {u"_share-kit/flat-focaccia/caption.txt"_s});
    }

    SECTION("robustness: long beats and many tags still fit, the call to action last")
    {
        ExportInput input = pairStory(dir, QSize(400, 300));
        const QString words = u"The dough sat and sat and never rose at all. "_s.repeated(120);
        input.story.beat(Beat::WentWrong) = words;
        input.story.beat(Beat::Lesson) = words;
        for (int i = 0; i < 60; ++i)
            input.story.tags << u"tag %1!"_s.arg(i);
        ExportOptions options;
        options.shareKit = true;
        QString error;
        const std::optional<Post> post = preparePost(input, options, &error, false);
        REQUIRE(post);
        const QString caption = shareCaption(*post);
        CHECK(caption.size() <= MaxShareCaption);
        CHECK(caption.endsWith(u"\n\nWhat fell flat for you?"_s));
        CHECK(caption.contains(u"#tag0 #tag1"_s));
        CHECK(caption.contains(QChar(0x2026)));
        // Both the hook and the lesson keep a share of the room.
        const QStringList parts = caption.split(u"\n\n"_s);
        REQUIRE(parts.size() == 4);
        CHECK(parts.at(0).size() > 300);
        CHECK(parts.at(1).size() > 300);
    }
}
