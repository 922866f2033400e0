// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files per format: tests/data/export/<case>/expected*. Rewrite them
// with SPILL_UPDATE_GOLDEN=1 and review the diff by eye before committing.
#include "export/exporter.h"
#include "export/exportsink.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QImage>
#include <QTemporaryDir>

#include <cstdlib>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

MemorySink exportTo(ExportFormat format, const ExportInput &input,
                    const ExportOptions &options = {})
{
    MemorySink sink;
    const ExportResult result = exporterFor(format)->exportStory(input, options, sink);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.files.size() == sink.files().size());
    return sink;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("export formats match their golden files")
{
    QTemporaryDir media;
    REQUIRE(media.isValid());

    SECTION("nominal: the soufflé story in every format")
    {
        const ExportInput input = souffleStory(media.path());
        const MemorySink markdown = exportTo(ExportFormat::Markdown, input);
        CHECK(sorted(markdown.files().keys()) ==
              QStringList {u"souffle-that-wasnt.md"_s, u"souffle-that-wasnt/01-dream.jpg"_s,
                           u"souffle-that-wasnt/02-reality-poster.jpg"_s,
                           u"souffle-that-wasnt/02-reality.mp4"_s,
                           u"souffle-that-wasnt/03-result.jpg"_s,
                           u"souffle-that-wasnt/04-step.png"_s});
        checkGolden(u"souffle/expected.md"_s, markdown.files().value(u"souffle-that-wasnt.md"_s));

        // Clips are remuxed without their metadata: nothing left to warn
        // about, but every change is listed.
        MemorySink noted;
        const ExportResult withVideo =
            exporterFor(ExportFormat::Hugo)->exportStory(input, {}, noted);
        REQUIRE(withVideo.ok());
        CHECK(withVideo.notes.isEmpty());
        CHECK(withVideo.changes.contains(u"the photo dream.jpg is renamed 01-dream.jpg"_s));
        CHECK(withVideo.changes.contains(
            u"the photo 01-dream.jpg is scaled down from 3000×2000 to 2048×1365"_s));
        CHECK(withVideo.changes.contains(u"the clip collapse.mp4 is renamed 02-reality.mp4"_s));
        CHECK(withVideo.changes.contains(
            u"the clip 02-reality.mp4 loses its metadata (location, dates, device, chapters)"_s));
        CHECK_FALSE(withVideo.changes.join(u'\n').contains(u"03-result.jpg is scaled"_s));

        const MemorySink hugo = exportTo(ExportFormat::Hugo, input);
        CHECK(hugo.files().contains(u"content/posts/souffle-that-wasnt/01-dream.jpg"_s));
        checkGolden(u"souffle/expected-hugo.md"_s,
                    hugo.files().value(u"content/posts/souffle-that-wasnt/index.md"_s));

        const MemorySink jekyll = exportTo(ExportFormat::Jekyll, input);
        CHECK(jekyll.files().contains(u"assets/images/souffle-that-wasnt/01-dream.jpg"_s));
        checkGolden(u"souffle/expected-jekyll.md"_s,
                    jekyll.files().value(u"_posts/2026-11-20-souffle-that-wasnt.md"_s));

        ExportOptions clean;
        clean.theme = u"clean"_s;
        const MemorySink html = exportTo(ExportFormat::Html, input);
        CHECK(html.files().contains(u"souffle-that-wasnt/style.css"_s));
        checkGolden(u"souffle/expected.html"_s,
                    html.files().value(u"souffle-that-wasnt/index.html"_s));
        const MemorySink single = exportTo(ExportFormat::HtmlSingle, input, clean);
        CHECK(single.files().keys() == QStringList {u"souffle-that-wasnt.html"_s});
        checkGolden(u"souffle/expected-single.html"_s,
                    withShortDataUris(single.files().value(u"souffle-that-wasnt.html"_s)));
    }

    SECTION("nominal: a bare story keeps what went wrong and drops empty beats")
    {
        const ExportInput input = bareStory();
        MemorySink jekyllDrafts = exportTo(ExportFormat::Jekyll, input);
        CHECK(jekyllDrafts.files().keys() == QStringList {u"_drafts/just-a-title.md"_s});
        const MemorySink markdown = exportTo(ExportFormat::Markdown, input);
        checkGolden(u"bare/expected.md"_s, markdown.files().value(u"just-a-title.md"_s));
        const MemorySink html = exportTo(ExportFormat::Html, input);
        const QByteArray page = html.files().value(u"just-a-title/index.html"_s);
        checkGolden(u"bare/expected.html"_s, page);
        // What went wrong is never left out; readers see its heading, not
        // the step's name.
        CHECK(page.contains("<h2>Where it went sideways</h2>"));
        CHECK_FALSE(page.contains("What went wrong"));
        CHECK(page.contains("class=\"muted\""));
        CHECK_FALSE(page.contains("The rescue"));
    }

    SECTION("nominal: hostile input in every field")
    {
        const ExportInput input = hostileStory();
        checkGolden(u"hostile/expected.md"_s,
                    exportTo(ExportFormat::Markdown, input).files().value(u"hostile.md"_s));
        checkGolden(
            u"hostile/expected-jekyll.md"_s,
            exportTo(ExportFormat::Jekyll, input).files().value(u"_posts/2026-01-02-hostile.md"_s));
        checkGolden(u"hostile/expected.html"_s,
                    exportTo(ExportFormat::Html, input).files().value(u"hostile/index.html"_s));
    }
}

TEST_CASE("exported photos are scaled and re-encoded")
{
    QTemporaryDir media;
    REQUIRE(media.isValid());
    ExportInput input = souffleStory(media.path());

    SECTION("nominal: the long edge is limited and PNG stays PNG")
    {
        ExportOptions options;
        options.imageLongEdge = 1000;
        const MemorySink sink = exportTo(ExportFormat::Html, input, options);
        const QImage dream =
            QImage::fromData(sink.files().value(u"souffle-that-wasnt/01-dream.jpg"_s), "JPEG");
        CHECK(dream.width() == 1000);
        CHECK(std::abs(dream.height() - 667) <= 1);
        const QImage toast =
            QImage::fromData(sink.files().value(u"souffle-that-wasnt/03-result.jpg"_s), "JPEG");
        CHECK(std::abs(toast.width() - 667) <= 1);
        CHECK(toast.height() == 1000);
        const QImage steam =
            QImage::fromData(sink.files().value(u"souffle-that-wasnt/04-step.png"_s), "PNG");
        CHECK(steam.width() == 400);
        CHECK(steam.height() == 100);
        const QByteArray page = sink.files().value(u"souffle-that-wasnt/index.html"_s);
        CHECK(page.contains(
            QStringLiteral("width=\"1000\" height=\"%1\"").arg(dream.height()).toUtf8()));
    }

    SECTION("robustness: a missing media file is an error naming the file")
    {
        input.resolveMedia = [](const MediaItem &item) {
            return MediaSource {u"/nonexistent/"_s + item.file, {}};
        };
        MemorySink sink;
        const ExportResult result = exporterFor(ExportFormat::Hugo)->exportStory(input, {}, sink);
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(u"/nonexistent/dream.jpg"_s));
        CHECK(sink.files().isEmpty());
    }

    SECTION("robustness: a file that is not an image is an error naming the file")
    {
        const QString bogus = media.filePath(u"bogus.jpg"_s);
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a jpeg");
        file.close();
        input.resolveMedia = [bogus](const MediaItem &) { return MediaSource {bogus, {}}; };
        MemorySink sink;
        const ExportResult result =
            exporterFor(ExportFormat::Markdown)->exportStory(input, {}, sink);
        CHECK(result.error.contains(bogus));
    }
}

TEST_CASE("slugs and themes are checked")
{
    SECTION("robustness: an invalid slug is refused with an error")
    {
        for (const QString &slug : {u"../etc"_s, u"CON"_s, u"con"_s, u"a/b"_s, u"Upper"_s}) {
            ExportInput input = bareStory();
            input.story.slug = slug;
            for (ExportFormat format :
                 {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll,
                  ExportFormat::Html, ExportFormat::HtmlSingle}) {
                MemorySink sink;
                const ExportResult result = exporterFor(format)->exportStory(input, {}, sink);
                CHECK(result.error.contains(slug));
                CHECK(sink.files().isEmpty());
            }
        }
    }

    SECTION("nominal: an empty slug is derived from the title")
    {
        ExportInput input = bareStory();
        input.story.title = u"Crème brûlée & Co"_s;
        const MemorySink sink = exportTo(ExportFormat::HtmlSingle, input);
        CHECK(sink.files().keys() == QStringList {u"creme-brulee-and-co.html"_s});
    }

    SECTION("robustness: an unknown or path-like theme is an error")
    {
        for (const QString &theme : {u"nope"_s, u"../kitchen"_s}) {
            ExportOptions options;
            options.theme = theme;
            MemorySink sink;
            const ExportResult result =
                exporterFor(ExportFormat::Html)->exportStory(bareStory(), options, sink);
            CHECK(result.error.contains(theme));
        }
    }

    SECTION("nominal: the JSON format has no post writer")
    {
        CHECK(exporterFor(ExportFormat::Json) == nullptr);
        CHECK(exporterFor(ExportFormat::Hugo)->format() == ExportFormat::Hugo);
    }
}
