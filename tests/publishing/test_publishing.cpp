// SPDX-License-Identifier: GPL-3.0-or-later
// The publishing part on a real library: media and poster frames, theme
// folders, batch export with per-story errors and cancellation, preview.
#include "export/exportsink.h"
#include "library/library.h"
#include "media/mediastore.h"
#include "mediafixtures.h"
#include "publishing/librarymedia.h"
#include "publishing/preview.h"
#include "publishing/publish.h"
#include "publishing/themefolders.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#ifdef __SANITIZE_ADDRESS__
// The leak checker crashes reading the dynamic TLS a decoding library leaves
// behind at exit (its tracer faults on the thread's DTLS block). Its roots
// in TLS are left out here; the other test programs keep them.
extern "C" const char *__lsan_default_options()
{
    return "use_tls=0";
}
#endif

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

VideoProber testProber()
{
    return VideoProber(QStringLiteral(SPILL_PROBE_TEST_HOST), {QStringLiteral("__probe")});
}

// A library with a story holding a three-colour clip (poster at 1.5 s: the
// green second) and a story holding a photo.
struct Fixture
{
    QTemporaryDir dir;
    QString folder;
    std::unique_ptr<Library> library;
    qint64 clipStoryId = 0;
    qint64 photoStoryId = 0;
    MediaItem clip;
    MediaItem photo;

    Fixture()
    {
        REQUIRE(dir.isValid());
        folder = dir.filePath(u"library"_s);
        OpenResult opened = Library::open(folder);
        INFO(opened.error.toStdString());
        REQUIRE(opened.library);
        library = std::move(opened.library);
        const MediaStore store(folder, testProber());

        const QString clipPath = dir.filePath(u"collapse.mp4"_s);
        const QString made = makeColourClip(clipPath);
        INFO(made.toStdString());
        REQUIRE(made.isEmpty());
        const ImportedMedia clipImport = store.import(clipPath);
        INFO(clipImport.error.toStdString());
        REQUIRE(clipImport.ok());
        clip = clipImport.toMediaItem(store.filePath(clipImport.hash, clipImport.suffix));
        clip.file = u"collapse.mp4"_s;
        clip.beat = Beat::WentWrong;
        clip.role = MediaRole::Reality;
        clip.alt = u"The soufflé falls"_s;
        clip.posterMs = 1500;

        const QString photoPath = dir.filePath(u"toast.jpeg"_s);
        REQUIRE(quadrantImage(QSize(320, 240)).save(photoPath, "JPEG"));
        const ImportedMedia photoImport = store.import(photoPath);
        REQUIRE(photoImport.ok());
        photo = photoImport.toMediaItem(store.filePath(photoImport.hash, photoImport.suffix));
        photo.file = u"toast.jpeg"_s; // stored as .jpg
        photo.beat = Beat::WentWrong;
        photo.role = MediaRole::Reality;
        photo.alt = u"Black toast"_s;

        clipStoryId = addStory(u"The Soufflé That Fell"_s, {clip});
        photoStoryId = addStory(u"Burnt Toast"_s, {photo});
    }

    qint64 addStory(const QString &title, const QList<MediaItem> &media)
    {
        Story story;
        story.title = title;
        story.beat(Beat::WentWrong) = u"It went wrong."_s;
        story.media = media;
        const qint64 id = library->createStory(story);
        REQUIRE(id > 0);
        return id;
    }

    Story story(qint64 id) const
    {
        const std::optional<Story> found = library->story(id);
        REQUIRE(found);
        return *found;
    }

    PublishSource source(VideoProber prober = testProber()) const
    {
        return {library->handle(), std::move(prober)};
    }
};

QStringList filesIn(const QString &dir)
{
    QStringList names;
    const QDir root(dir);
    for (const QFileInfo &info :
         root.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (info.isDir()) {
            for (const QString &inner : filesIn(info.filePath()))
                names << info.fileName() + u'/' + inner;
        } else {
            names << info.fileName();
        }
    }
    names.sort();
    return names;
}

} // namespace

TEST_CASE("publishing: media of a library's stories")
{
    Fixture f;

    SECTION("nominal: a clip gets its poster frame at its poster time, made once")
    {
        LibraryMedia media(f.folder, testProber());
        const MediaSource first = media.resolve(f.clip, u"The Soufflé That Fell"_s);
        INFO(media.takeNotes().join(u'\n').toStdString());
        CHECK(QFileInfo(first.file).isFile());
        REQUIRE_FALSE(first.poster.isEmpty());
        const QImage poster(first.poster);
        REQUIRE_FALSE(poster.isNull());
        CHECK(dominantChannel(poster) == 'g'); // the second second is green
        CHECK(poster.size() == QSize(160, 120)); // the clip's own size, not a thumbnail's

        // A second export reuses it (a prober that cannot run proves it).
        LibraryMedia again(f.folder, VideoProber(u"/nonexistent/spill"_s, {}));
        CHECK(again.resolve(f.clip, {}).poster == first.poster);
        CHECK(again.takeNotes().isEmpty());
    }

    SECTION("robustness: a poster that cannot be made is noted, naming story and clip")
    {
        LibraryMedia media(f.folder, VideoProber(u"/nonexistent/spill"_s, {}));
        const MediaSource source = media.resolve(f.clip, u"The Soufflé That Fell"_s);
        CHECK(QFileInfo(source.file).isFile());
        CHECK(source.poster.isEmpty());
        const QStringList notes = media.takeNotes();
        REQUIRE(notes.size() == 1);
        CHECK(notes.first().contains(u"The Soufflé That Fell"_s));
        CHECK(notes.first().contains(u"collapse.mp4"_s));
        CHECK(media.takeNotes().isEmpty());
    }

    SECTION("nominal: a photo named .jpeg is found in the store as .jpg; photos get no poster")
    {
        LibraryMedia media(f.folder, testProber());
        const MediaSource source = media.resolve(f.photo, {});
        CHECK(source.file.endsWith(u".jpg"_s));
        CHECK(QFileInfo(source.file).isFile());
        CHECK(source.poster.isEmpty());
        CHECK(storedMediaFile(f.folder, f.photo) == source.file);
    }

    SECTION("robustness: an item whose file left the store resolves to nothing")
    {
        MediaItem gone = f.photo;
        gone.hash = QString(64, u'0');
        CHECK(storedMediaFile(f.folder, gone).isEmpty());
        gone.hash = u"../../etc/passwd"_s;
        CHECK(storedMediaFile(f.folder, gone).isEmpty());
    }
}

TEST_CASE("publishing: theme folders")
{
    QTemporaryDir user;
    REQUIRE(user.isValid());
    const QStringList folders = themeFolders(user.path());
    REQUIRE(folders.size() == 2);
    CHECK(folders.first() == user.path());

    SECTION("nominal: the built-in themes are found, the default when no name is given")
    {
        QStringList names;
        for (const ThemeInfo &theme : installedThemes(folders))
            names << theme.name;
        CHECK(names.contains(u"kitchen"_s));
        CHECK(names.contains(u"clean"_s));
        CHECK(findTheme({}, folders).name == u"kitchen"_s);
        CHECK(findTheme(u"clean"_s, folders).ok());
    }

    SECTION("nominal: a user's theme is found, and replaces a built-in one of its name")
    {
        for (const QString &name : {u"mine"_s, u"clean"_s}) {
            QDir(user.path()).mkpath(name);
            for (const QString &file : {u"post.html.mustache"_s, u"style.css"_s}) {
                QFile out(QDir(user.filePath(name)).filePath(file));
                REQUIRE(out.open(QIODevice::WriteOnly));
                out.write("{{{title}}}");
            }
        }
        CHECK(findTheme(u"mine"_s, folders).ok());
        int cleanCount = 0;
        for (const ThemeInfo &theme : installedThemes(folders)) {
            if (theme.name == u"clean"_s) {
                ++cleanCount;
                CHECK(theme.path.startsWith(user.path()));
            }
        }
        CHECK(cleanCount == 1);
    }

    SECTION("robustness: an unknown theme is refused, listing the themes and the user folder")
    {
        const ThemeChoice choice = findTheme(u"neon"_s, folders);
        CHECK_FALSE(choice.ok());
        CHECK(choice.error.contains(u"neon"_s));
        CHECK(choice.error.contains(u"kitchen"_s));
        CHECK(choice.error.contains(QDir::toNativeSeparators(user.path())));
    }
}

TEST_CASE("publishing: batch export")
{
    Fixture f;
    QTemporaryDir out;
    REQUIRE(out.isValid());
    std::atomic<bool> cancel = false;

    SECTION("nominal: a clip story goes out with its poster in every post format")
    {
        for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Hugo,
                                    ExportFormat::Jekyll, ExportFormat::Html}) {
            INFO(exportFormatKey(format).toStdString());
            const QString dir = out.filePath(exportFormatKey(format));
            const BatchResult result =
                publishStoriesById(f.source(), {f.clipStoryId}, format, {}, dir, {}, cancel);
            INFO(result.errors.join(u'\n').toStdString());
            CHECK(result.ok());
            CHECK(result.exported == 1);
            const QStringList files = filesIn(dir);
            INFO(files.join(u'\n').toStdString());
            CHECK(std::any_of(files.cbegin(), files.cend(),
                              [](const QString &file) { return file.endsWith(u"-poster.jpg"); }));
            CHECK(std::any_of(files.cbegin(), files.cend(),
                              [](const QString &file) { return file.endsWith(u".mp4"); }));
        }
    }

    SECTION("nominal: json keeps stories whole with their media, without posters")
    {
        const BatchResult result =
            publishStoriesById(f.source(), {f.clipStoryId, f.photoStoryId}, ExportFormat::Json, {},
                               out.path(), {}, cancel);
        INFO(result.errors.join(u'\n').toStdString());
        REQUIRE(result.ok());
        const Story clipStory = f.story(f.clipStoryId);
        const Story photoStory = f.story(f.photoStoryId);
        QStringList expected {u".spill-export"_s, clipStory.slug + u".json",
                              clipStory.slug + u"/collapse.mp4", photoStory.slug + u".json",
                              photoStory.slug + u"/reality-1.jpg"};
        expected.sort();
        CHECK(filesIn(out.path()) == expected);
    }

    SECTION("robustness: stories that fail are named, the others are still exported")
    {
        Story broken = f.story(f.photoStoryId);
        broken.id = 0;
        broken.slug.clear();
        broken.title = u"Lost Photo Pie"_s;
        broken.media.first().hash = QString(64, u'a'); // not in the store
        const qint64 brokenId = f.library->createStory(broken);
        REQUIRE(brokenId > 0);
        constexpr qint64 missingId = 987654;

        const BatchResult result =
            publishStoriesById(f.source(), {f.photoStoryId, missingId, brokenId},
                               ExportFormat::Markdown, {}, out.path(), {}, cancel);
        CHECK(result.exported == 1);
        REQUIRE(result.errors.size() == 2);
        CHECK(result.errors.at(0).contains(QString::number(missingId)));
        CHECK(result.errors.at(1).contains(u"Lost Photo Pie"_s));
        const Story toast = f.story(f.photoStoryId);
        CHECK(QFileInfo::exists(out.filePath(toast.slug + u".md")));
    }

    SECTION("robustness: a poster that cannot be made is a note, not a failure")
    {
        const BatchResult result =
            publishStoriesById(f.source(VideoProber(u"/nonexistent/spill"_s, {})), {f.clipStoryId},
                               ExportFormat::Markdown, {}, out.path(), {}, cancel);
        INFO(result.errors.join(u'\n').toStdString());
        CHECK(result.ok());
        REQUIRE(result.notes.size() >= 1);
        CHECK(result.notes.join(u'\n').contains(u"The Soufflé That Fell"_s));
    }

    SECTION("nominal: cancelling stops between stories and says so")
    {
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << f.addStory(u"Mishap %1"_s.arg(i), {});
        QList<int> seen;
        const BatchResult result = publishStoriesById(
            f.source(), ids, ExportFormat::Markdown, {}, out.path(),
            [&](int done, int) {
                seen << done;
                if (done == 2)
                    cancel = true;
            },
            cancel);
        CHECK(result.cancelled);
        CHECK(result.exported == 2);
        CHECK(seen == QList<int> {1, 2});
        CHECK(filesIn(out.path()).filter(u".md"_s).size() == 2);
        // What was written is recorded, so a later export may replace it.
        CHECK(QFileInfo::exists(out.filePath(DirectorySink::manifestName())));
    }
}

TEST_CASE("publishing: preview")
{
    Fixture f;

    SECTION("nominal: the preview shows the clip's poster and the chosen format's source")
    {
        const PreviewResult preview =
            renderPreview(f.source(), f.clipStoryId, ExportFormat::Hugo, {});
        INFO(preview.error.toStdString());
        REQUIRE(preview.error.isEmpty());
        CHECK(preview.title == u"The Soufflé That Fell"_s);
        CHECK(preview.sourceFile.endsWith(u"index.md"_s));
        CHECK(preview.source.contains(u"-poster.jpg"_s));
        CHECK(preview.markdown.contains(u"-poster.jpg"_s));
        CHECK(preview.articleHtml.startsWith(u"<article"_s));
        // The rendered view is the single-file page, the poster inlined.
        CHECK(preview.pageHtml.contains(u"<!DOCTYPE html>"_s));
        CHECK(preview.pageHtml.contains(u"data:image/jpeg;base64,"_s));
        CHECK(preview.articleHtml == articleOf(preview.pageHtml));
        // "Copy for WordPress": the same post in blocks, its clip left for an upload.
        CHECK(preview.wordpressBlocks.contains(u"<!-- wp:heading -->"_s));
        CHECK_FALSE(preview.wordpressBlocks.contains(u"wp:video"_s));
        CHECK_FALSE(preview.wordpressBlocks.contains(f.dir.path()));
        CHECK(preview.mediaLeftOut == int(f.story(f.clipStoryId).media.size()));
        CHECK(preview.mediaLeftOut > 0);
    }

    SECTION("nominal: the interchange format previews as its JSON file")
    {
        const PreviewResult preview =
            renderPreview(f.source(), f.clipStoryId, ExportFormat::Json, {});
        INFO(preview.error.toStdString());
        REQUIRE(preview.error.isEmpty());
        CHECK(preview.sourceFile == f.story(f.clipStoryId).slug + u".json");
        CHECK(preview.source.contains(u"\"The Soufflé That Fell\""_s));
        CHECK(preview.source.contains(u"/collapse.mp4"_s));
    }

    SECTION("robustness: a story that is not there is named by its id")
    {
        const PreviewResult preview = renderPreview(f.source(), 424242, ExportFormat::Markdown, {});
        CHECK(preview.error.contains(u"424242"_s));
        CHECK(preview.source.isEmpty());
    }
}

TEST_CASE("publishing: preview page helpers")
{
    QImage wide(800, 200, QImage::Format_RGB32);
    wide.fill(Qt::green);
    QByteArray png;
    {
        QBuffer buffer(&png);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(wide.save(&buffer, "PNG"));
    }
    const QString dataUrl = u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    const QString page =
        u"<html><body><header>Spill</header><article class=\"post\"><img src=\""_s + dataUrl +
        u"\" width=\"800\" height=\"200\"><p>Hi</p></article></body></html>"_s;

    SECTION("nominal: inlined images are shortened in the source")
    {
        const QString shortened = shortenDataUrls(page);
        CHECK(shortened.contains(u"data:image/png;base64,…\""_s));
        CHECK(shortened.size() < page.size());
    }

    SECTION("nominal: the article is what Copy HTML takes; without one, the body")
    {
        CHECK(articleOf(page).startsWith(u"<article class=\"post\">"_s));
        CHECK(articleOf(page).endsWith(u"</article>"_s));
        CHECK(articleOf(u"<html><body> <p>Plain</p> </body></html>"_s) == u"<p>Plain</p>"_s);
        CHECK(articleOf(u"no page at all"_s).isEmpty());
    }
}
