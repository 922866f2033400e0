// SPDX-License-Identifier: GPL-3.0-or-later
// `spill export`: the interchange format round trip and the post formats.
#include "clistories.h"
#include "clitestsupport.h"
#include "library/library.h"
#include "publishing/preview.h"
#include "publishing/themefolders.h"
#include "story/storyjson.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSet>

#include <sys/stat.h>

using namespace Spill;
using namespace Spill::Test;

namespace {

// Every exported file but the sink's own list of what it wrote.
QMap<QString, QByteArray> exportedFiles(const QString &dir)
{
    QMap<QString, QByteArray> files = filesUnder(dir);
    files.remove(QStringLiteral(".spill-export"));
    return files;
}

QStringList jsonFilesIn(const QString &dir)
{
    QStringList paths;
    const QDir folder(dir);
    for (const QString &name :
         folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(folder.filePath(name));
    return paths;
}

SpillRun exportStories(const QString &library, const QString &format, const QString &out,
                       const QStringList &which = {QStringLiteral("--all")})
{
    return runSpillOn(
        library, QStringLiteral("export"),
        QStringList {QStringLiteral("--format"), format, QStringLiteral("--out"), out} + which);
}

// Each printed line names a file that is there.
void checkPrintedFilesExist(const SpillRun &r)
{
    REQUIRE_FALSE(r.outLines().isEmpty());
    for (const QString &line : r.outLines()) {
        INFO(line.toStdString());
        CHECK(QFileInfo(line).isFile());
    }
}

} // namespace

TEST_CASE("spill export")
{
    const StoryFiles files;
    const QString library = files.library();
    const SpillRun imported =
        runSpillOn(library, QStringLiteral("import"), {sampleStory(), files.souffle()});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    SECTION("nominal: json export, import into an empty library, export again: the same files")
    {
        const QString first = files.path(QStringLiteral("first"));
        const SpillRun r = exportStories(library, QStringLiteral("json"), first);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        checkPrintedFilesExist(r);
        CHECK(r.outLines().size() == 6); // two stories, each with two media files
        // Media keep their names and their bytes.
        CHECK(
            readBytes(QDir(first).filePath(QStringLiteral("the-souffle-that-sighed/dream.jpg"))) ==
            readBytes(samplePath(QStringLiteral("souffle/media/dream.jpg"))));
        CHECK(readBytes(QDir(first).filePath(QStringLiteral("souffle-that-wasnt/collapse.mp4"))) ==
              readBytes(files.path(QStringLiteral("stories/media/collapse.mp4"))));
        const StoryJsonResult sample = readStoryJson(
            readBytes(QDir(first).filePath(QStringLiteral("the-souffle-that-sighed.json"))),
            QStringLiteral("the-souffle-that-sighed.json"));
        REQUIRE(sample.ok());
        CHECK(sample.story->title ==
              QStringLiteral("The Soufflé That Sighed: A Birthday Collapse"));
        CHECK(sample.story->media.at(0).file ==
              QStringLiteral("the-souffle-that-sighed/dream.jpg"));

        const QString second = files.library(QStringLiteral("second-library"));
        const SpillRun again = runSpillOn(second, QStringLiteral("import"), jsonFilesIn(first));
        INFO(again.err.toStdString());
        REQUIRE(again.exitCode == 0);
        const QString secondOut = files.path(QStringLiteral("second"));
        REQUIRE(exportStories(second, QStringLiteral("json"), secondOut).exitCode == 0);

        const QMap<QString, QByteArray> before = exportedFiles(first);
        const QMap<QString, QByteArray> after = exportedFiles(secondOut);
        CHECK(before.keys() == after.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(after.value(it.key()) == it.value());
        }
    }

    SECTION("nominal: headings round-trip; posts speak the story's language")
    {
        Story story;
        story.title = QStringLiteral("Eingefallenes Soufflé");
        story.language = QStringLiteral("de_DE");
        story.created =
            QDateTime::fromString(QStringLiteral("2026-12-03T18:42:00+01:00"), Qt::ISODate);
        for (Beat beat : AllBeats)
            story.beat(beat) = QStringLiteral("Text zu ") + beatKey(beat);
        story.beat(Beat::CallToAction) = QStringLiteral("Was ist bei euch zuletzt eingefallen?");
        story.heading(Beat::Intended) = BeatHeading::withText(QStringLiteral("Geburtstagspläne"));
        story.heading(Beat::Salvage) = BeatHeading::hidden();
        const QString source = files.path(QStringLiteral("german/souffle.json"));
        writeBytes(source, writeStoryJson(story));
        const QString german = files.library(QStringLiteral("german-library"));
        REQUIRE(runSpillOn(german, QStringLiteral("import"), {source}).exitCode == 0);

        const QString json = files.path(QStringLiteral("german-json"));
        REQUIRE(exportStories(german, QStringLiteral("json"), json).exitCode == 0);
        const QStringList written = jsonFilesIn(json);
        REQUIRE(written.size() == 1);
        const StoryJsonResult back = readStoryJson(readBytes(written.first()), written.first());
        REQUIRE(back.ok());
        CHECK(back.story->headings == story.headings);

        const QString site = files.path(QStringLiteral("german-site"));
        const SpillRun quiet = exportStories(german, QStringLiteral("html"), site);
        REQUIRE(quiet.exitCode == 0);
        const QString page = QString::fromUtf8(
            readBytes(QDir(site).filePath(QStringLiteral("eingefallenes-souffle/index.html"))));
        CHECK(page.contains(QStringLiteral("<h2>Geburtstagspläne</h2>")));
        CHECK(page.contains(QStringLiteral(">3. Dezember 2026</time>")));
        // The German default for what went wrong, not the English one.
        CHECK_FALSE(page.contains(QStringLiteral("Where it went sideways")));
        CHECK(page.count(QStringLiteral("<h2>")) == 4);
        CHECK_FALSE(page.contains(QStringLiteral("invite-action")));

        const QString withComments = files.path(QStringLiteral("german-comments"));
        const SpillRun invited =
            exportStories(german, QStringLiteral("html"), withComments,
                          {QStringLiteral("--comments"), QStringLiteral("--all")});
        REQUIRE(invited.exitCode == 0);
        const QString invitedPage = QString::fromUtf8(readBytes(
            QDir(withComments).filePath(QStringLiteral("eingefallenes-souffle/index.html"))));
        CHECK(invitedPage.contains(QStringLiteral("invite-action")));
        CHECK_FALSE(invitedPage.contains(QStringLiteral("Tell me in the comments.")));
    }

    SECTION("nominal: hostile and right-to-left titles survive the round trip")
    {
        const QStringList titles {QStringLiteral(": \" --- # émoji 🍰"),
                                  QStringLiteral("עוגת שוקולד שקרסה: \"קריסה\" 🍰"),
                                  QStringLiteral("key: value\n---\n# not a heading")};
        QStringList paths;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            Story story;
            story.title = titles.at(i);
            story.beat(Beat::WentWrong) = titles.at(i);
            story.tags = {titles.at(i)};
            paths.append(files.path(QStringLiteral("hostile/%1.json").arg(i)));
            writeBytes(paths.last(), writeStoryJson(story));
        }
        const QString source = files.library(QStringLiteral("hostile-library"));
        const SpillRun imported = runSpillOn(source, QStringLiteral("import"), paths);
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        const QString first = files.path(QStringLiteral("hostile-first"));
        REQUIRE(exportStories(source, QStringLiteral("json"), first).exitCode == 0);

        QStringList exportedTitles;
        for (const QString &path : jsonFilesIn(first)) {
            const StoryJsonResult read = readStoryJson(readBytes(path), path);
            REQUIRE(read.ok());
            exportedTitles.append(read.story->title);
            CHECK(read.story->beat(Beat::WentWrong) == read.story->title);
            CHECK(read.story->tags == QStringList {read.story->title});
        }
        exportedTitles.sort();
        QStringList expected = titles;
        expected.sort();
        CHECK(exportedTitles == expected);

        const QString second = files.library(QStringLiteral("hostile-second-library"));
        REQUIRE(runSpillOn(second, QStringLiteral("import"), jsonFilesIn(first)).exitCode == 0);
        const QString secondOut = files.path(QStringLiteral("hostile-second"));
        REQUIRE(exportStories(second, QStringLiteral("json"), secondOut).exitCode == 0);
        CHECK(exportedFiles(first) == exportedFiles(secondOut));
    }

    SECTION("nominal: every post format prints one line per written file")
    {
        const QList<std::pair<QString, QString>> formats {
            {QStringLiteral("markdown"), QStringLiteral("the-souffle-that-sighed.md")},
            {QStringLiteral("hugo"),
             QStringLiteral("content/posts/the-souffle-that-sighed/index.md")},
            {QStringLiteral("jekyll"), QStringLiteral("the-souffle-that-sighed.md")},
            {QStringLiteral("html"), QStringLiteral("the-souffle-that-sighed/index.html")},
            {QStringLiteral("html-single"), QStringLiteral("the-souffle-that-sighed.html")},
        };
        for (const auto &[format, post] : formats) {
            INFO(format.toStdString());
            const QString out = files.path(QStringLiteral("posts-") + format);
            const SpillRun r =
                exportStories(library, format, out, {QString::fromLatin1(SampleSlug)});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 0);
            checkPrintedFilesExist(r);
            const QStringList lines = r.outLines();
            CHECK(std::any_of(lines.cbegin(), lines.cend(),
                              [&](const QString &line) { return line.endsWith(post); }));
            // Photos go along (re-encoded for the web, so not byte-compared),
            // except in the single file, which inlines them.
            if (format == QStringLiteral("html-single"))
                CHECK(lines.size() == 1);
            else
                CHECK(lines.size() >= 3);
        }
    }

    SECTION("nominal: the clean theme and a story with a clip export as html")
    {
        const QString out = files.path(QStringLiteral("clean"));
        const SpillRun r =
            runSpillOn(library, QStringLiteral("export"),
                       {QStringLiteral("--format=html"), QStringLiteral("--out"), out,
                        QStringLiteral("--theme=clean"), QStringLiteral("--all")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        checkPrintedFilesExist(r);
        CHECK(r.out.contains(QStringLiteral("souffle-that-wasnt/index.html")));
        CHECK(r.out.contains(QStringLiteral(".mp4")));
    }

    SECTION("robustness: an unknown slug is named and nothing is written")
    {
        const QString out = files.path(QStringLiteral("unknown"));
        for (const QString &format : {QStringLiteral("hugo"), QStringLiteral("json")}) {
            const SpillRun r = exportStories(
                library, format, out, {QString::fromLatin1(SampleSlug), QStringLiteral("no-such")});
            CHECK(r.exitCode == 1);
            CHECK(r.out.isEmpty());
            CHECK(r.err.contains(QStringLiteral("there is no story \"no-such\"")));
            CHECK(filesUnder(out).isEmpty());
        }
    }

    SECTION("nominal: stderr lists the changes the Export place shows for the story")
    {
        // The Export place's list comes from renderPreview(); the command
        // line's from the batch. Both must be exportChanges() of the story.
        OpenResult opened = Library::open(library, OpenMode::ReadOnly);
        INFO(opened.error.toStdString());
        REQUIRE(opened.library);
        const std::optional<Story> story =
            opened.library->storyBySlug(QString::fromLatin1(SouffleSlug));
        REQUIRE(story);
        const PublishSource source {
            opened.library->handle(),
            VideoProber(QStringLiteral(SPILL_EXECUTABLE), {QStringLiteral("__probe")})};
        for (const QString &format : {QStringLiteral("hugo"), QStringLiteral("html-single")}) {
            INFO(format.toStdString());
            const QString out = files.path(QStringLiteral("changes-") + format);
            const SpillRun r =
                exportStories(library, format, out, {QString::fromLatin1(SouffleSlug)});
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            const QString prefix =
                QStringLiteral("spill export: change: story \"%1\": ").arg(story->title);
            QStringList printed;
            for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts)) {
                if (line.startsWith(prefix))
                    printed << line.mid(prefix.size());
            }
            ExportOptions options;
            options.themeDirs = themeFolders();
            const PreviewResult preview =
                renderPreview(source, story->id, *exportFormatFromKey(format), options);
            INFO(preview.error.toStdString());
            REQUIRE(preview.error.isEmpty());
            CHECK(printed == preview.changes);
            // The story's clip and photos are all in it.
            CHECK(printed.filter(QStringLiteral("the clip")).size() >= 1);
            CHECK(printed.filter(QStringLiteral("the photo")).size() >= 1);
        }
    }

    SECTION("robustness: an unknown theme is refused with the list of themes")
    {
        const QString out = files.path(QStringLiteral("theme"));
        const SpillRun r =
            runSpillOn(library, QStringLiteral("export"),
                       {QStringLiteral("--format=html-single"), QStringLiteral("--out"), out,
                        QStringLiteral("--theme=neon"), QStringLiteral("--all")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("\"neon\"")));
        CHECK(r.err.contains(QStringLiteral("clean, kitchen")));
        CHECK(filesUnder(out).isEmpty());
    }

    SECTION("robustness: a file Spill did not write is never overwritten")
    {
        const QString out = files.path(QStringLiteral("taken"));
        const QString mine = QDir(out).filePath(QStringLiteral("the-souffle-that-sighed.json"));
        writeBytes(mine, "my own notes");
        const SpillRun r = exportStories(library, QStringLiteral("json"), out);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("the-souffle-that-sighed.json")));
        CHECK(readBytes(mine) == "my own notes");
        // The other story is still exported, and exporting again is fine.
        CHECK(QFileInfo::exists(QDir(out).filePath(QStringLiteral("souffle-that-wasnt.json"))));
        CHECK(
            exportStories(library, QStringLiteral("json"), out, {QString::fromLatin1(SouffleSlug)})
                .exitCode == 0);
    }
}

TEST_CASE("spill export --share-kit")
{
    const StoryFiles files;
    const QString library = files.library();
    REQUIRE(runSpillOn(library, QStringLiteral("import"), {sampleStory()}).exitCode == 0);

    SECTION("nominal: the pin, the squares, the alt text and the caption beside the post")
    {
        const QString out = files.path(QStringLiteral("kit"));
        const SpillRun r = runSpillOn(library, QStringLiteral("export"),
                                      {QStringLiteral("--format"), QStringLiteral("markdown"),
                                       QStringLiteral("--share-kit"), QStringLiteral("--out"), out,
                                       QString::fromLatin1(SampleSlug)});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        checkPrintedFilesExist(r);
        const QDir kit(out + QStringLiteral("/_share-kit/") + QString::fromLatin1(SampleSlug));
        QImageReader pin(kit.filePath(QStringLiteral("pin.jpg")));
        CHECK(pin.size() == QSize(1000, 1500));
        CHECK(QImageReader(kit.filePath(QStringLiteral("square-1-dream.jpg"))).size() ==
              QSize(1080, 1080));
        const QString caption =
            QString::fromUtf8(readBytes(kit.filePath(QStringLiteral("caption.txt"))));
        CHECK_FALSE(caption.trimmed().isEmpty());
        CHECK(caption.size() <= 2201);
        CHECK(QFileInfo::exists(kit.filePath(QStringLiteral("alt-text.txt"))));
    }

    SECTION("error: JSON has no share kit, and says so")
    {
        const SpillRun r = runSpillOn(
            library, QStringLiteral("export"),
            {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--share-kit"),
             QStringLiteral("--out"), files.path(QStringLiteral("json")), QStringLiteral("--all")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("'--share-kit'")));
    }
}

TEST_CASE("spill export --format json: names no file system could take are renamed")
{
    const StoryFiles files;
    const QString library = files.library();
    const QString folder = files.path(QStringLiteral("stories"));
    // Six different photos, named as Windows and case-blind disks cannot
    // keep them apart or at all.
    const QStringList names = {QStringLiteral("a.png"),    QStringLiteral("A.png"),
                               QStringLiteral("CON.png"),  QStringLiteral("nul.png"),
                               QStringLiteral("LPT1.png"), QStringLiteral("com9.png")};
    QByteArray media = "[";
    for (qsizetype i = 0; i < names.size(); ++i) {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(int(i) * 50, 200, 200));
        REQUIRE(image.save(QDir(folder).filePath(names.at(i))));
        media += QByteArray(i ? ", " : "") + R"({"file": ")" + names.at(i).toUtf8() +
            R"(", "alt": "x"})";
    }
    media += "]";
    const QString story = QDir(folder).filePath(QStringLiteral("names.json"));
    writeBytes(story,
               R"({"format": "spill-story/1", "title": "Names", "beats": {"intended": "a",
        "went_wrong": "b", "salvage": "c", "lesson": "d", "call_to_action": "e"}, "media": )" +
                   media + "}");
    REQUIRE(runSpillOn(library, QStringLiteral("import"), {story}).exitCode == 0);

    const QString out = files.path(QStringLiteral("out"));
    const SpillRun r = exportStories(library, QStringLiteral("json"), out);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList written = QDir(QDir(out).filePath(QStringLiteral("names")))
                                    .entryList(QDir::Files, QDir::Name | QDir::IgnoreCase);
    INFO(written.join(u' ').toStdString());
    REQUIRE(written.size() == names.size());
    QSet<QString> folded;
    for (const QString &name : written) {
        folded.insert(name.toCaseFolded());
        const QString base = name.section(u'.', 0, 0).toUpper();
        CHECK_FALSE(QStringList({QStringLiteral("CON"), QStringLiteral("NUL"),
                                 QStringLiteral("LPT1"), QStringLiteral("COM9")})
                        .contains(base));
    }
    CHECK(folded.size() == names.size()); // no two differ by case alone
    CHECK(written.contains(QStringLiteral("a.png")));
    CHECK(written.contains(QStringLiteral("A-2.png")));
    // And the JSON names the files as written: it imports again whole.
    const SpillRun again = runSpillOn(files.path(QStringLiteral("again")), QStringLiteral("import"),
                                      {QDir(out).filePath(QStringLiteral("names.json"))});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
}

TEST_CASE("spill export: an output folder whose ledger is not a file")
{
    const StoryFiles files;
    const QString library = files.library();
    REQUIRE(runSpillOn(library, QStringLiteral("import"), {sampleStory()}).exitCode == 0);
    const QString out = files.path(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    const QString ledger = QDir(out).filePath(QStringLiteral(".spill-export"));
    const auto entries = [&out] {
        return QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                   QDir::NoDotAndDotDot);
    };

    SECTION("robustness: a ledger that is a link to a file outside the folder is refused, "
            "nothing written outside")
    {
        const QString outside = files.path(QStringLiteral("outside.txt"));
        writeBytes(outside, "precious line\n");
        REQUIRE(QFile::link(outside, ledger));
        for (const QString &format : {QStringLiteral("markdown"), QStringLiteral("json")}) {
            const SpillRun r = exportStories(library, format, out);
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.out.isEmpty());
            CHECK(r.err.count(ledger + QStringLiteral(" is a symbolic link")) == 1);
            CHECK(readBytes(outside) == "precious line\n");
            CHECK(entries() == QStringList {QStringLiteral(".spill-export")});
        }
    }

    SECTION("robustness: a ledger that is a named pipe is refused at once, not waited on")
    {
        REQUIRE(::mkfifo(QFile::encodeName(ledger).constData(), 0644) == 0);
        // Before the fix the open waited for a writer forever: timeout ends it (124).
        const SpillRun r =
            runSpillThrough({QStringLiteral("timeout"), QStringLiteral("30")},
                            {QStringLiteral("--library"), library, QStringLiteral("export"),
                             QStringLiteral("--format=markdown"), QStringLiteral("--out"), out,
                             QStringLiteral("--all")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.count(ledger + QStringLiteral(" is a named pipe")) == 1);
        CHECK(entries() == QStringList {QStringLiteral(".spill-export")});
    }
}

TEST_CASE("spill export: an output folder that cannot be made is said once, with the reason")
{
    const StoryFiles files;
    const QString library = files.library();
    REQUIRE(
        runSpillOn(library, QStringLiteral("import"), {sampleStory(), files.souffle()}).exitCode ==
        0);
    const QString file = files.path(QStringLiteral("afile"));
    writeBytes(file, "in the way");
    const QString below = file + QStringLiteral("/sub");

    struct Case
    {
        QString out;
        QString format;
        QString said;
    };
    for (const Case &c :
         {Case {file, QStringLiteral("html"), file + QStringLiteral(": File exists")},
          Case {below, QStringLiteral("json"), below + QStringLiteral(": Not a directory")}}) {
        const SpillRun r = exportStories(library, c.format, c.out);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count(QStringLiteral("Cannot create the folder")) == 1);
        CHECK(r.err.contains(QStringLiteral("Cannot create the folder ") + c.said));
    }
    CHECK(readBytes(file) == "in the way");
}
