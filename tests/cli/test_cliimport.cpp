// SPDX-License-Identifier: GPL-3.0-or-later
// `spill import`, `list` and `search` on real libraries in temporary folders.
#include "clistories.h"
#include "clitestsupport.h"
#include "library/library.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Spill;
using namespace Spill::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonArray parseArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(error.errorString().toStdString() << "\n" << text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

QStringList slugsOf(const QJsonArray &array)
{
    QStringList slugs;
    for (const QJsonValue &value : array)
        slugs.append(value.toObject().value(QStringLiteral("slug")).toString());
    return slugs;
}

QStringList listedSlugs(const QString &library)
{
    const SpillRun r = runSpillOn(library, QStringLiteral("list"), {QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return slugsOf(parseArray(r.out));
}

QStringList mediaStoreFiles(const QString &library)
{
    return QDir(QDir(library).filePath(QStringLiteral("media")))
        .entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("spill import, list and search")
{
    const StoryFiles files;
    const QString library = files.library();

    SECTION("nominal: the good fixtures and the sample are imported, one line each")
    {
        const SpillRun r =
            runSpillOn(library, QStringLiteral("import"),
                       {files.souffle(), files.minimal(), files.rtl(), sampleStory()});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        // Only that the right-to-left story's "Baking" is the soufflé's
        // "baking" now: a tag is one whatever its case.
        CHECK(r.err.trimmed() ==
              u"spill import: "_s + files.rtl() +
                  u": tags kept in the library's spelling: \"Baking\" as \"baking\""_s);
        const QStringList lines = r.outLines();
        REQUIRE(lines.size() == 4);
        CHECK(lines.at(0) == QStringLiteral("souffle-that-wasnt\tThe Soufflé That Wasn't"));
        CHECK(lines.at(1).startsWith(QStringLiteral("creme-brulee-take-2\tCrème brûlée")));
        CHECK(lines.at(3) ==
              QStringLiteral(
                  "the-souffle-that-sighed\tThe Soufflé That Sighed: A Birthday Collapse"));

        // The media are in the store, and the clip was probed through `spill __probe`.
        OpenResult opened = Library::open(library, OpenMode::ReadOnly);
        REQUIRE(opened);
        const std::optional<Story> souffle =
            opened.library->storyBySlug(QString::fromLatin1(SouffleSlug));
        REQUIRE(souffle);
        REQUIRE(souffle->media.size() == 2);
        const MediaItem &clip = souffle->media.at(1);
        CHECK(clip.kind == MediaKind::Video);
        CHECK(clip.file == QStringLiteral("collapse.mp4"));
        CHECK(clip.width == 160);
        CHECK(clip.height == 120);
        CHECK(clip.durationMs >= 2900);
        CHECK(clip.posterMs == 1200);
        CHECK(clip.role == MediaRole::Reality);
        CHECK(clip.caption == QStringLiteral("Ten seconds later"));
        const MediaItem &photo = souffle->media.at(0);
        CHECK(photo.kind == MediaKind::Photo);
        CHECK(photo.alt == QStringLiteral("A tall golden soufflé in a white ramekin"));
        CHECK(photo.width > 0);
        CHECK(readBytes(QDir(library).filePath(QStringLiteral("media/") + photo.hash +
                                               QStringLiteral(".jpg"))) ==
              readBytes(files.path(QStringLiteral("stories/media/dream.jpg"))));
        // Kept from the file, offsets and all.
        CHECK(souffle->created ==
              QDateTime::fromString(QStringLiteral("2026-11-20T18:30:00+01:00"), Qt::ISODate));
        // Filled in when the file has none.
        const std::optional<Story> minimal =
            opened.library->storyBySlug(QString::fromLatin1(MinimalSlug));
        REQUIRE(minimal);
        CHECK(minimal->created.isValid());
        CHECK(minimal->updated.isValid());

        SECTION("nominal: list shows them, newest change first, in columns")
        {
            const SpillRun list = runSpillOn(library, QStringLiteral("list"));
            REQUIRE(list.exitCode == 0);
            const QStringList rows = list.outLines();
            REQUIRE(rows.size() == 4);
            // The two without an updated time were stamped now: newer than the
            // others. The soufflé's 09:12 at -05:30 is later than the sample's at +01:00.
            CHECK(rows.at(2).startsWith(QStringLiteral("souffle-that-wasnt       draft      ")));
            CHECK(rows.at(2).endsWith(QStringLiteral("  The Soufflé That Wasn't")));
            CHECK(rows.at(3).startsWith(QStringLiteral("the-souffle-that-sighed  ready      ")));
            // Columns line up: slug, status (as wide as "published"), date, title.
            for (const QString &row : rows) {
                INFO(row.toStdString());
                CHECK(QStringList {QStringLiteral("draft"), QStringLiteral("ready")}.contains(
                    row.mid(25, 9).trimmed()));
                CHECK(QDate::fromString(row.mid(36, 10), QStringLiteral("yyyy-MM-dd")).isValid());
                CHECK(row.mid(46, 2) == QStringLiteral("  "));
            }
            CHECK(rows.at(3).contains(QStringLiteral(" 2026-11-21 ")));
        }

        SECTION("nominal: list leaves out the trash, whose slugs still set the column width")
        {
            {
                OpenResult writable = Library::open(library, OpenMode::ReadWrite);
                REQUIRE(writable);
                const std::optional<Story> longest =
                    writable.library->storyBySlug(QStringLiteral("the-souffle-that-sighed"));
                REQUIRE(longest);
                REQUIRE(writable.library->moveToTrash(longest->id));
            }
            const SpillRun list = runSpillOn(library, QStringLiteral("list"));
            REQUIRE(list.exitCode == 0);
            const QStringList rows = list.outLines();
            REQUIRE(rows.size() == 3);
            CHECK_FALSE(list.out.contains(QStringLiteral("the-souffle-that-sighed")));
            // The columns are where they were with the trashed story listed.
            CHECK(rows.at(2).startsWith(QStringLiteral("souffle-that-wasnt       draft      ")));
            for (const QString &row : rows) {
                INFO(row.toStdString());
                CHECK(QDate::fromString(row.mid(36, 10), QStringLiteral("yyyy-MM-dd")).isValid());
            }
        }

        SECTION("nominal: list --json gives every field of every story")
        {
            const SpillRun list =
                runSpillOn(library, QStringLiteral("list"), {QStringLiteral("--json")});
            REQUIRE(list.exitCode == 0);
            const QJsonArray array = parseArray(list.out);
            REQUIRE(array.size() == 4);
            CHECK(slugsOf(array).mid(2) ==
                  QStringList {QString::fromLatin1(SouffleSlug), QString::fromLatin1(SampleSlug)});
            const QJsonObject sample = array.at(3).toObject();
            CHECK(sample.value(QStringLiteral("id")).toInteger() > 0);
            CHECK(sample.value(QStringLiteral("title")).toString() ==
                  QStringLiteral("The Soufflé That Sighed: A Birthday Collapse"));
            CHECK(sample.value(QStringLiteral("dish")).toString() ==
                  QStringLiteral("Three-cheese soufflé"));
            CHECK(sample.value(QStringLiteral("status")).toString() == QStringLiteral("ready"));
            CHECK(sample.value(QStringLiteral("outcome")).toString() == QStringLiteral("partly"));
            CHECK(sample.value(QStringLiteral("failure_kinds")).toArray() ==
                  QJsonArray {QStringLiteral("collapsed")});
            CHECK(sample.value(QStringLiteral("created")).toString() ==
                  QStringLiteral("2026-11-20T17:30:00Z"));
            CHECK(sample.value(QStringLiteral("updated")).toString() ==
                  QStringLiteral("2026-11-21T08:12:00Z"));
            const QJsonObject rtl = array.at(0).toObject().value(QStringLiteral("title")) ==
                    QStringLiteral("עוגת שוקולד שקרסה 🍰")
                ? array.at(0).toObject()
                : array.at(1).toObject();
            CHECK(rtl.value(QStringLiteral("title")).toString() ==
                  QStringLiteral("עוגת שוקולד שקרסה 🍰"));
            CHECK(rtl.value(QStringLiteral("outcome")).isNull());
        }

        SECTION("nominal: search folds accents and shows the snippet with the matches marked")
        {
            const SpillRun search =
                runSpillOn(library, QStringLiteral("search"), {QStringLiteral("souffle")});
            INFO(search.err.toStdString());
            REQUIRE(search.exitCode == 0);
            const QStringList lines = search.outLines();
            REQUIRE(lines.size() == 4); // two hits, two lines each
            QStringList slugs {lines.at(0).section(u' ', 0, 0), lines.at(2).section(u' ', 0, 0)};
            slugs.sort();
            CHECK(slugs ==
                  QStringList {QString::fromLatin1(SouffleSlug), QString::fromLatin1(SampleSlug)});
            // Not a terminal: matches in brackets, no escape sequences.
            CHECK(lines.at(1).startsWith(QStringLiteral("    ")));
            const QString snippets = lines.at(1) + lines.at(3);
            CHECK(snippets.contains(QStringLiteral("[soufflé]"), Qt::CaseInsensitive));
            CHECK_FALSE(search.out.contains(QChar(0x1b)));
            CHECK_FALSE(search.out.contains(QChar(0x02)));

            const SpillRun json = runSpillOn(
                library, QStringLiteral("search"),
                {QStringLiteral("Souffle"), QStringLiteral("--json"), QStringLiteral("--limit=1")});
            REQUIRE(json.exitCode == 0);
            const QJsonArray hits = parseArray(json.out);
            REQUIRE(hits.size() == 1);
            const QJsonObject hit = hits.at(0).toObject();
            CHECK(hit.value(QStringLiteral("dish")).toString().contains(QStringLiteral("soufflé")));
            const QString snippet = hit.value(QStringLiteral("snippet")).toString();
            CHECK_FALSE(snippet.contains(QChar(0x02)));
            CHECK_FALSE(snippet.contains(u'['));
            const QJsonArray highlights = hit.value(QStringLiteral("highlights")).toArray();
            REQUIRE_FALSE(highlights.isEmpty());
            CHECK(highlights.at(0).toString().compare(QStringLiteral("soufflé"),
                                                      Qt::CaseInsensitive) == 0);
            CHECK(snippet.contains(highlights.at(0).toString()));
        }

        SECTION("nominal: a search without hits succeeds and says so on stderr")
        {
            const SpillRun search =
                runSpillOn(library, QStringLiteral("search"), {QStringLiteral("zabaglione")});
            CHECK(search.exitCode == 0);
            CHECK(search.out.isEmpty());
            CHECK(search.err.contains(QStringLiteral("zabaglione")));
            const SpillRun json =
                runSpillOn(library, QStringLiteral("search"),
                           {QStringLiteral("zabaglione"), QStringLiteral("--json")});
            CHECK(json.exitCode == 0);
            CHECK(parseArray(json.out).isEmpty());
        }

        SECTION("nominal: importing the same file again adds a story with its own slug")
        {
            const SpillRun again = runSpillOn(library, QStringLiteral("import"), {sampleStory()});
            REQUIRE(again.exitCode == 0);
            CHECK(again.out.startsWith(QStringLiteral("the-souffle-that-sighed-2\t")));
            // The photos are stored once (the fixtures' dream.jpg is the sample's).
            CHECK(mediaStoreFiles(library).size() == 3);
        }
    }

    SECTION("robustness: a broken file among good ones: they are imported, it is not")
    {
        const SpillRun r =
            runSpillOn(library, QStringLiteral("import"),
                       {files.minimal(), dataPath(QStringLiteral("story/BrokenMissingBeat.json")),
                        sampleStory()});
        CHECK(r.exitCode == 1);
        CHECK(r.outLines().size() == 2);
        CHECK(r.err.contains(QStringLiteral("BrokenMissingBeat.json")));
        CHECK(r.err.contains(QStringLiteral("\"beats.lesson\" is missing")));
        CHECK(r.err.contains(QStringLiteral("1 of 3 files not imported")));
        CHECK(listedSlugs(library) ==
              QStringList {QString::fromLatin1(MinimalSlug), QString::fromLatin1(SampleSlug)});
    }

    SECTION("robustness: every Broken fixture is named and nothing of it is kept")
    {
        QStringList arguments {files.minimal()};
        const QStringList broken = QDir(dataPath(QStringLiteral("story")))
                                       .entryList({QStringLiteral("Broken*.json")}, QDir::Files);
        REQUIRE(broken.size() >= 10);
        for (const QString &name : broken)
            arguments.append(dataPath(QStringLiteral("story/") + name));
        const SpillRun r = runSpillOn(library, QStringLiteral("import"), arguments);
        CHECK(r.exitCode == 1);
        for (const QString &name : broken) {
            INFO(name.toStdString());
            CHECK(r.err.contains(name));
        }
        CHECK(listedSlugs(library) == QStringList {QString::fromLatin1(MinimalSlug)});
        CHECK(mediaStoreFiles(library).isEmpty());
    }

    SECTION("robustness: a missing media file or a text file named .jpg refuses the story")
    {
        // The first photo is fine and is copied before the second fails:
        // it must not stay behind in the store.
        const QByteArray story = R"({"format": "spill-story/1", "title": "Two photos",
            "beats": {"intended": "", "went_wrong": "", "salvage": "", "lesson": "",
                      "call_to_action": ""},
            "media": [{"file": "media/dream.jpg"}, {"file": "media/%1"}]})";
        writeBytes(files.path(QStringLiteral("stories/missing.json")),
                   QByteArray(story).replace("%1", "gone.jpg"));
        writeBytes(files.path(QStringLiteral("stories/media/notes.jpg")),
                   "Just some notes, not a photo.\n");
        writeBytes(files.path(QStringLiteral("stories/fake.json")),
                   QByteArray(story).replace("%1", "notes.jpg"));

        const SpillRun r =
            runSpillOn(library, QStringLiteral("import"),
                       {files.path(QStringLiteral("stories/missing.json")),
                        files.path(QStringLiteral("stories/fake.json")), files.minimal()});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("missing.json")));
        CHECK(r.err.contains(QStringLiteral("media/gone.jpg")));
        CHECK(r.err.contains(QStringLiteral("fake.json")));
        CHECK(r.err.contains(QStringLiteral("media/notes.jpg")));
        CHECK(r.err.contains(QStringLiteral("not a JPEG")));
        CHECK(listedSlugs(library) == QStringList {QString::fromLatin1(MinimalSlug)});
        CHECK(mediaStoreFiles(library).isEmpty());
    }

    SECTION("nominal: the media store's messages speak German on a German system")
    {
        const QByteArray story = R"({"format": "spill-story/1", "title": "A fake photo",
            "beats": {"intended": "", "went_wrong": "", "salvage": "", "lesson": "",
                      "call_to_action": ""},
            "media": [{"file": "media/notes.jpg"}]})";
        writeBytes(files.path(QStringLiteral("stories/media/notes.jpg")),
                   "Just some notes, not a photo.\n");
        writeBytes(files.path(QStringLiteral("stories/fake.json")), story);

        const SpillRun r = runSpill({QStringLiteral("--library"), library, QStringLiteral("import"),
                                     files.path(QStringLiteral("stories/fake.json"))},
                                    QStringLiteral("de_DE.UTF-8"));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("notes.jpg")));
        CHECK(r.err.contains(QStringLiteral("der Inhalt ist kein JPEG-, PNG- oder WebP-Bild")));
    }

    SECTION("robustness: a library another Spill has open refuses the import, list still works")
    {
        REQUIRE(runSpillOn(library, QStringLiteral("import"), {files.minimal()}).exitCode == 0);
        const OpenResult holder = Library::open(library);
        REQUIRE(holder);
        REQUIRE_FALSE(holder.readOnly());

        const SpillRun r = runSpillOn(library, QStringLiteral("import"), {sampleStory()});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("another Spill has the library")));
        CHECK(r.err.contains(QStringLiteral("Nothing was changed")));

        // Reading takes no lock, so it works beside the other Spill.
        CHECK(listedSlugs(library) == QStringList {QString::fromLatin1(MinimalSlug)});
    }
}

TEST_CASE("spill import: a tag respelled to the library's own is said, never silently")
{
    const StoryFiles files;
    const QString library = files.library();
    const auto story = [&](const QString &name, const QByteArray &tags) {
        const QString path = files.path(QStringLiteral("stories/") + name);
        writeBytes(path,
                   R"({"format": "spill-story/1", "title": ")" + name.toUtf8() + R"(", "tags": )" +
                       tags + R"(, "beats": {"intended": "a",
                             "went_wrong": "b", "salvage": "c", "lesson": "d",
                             "call_to_action": "e"}})");
        return path;
    };
    REQUIRE(runSpillOn(library, QStringLiteral("import"), {story(u"first"_s, R"(["baking"])")})
                .exitCode == 0);

    const SpillRun second = runSpillOn(library, QStringLiteral("import"),
                                       {story(u"second"_s, R"(["Baking", "eggs"])")});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    CHECK(second.err.contains(u"tags kept in the library's spelling: \"Baking\" as \"baking\""_s));
    CHECK_FALSE(second.err.contains(u"eggs"_s));

    const SpillRun third =
        runSpillOn(library, QStringLiteral("import"), {story(u"third"_s, R"(["baking"])")});
    CHECK(third.exitCode == 0);
    CHECK_FALSE(third.err.contains(u"spelling"_s));
}
