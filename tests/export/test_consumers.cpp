// SPDX-License-Identifier: GPL-3.0-or-later
// The real tools on the other side accept what Spill exports: Hugo and
// Jekyll build sites from the posts, html-validate finds no error in the
// pages. Labelled test_export_consumers so they can be run on their own:
// ctest -L test_export_consumers
#include "export/exporter.h"
#include "export/exportsink.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        REQUIRE(QFile::copy(source, target));
    }
}

QString run(const QString &program, const QStringList &arguments, const QString &workDir)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " must be installed (see packaging/debian-packages.txt)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(180000));
    const QString output = QString::fromUtf8(process.readAll());
    INFO(output.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return output;
}

QString readText(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void exportInto(ExportFormat format, const QString &dir, const QList<ExportInput> &inputs)
{
    DirectorySink sink(dir);
    for (const ExportInput &input : inputs) {
        const ExportResult result = exporterFor(format)->exportStory(input, {}, sink);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
    }
}

} // namespace

TEST_CASE("Hugo builds a site from exported bundles")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString site = temp.filePath(u"site"_s);
    copyTree(dataPath(u"export/sites/hugo"_s), site);
    exportInto(ExportFormat::Hugo, site, {souffleStory(temp.path()), hostileStory()});
    run(u"hugo"_s, {u"--source"_s, site, u"--destination"_s, site + u"/public"_s}, site);

    const QString post = readText(site + u"/public/posts/souffle-that-wasnt/index.html"_s);
    CHECK(post.contains(u"<h1 class=\"post-title\">The Soufflé That Wasn&#39;t</h1>"_s));
    CHECK(post.contains(u"<p class=\"dish\">Cheese soufflé</p>"_s));
    CHECK(post.contains(
        u"<img src=\"01-dream.jpg\" alt=\"A tall golden soufflé in a white ramekin\""_s));
    CHECK(post.contains(u"<h2 id=\"where-it-went-sideways\">Where it went sideways</h2>"_s));
    CHECK(post.contains(u"<table>"_s));
    CHECK(QFile::exists(site + u"/public/posts/souffle-that-wasnt/01-dream.jpg"_s));
    CHECK(QFile::exists(site + u"/public/posts/souffle-that-wasnt/02-reality.mp4"_s));

    const QString hostile = readText(site + u"/public/posts/hostile/index.html"_s);
    CHECK(hostile.contains(u"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    CHECK(hostile.contains(u"{{&lt; shortcode &gt;}}"_s));
    checkNoLiveMarkup(hostile);
}

TEST_CASE("Jekyll builds a site from exported posts")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString site = temp.filePath(u"site"_s);
    copyTree(dataPath(u"export/sites/jekyll"_s), site);
    exportInto(ExportFormat::Jekyll, site, {souffleStory(temp.path()), hostileStory()});
    run(u"jekyll"_s, {u"build"_s, u"--source"_s, site, u"--destination"_s, site + u"/_site"_s},
        site);

    const QString post = readText(site + u"/_site/posts/souffle-that-wasnt/index.html"_s);
    CHECK(post.contains(u"<h1 class=\"post-title\">The Soufflé That Wasn&#39;t</h1>"_s));
    CHECK(post.contains(u"src=\"/assets/images/souffle-that-wasnt/01-dream.jpg\""_s));
    CHECK(post.contains(u"alt=\"A tall golden soufflé in a white ramekin\""_s));
    CHECK(post.contains(u"Where it went sideways</h2>"_s));
    CHECK(QFile::exists(site + u"/_site/assets/images/souffle-that-wasnt/01-dream.jpg"_s));

    const QString hostile = readText(site + u"/_site/posts/hostile/index.html"_s);
    CHECK(hostile.contains(u"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    CHECK(hostile.contains(u"{% include x %}"_s));
    checkNoLiveMarkup(hostile);
}

TEST_CASE("html-validate finds no error in exported pages")
{
    // Installed (once) from the pinned lock file; without npm or its
    // registry the check is skipped, and says so.
    run(QStringLiteral(SPILL_CMAKE_COMMAND),
        {QStringLiteral("-DSOURCE=" SPILL_TOOLS_SOURCE_DIR),
         QStringLiteral("-DDESTINATION=" SPILL_TOOLS_DIR), u"-P"_s,
         QStringLiteral(SPILL_TOOLS_SOURCE_DIR "/install.cmake")},
        QStringLiteral(SPILL_TOOLS_SOURCE_DIR));
    const QString validator = QStringLiteral(SPILL_TOOLS_DIR "/node_modules/.bin/html-validate");
    if (!QFile::exists(validator)) {
        std::cout << "html-validate is not installed: skipped\n";
        WARN("html-validate is not installed: skipped");
        return;
    }
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    // A clip over 20 MB (raw pictures in a QuickTime file), which a single
    // page shows as its poster frame with a note.
    const QString bigClip = temp.filePath(u"long-take.mov"_s);
    run(u"ffmpeg"_s,
        {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
         u"testsrc=size=1280x720:rate=10:duration=1.6"_s, u"-c:v"_s, u"rawvideo"_s, u"-pix_fmt"_s,
         u"yuv420p"_s, bigClip},
        temp.path());
    const QString poster = writePhoto(temp.filePath(u"long-take.jpg"_s), 640, 360, Qt::darkRed);
    ExportInput big = bareStory();
    big.story.slug = u"long-take"_s;
    MediaItem clip;
    clip.file = bigClip;
    clip.kind = MediaKind::Video;
    clip.beat = Beat::WentWrong;
    clip.role = MediaRole::Reality;
    clip.alt = u"The whole bake, start to finish"_s;
    clip.caption = u"Forty minutes in one take"_s;
    big.story.media = {clip};
    big.resolveMedia = [poster](const MediaItem &m) { return MediaSource {m.file, poster}; };

    // The honesty features: an edited photo's caption, the evidence
    // timeline as a figure, and the redemption box.
    ExportInput honest = souffleStory(temp.path());
    honest.story.slug = u"honest"_s;
    for (int i : {0, 2}) {
        MediaOrigin &origin = honest.story.media[i].origin;
        origin.known = origin.edited = true;
        origin.captured = QDateTime(QDate(2026, 11, 20), QTime(18, 30 + i));
    }
    honest.story.redemption.url = u"https://blog.example/again/"_s;
    honest.story.redeems = {{2, u"earlier"_s, u"An earlier <fail>"_s, {}}};

    QStringList pages;
    for (const QString &theme : {u"kitchen"_s, u"clean"_s}) {
        const QString out = temp.filePath(theme);
        ExportOptions options;
        options.theme = theme;
        for (ExportFormat format : {ExportFormat::Html, ExportFormat::HtmlSingle}) {
            DirectorySink sink(out);
            for (const ExportInput &input :
                 {souffleStory(temp.path()), hostileStory(), bareStory(), honest}) {
                const ExportResult result = exporterFor(format)->exportStory(input, options, sink);
                REQUIRE(result.ok());
                for (const QString &file : result.files) {
                    if (file.endsWith(u".html"_s))
                        pages << out + u'/' + file;
                }
            }
        }
        DirectorySink sink(out);
        const ExportResult result =
            exporterFor(ExportFormat::HtmlSingle)->exportStory(big, options, sink);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        const QString page = out + u"/long-take.html"_s;
        CHECK(readText(page).contains(u"Clip too large to embed."_s));
        pages << page;
    }
    REQUIRE(pages.size() == 18);
    const auto honestPages = std::count_if(pages.cbegin(), pages.cend(), [](const QString &page) {
        const QString html = readText(page);
        return html.contains(u"<figure class=\"timeline\">"_s) && html.contains(u"story-links"_s) &&
            html.contains(u"(edited after it was taken)"_s);
    });
    CHECK(honestPages == 4);
    run(validator,
        QStringList {u"--config"_s, QStringLiteral(SPILL_TOOLS_SOURCE_DIR "/htmlvalidate.json")} +
            pages,
        temp.path());
}
