// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/storyjson.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Spill;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(Test::dataPath(QStringLiteral("story/") + name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

StoryJsonResult readFixtureStory(const QString &name)
{
    return readStoryJson(readFixture(name), name);
}

Story roundTrip(const Story &story)
{
    const QByteArray json = writeStoryJson(story, {});
    const StoryJsonResult result = readStoryJson(json, QStringLiteral("trip.json"));
    INFO(result.error);
    INFO(QString::fromUtf8(json));
    REQUIRE(result.ok());
    return *result.story;
}

// QDateTime's == compares instants; a round trip must also keep the offset.
void requireSameDate(const QDateTime &a, const QDateTime &b)
{
    REQUIRE(a == b);
    REQUIRE(a.isNull() == b.isNull());
    if (!a.isNull()) {
        CHECK(a.offsetFromUtc() == b.offsetFromUtc());
        CHECK(a.time().msec() == b.time().msec());
    }
}

Story fullStory()
{
    Story story;
    story.slug = QStringLiteral("souffle-that-wasnt");
    story.title = QStringLiteral("The Soufflé That Wasn't");
    story.dish = QStringLiteral("Cheese soufflé");
    story.recipeUrl = QStringLiteral("https://example.com/souffle");
    for (Beat beat : AllBeats)
        story.beat(beat) = QStringLiteral("Text for ") + beatKey(beat);
    story.failureKinds = {FailureKind::Collapsed, FailureKind::Burnt};
    story.tags = {QStringLiteral("baking"), QStringLiteral("eggs")};
    story.outcome = Outcome::Partly;
    story.status = Status::Published;
    story.publishedUrl = QStringLiteral("https://blog.example.com/souffle");
    story.language = QStringLiteral("en_GB");
    story.created = QDateTime::fromString(QStringLiteral("2026-11-20T18:30:00+01:00"), Qt::ISODate);
    story.updated =
        QDateTime::fromString(QStringLiteral("2026-11-21T09:12:00.250-05:30"), Qt::ISODate);
    MediaItem dream;
    dream.file = QStringLiteral("media/dream.jpg");
    dream.role = MediaRole::Dream;
    dream.alt = QStringLiteral("A tall golden soufflé");
    dream.caption = QStringLiteral("The plan");
    MediaItem clip;
    clip.file = QStringLiteral("media/collapse.mp4");
    clip.beat = Beat::WentWrong;
    clip.role = MediaRole::Reality;
    clip.decorative = true;
    clip.posterMs = 0;
    story.media = {dream, clip};
    return story;
}

} // namespace

TEST_CASE("story json: reading the interchange format")
{
    SECTION("nominal: every documented key is read")
    {
        const StoryJsonResult result = readFixtureStory(QStringLiteral("souffle.json"));
        INFO(result.error);
        REQUIRE(result.ok());
        const Story &story = *result.story;
        CHECK(story.slug == QStringLiteral("souffle-that-wasnt"));
        CHECK(story.title == QStringLiteral("The Soufflé That Wasn't"));
        CHECK(story.dish == QStringLiteral("Cheese soufflé"));
        CHECK(story.recipeUrl == QStringLiteral("https://example.com/souffle"));
        CHECK(story.beat(Beat::Lesson) ==
              QStringLiteral("Keep the oven door shut for the first 25 minutes."));
        CHECK(story.beat(Beat::CallToAction) == QStringLiteral("Which dish humbled you last?"));
        CHECK(story.failureKinds == QList<FailureKind> {FailureKind::Collapsed});
        CHECK(story.tags == QStringList {QStringLiteral("baking"), QStringLiteral("eggs")});
        CHECK(story.outcome == Outcome::Partly);
        CHECK(story.status == Status::Draft);
        CHECK(story.language == QStringLiteral("en_GB"));
        CHECK(story.created.timeSpec() == Qt::OffsetFromUTC);
        CHECK(story.created.offsetFromUtc() == 3600);
        CHECK(story.created.toUTC() == QDateTime(QDate(2026, 11, 20), QTime(17, 30), Qt::UTC));
        CHECK(story.updated.offsetFromUtc() == -(5 * 3600 + 30 * 60));
        CHECK(story.updated.time().msec() == 250);
        REQUIRE(story.media.size() == 2);
        CHECK(story.media.at(0).file == QStringLiteral("media/dream.jpg"));
        CHECK(story.media.at(0).role == MediaRole::Dream);
        CHECK(story.media.at(0).beat == Beat::Intended);
        CHECK_FALSE(story.media.at(0).posterMs.has_value());
        CHECK(story.media.at(1).beat == Beat::WentWrong);
        CHECK(story.media.at(1).role == MediaRole::Reality);
        CHECK(story.media.at(1).caption == QStringLiteral("Ten seconds later"));
        CHECK(story.media.at(1).posterMs == 1200);
    }

    SECTION("nominal: writing what was read gives back the same file, byte for byte")
    {
        const QByteArray original = readFixture(QStringLiteral("souffle.json"));
        const StoryJsonResult result = readStoryJson(original, QStringLiteral("souffle.json"));
        REQUIRE(result.ok());
        CHECK(QString::fromUtf8(writeStoryJson(*result.story, {})) == QString::fromUtf8(original));
    }

    SECTION("nominal: only the required keys; everything else has its default")
    {
        const StoryJsonResult result = readFixtureStory(QStringLiteral("minimal.json"));
        INFO(result.error);
        REQUIRE(result.ok());
        const Story &story = *result.story;
        CHECK(story.slug == QStringLiteral("creme-brulee-take-2"));
        CHECK(story.status == Status::Draft);
        CHECK_FALSE(story.outcome.has_value());
        CHECK(story.created.isNull());
        CHECK(story.updated.isNull());
        CHECK(story.tags.isEmpty());
        CHECK(story.failureKinds.isEmpty());
        CHECK(story.media.isEmpty());
        for (Beat beat : AllBeats)
            CHECK(story.beat(beat).isEmpty());
    }

    SECTION("nominal: right-to-left text, tag clean-up, media defaults")
    {
        const StoryJsonResult result = readFixtureStory(QStringLiteral("rtl.json"));
        INFO(result.error);
        REQUIRE(result.ok());
        const Story &story = *result.story;
        CHECK(story.title == QStringLiteral("עוגת שוקולד שקרסה 🍰"));
        CHECK(story.slug == QStringLiteral("story"));
        CHECK(story.beat(Beat::Intended) == QStringLiteral("أردت كعكة شوكولاتة عالية."));
        CHECK(story.tags == QStringList {QStringLiteral("Baking"), QStringLiteral("אפייה")});
        CHECK(story.failureKinds ==
              QList<FailureKind> {FailureKind::Collapsed, FailureKind::Burnt});
        CHECK_FALSE(story.outcome.has_value());
        CHECK(story.created.timeSpec() == Qt::UTC);
        REQUIRE(story.media.size() == 1);
        CHECK(story.media.at(0).file == QStringLiteral("media\\cake.jpg"));
        CHECK(story.media.at(0).beat == Beat::Intended);
        CHECK(story.media.at(0).role == MediaRole::Step);
        CHECK(story.media.at(0).decorative);
        CHECK(story.media.at(0).alt.isEmpty());
    }

    SECTION("nominal: an empty slug is derived from the title; unknown keys are ignored")
    {
        const QByteArray json = R"({"format": "spill-story/1", "slug": "", "title": "Burnt Toast",
            "future_key": [1, 2], "beats": {"intended": "", "went_wrong": "", "salvage": "",
            "lesson": "", "call_to_action": "", "epilogue": "ignored"}})";
        const StoryJsonResult result = readStoryJson(json, QStringLiteral("toast.json"));
        REQUIRE(result.ok());
        CHECK(result.story->slug == QStringLiteral("burnt-toast"));
    }

    SECTION("nominal: a UTF-8 byte order mark is accepted")
    {
        const QByteArray json = "\xEF\xBB\xBF" + readFixture(QStringLiteral("minimal.json"));
        CHECK(readStoryJson(json, QStringLiteral("bom.json")).ok());
    }
}

TEST_CASE("story json: broken files are refused with the file and the key named")
{
    struct Case
    {
        const char *file;
        const char *message;
    };
    // clang-format off
    const Case cases[] = {
        {"BrokenMissingTitle.json", R"(BrokenMissingTitle.json: "title" is missing)"},
        {"BrokenMissingBeat.json", R"(BrokenMissingBeat.json: "beats.lesson" is missing)"},
        {"BrokenFormat.json", R"(BrokenFormat.json: "format" is "spill-story/2", but this version of Spill reads "spill-story/1")"},
        {"BrokenOutcome.json", R"(BrokenOutcome.json: "outcome" must be one of rescued, partly, binned, not "meh")"},
        {"BrokenType.json", R"(BrokenType.json: "tags" must be an array, not a string)"},
        {"BrokenSyntax.json", R"(BrokenSyntax.json: line 3, column 11: JSON syntax error: missing name separator)"},
        {"BrokenFailureKind.json", R"(BrokenFailureKind.json: "failure_kinds[1]" must be one of burnt, collapsed, split_or_curdled, under_or_overcooked, forgotten_ingredient, wrong_substitution, measuring, equipment, spill_or_drop, seasoning, other, not "exploded")"},
        {"BrokenMediaPath.json", R"(BrokenMediaPath.json: "media[1].file" must be a path inside the story's folder, not "../../etc/passwd")"},
        {"BrokenMediaAbsolute.json", R"(BrokenMediaAbsolute.json: "media[0].file" must be a path inside the story's folder, not "/etc/passwd")"},
        {"BrokenSlug.json", R"(BrokenSlug.json: "slug" must use only lowercase letters, digits and single hyphens (at most 80 characters), not "Bad Slug!")"},
        {"BrokenDate.json", R"(BrokenDate.json: "created" must be a date and time with a UTC offset, like 2026-11-20T18:30:00+01:00, not "2026-11-20T18:30:00")"},
        {"BrokenPosterMs.json", R"(BrokenPosterMs.json: "media[0].poster_ms" must be a whole number of milliseconds, 0 or more, not -5)"},
        {"BrokenBeatType.json", R"(BrokenBeatType.json: "beats.intended" must be a string, not a number)"},
        {"BrokenMediaRole.json", R"(BrokenMediaRole.json: "media[0].role" must be one of dream, reality, step, result, not "hero")"},
        {"BrokenNotObject.json", R"(BrokenNotObject.json: the file must hold one JSON object, not an array)"},
    };
    // clang-format on

    SECTION("robustness: every Broken* fixture fails with its own message")
    {
        for (const Case &c : cases) {
            const QString name = QString::fromUtf8(c.file);
            INFO(name);
            const StoryJsonResult result = readFixtureStory(name);
            CHECK_FALSE(result.ok());
            CHECK(result.error == QString::fromUtf8(c.message));
        }
    }

    SECTION("robustness: no Broken* fixture is left untested")
    {
        const QStringList files = QDir(Test::dataPath(QStringLiteral("story")))
                                      .entryList({QStringLiteral("Broken*.json")}, QDir::Files);
        CHECK(files.size() == static_cast<qsizetype>(std::size(cases)));
    }

    SECTION("robustness: wrong types name the key and the expected type")
    {
        // The story's own format, title and beats, unless `rest` gives one
        // instead (a key given twice is an error of its own).
        const auto error = [&](const QByteArray &rest) {
            QByteArray json = "{";
            if (!rest.contains("\"format\""))
                json += R"("format": "spill-story/1", )";
            if (!rest.contains("\"title\""))
                json += R"("title": "T", )";
            if (!rest.contains("\"beats\""))
                json += R"("beats": {"intended": "", "went_wrong": "", "salvage": "",
                    "lesson": "", "call_to_action": ""}, )";
            json += rest.mid(2) + '}'; // without its leading ", "
            return readStoryJson(json, QStringLiteral("t.json")).error;
        };
        CHECK(error(R"(, "title": 7)") ==
              QStringLiteral(R"(t.json: "title" must be a string, not a number)"));
        CHECK(error(R"(, "beats": [])") ==
              QStringLiteral(R"(t.json: "beats" must be an object, not an array)"));
        CHECK(error(R"(, "tags": ["a", 1])") ==
              QStringLiteral(R"(t.json: "tags[1]" must be a string, not a number)"));
        CHECK(error(R"(, "media": ["a.jpg"])") ==
              QStringLiteral(R"(t.json: "media[0]" must be an object, not a string)"));
        CHECK(error(R"(, "media": [{"alt": "x"}])") ==
              QStringLiteral(R"(t.json: "media[0].file" is missing)"));
        CHECK(error(R"(, "media": [{"file": ""}])") ==
              QStringLiteral(R"(t.json: "media[0].file" must not be empty)"));
        CHECK(
            error(R"(, "media": [{"file": "a.jpg", "decorative": "yes"}])") ==
            QStringLiteral(R"(t.json: "media[0].decorative" must be true or false, not a string)"));
        CHECK(
            error(R"(, "media": [{"file": "a.jpg", "poster_ms": 1.5}])") ==
            QStringLiteral(
                R"(t.json: "media[0].poster_ms" must be a whole number of milliseconds, 0 or more, not 1.5)"));
        CHECK(
            error(R"(, "media": [{"file": "a.jpg", "beat": "epilogue"}])") ==
            QStringLiteral(
                R"(t.json: "media[0].beat" must be one of intended, went_wrong, salvage, lesson, call_to_action, not "epilogue")"));
        CHECK(error(R"(, "status": "done")") ==
              QStringLiteral(
                  R"(t.json: "status" must be one of draft, ready, published, not "done")"));
        CHECK(
            error(R"(, "created": "yesterday")") ==
            QStringLiteral(
                R"(t.json: "created" must be a date and time with a UTC offset, like 2026-11-20T18:30:00+01:00, not "yesterday")"));
        CHECK(error(R"(, "format": null)") ==
              QStringLiteral(R"(t.json: "format" must be a string, not null)"));
    }

    SECTION("robustness: syntax errors give a line and column counted in characters")
    {
        const QByteArray json = "{\n  \"title\": \"Crème\" x\n}";
        CHECK(readStoryJson(json, QStringLiteral("s.json"))
                  .error.startsWith(
                      QStringLiteral("s.json: line 2, column 20: JSON syntax error: ")));
        CHECK(readStoryJson(QByteArray(), QStringLiteral("empty.json"))
                  .error.startsWith(
                      QStringLiteral("empty.json: line 1, column 1: JSON syntax error")));
        CHECK_FALSE(readStoryJson("{\"title\": \"\xFF\"}", QStringLiteral("bytes.json")).ok());
    }

    SECTION("robustness: a long wrong value is cut short in the message")
    {
        const QByteArray json = R"({"format": ")" + QByteArray(5000, 'x') + R"("})";
        const QString error = readStoryJson(json, QStringLiteral("long.json")).error;
        CHECK(error.startsWith(QStringLiteral("long.json: \"format\" is \"xxx")));
        CHECK(error.size() < 200);
    }
}

TEST_CASE("story json: round trips keep every story exactly")
{
    SECTION("nominal: a full story, every enum value")
    {
        const Story story = fullStory();
        const Story back = roundTrip(story);
        CHECK(back == story);
        requireSameDate(back.created, story.created);
        requireSameDate(back.updated, story.updated);

        for (FailureKind kind : allFailureKinds()) {
            Story one = story;
            one.failureKinds = {kind};
            CHECK(roundTrip(one) == one);
        }
        for (Outcome outcome : {Outcome::Rescued, Outcome::Partly, Outcome::Binned}) {
            Story one = story;
            one.outcome = outcome;
            CHECK(roundTrip(one) == one);
        }
        for (Status status : {Status::Draft, Status::Ready, Status::Published}) {
            Story one = story;
            one.status = status;
            CHECK(roundTrip(one) == one);
        }
        for (MediaRole role :
             {MediaRole::Dream, MediaRole::Reality, MediaRole::Step, MediaRole::Result}) {
            for (Beat beat : AllBeats) {
                Story one = story;
                one.media[0].role = role;
                one.media[0].beat = beat;
                CHECK(roundTrip(one) == one);
            }
        }
    }

    SECTION("nominal: an empty story (no outcome, no dates, no media) survives")
    {
        Story story;
        story.slug = QStringLiteral("story");
        const Story back = roundTrip(story);
        CHECK(back == story);
        CHECK(back.created.isNull());
    }

    SECTION("robustness: hostile text survives unchanged")
    {
        QString control;
        for (char16_t c = 1; c < 0x20; ++c)
            control += QChar(c);
        control += QChar(0x7F);
        control += QChar(0x2028);
        control += QChar(0x2029);
        const QStringList hostile = {
            QStringLiteral(": \" --- # émoji 🍰"),
            QStringLiteral("עוגת שוקולד שקרסה"),
            QStringLiteral("كعكة الشوكولاتة انهارت \u200F(!)"),
            QStringLiteral("line one\nline two\r\nline three\ttabbed"),
            control,
            QStringLiteral("\\\"\\n is not a newline; </script> {{mustache}} ${shell}"),
            QString(20000, QChar(u'é')) + QStringLiteral("🍰").repeated(5000),
            QString(),
        };
        for (const QString &text : hostile) {
            Story story = fullStory();
            story.title = text;
            story.dish = text;
            for (Beat beat : AllBeats)
                story.beat(beat) = text;
            story.tags = text.trimmed().isEmpty() ? QStringList() : QStringList {text.trimmed()};
            story.media[0].alt = text;
            story.media[1].caption = text;
            story.media[0].file = QStringLiteral("media/") + text.left(40).remove(u'/');
            const QByteArray json = writeStoryJson(story, {});
            CHECK(QJsonDocument::fromJson(json).isObject()); // still valid JSON
            const StoryJsonResult back = readStoryJson(json, QStringLiteral("hostile.json"));
            INFO(back.error);
            REQUIRE(back.ok());
            CHECK(*back.story == story);
        }
    }

    SECTION("robustness: lone surrogates, which no library can store, are refused on reading")
    {
        Story story = fullStory();
        story.title = QString(QChar(0xD800)) + QStringLiteral(" lone surrogates ") + QChar(0xDC00);
        const StoryJsonResult back = readStoryJson(writeStoryJson(story, {}), u"lone.json"_s);
        REQUIRE_FALSE(back.ok());
        CHECK(back.error.startsWith(u"lone.json: \"title\" cannot be kept exactly"_s));
    }

    SECTION("nominal: the media file name comes from the caller")
    {
        const Story story = fullStory();
        const QByteArray json = writeStoryJson(story, [](const MediaItem &item) -> QString {
            return QStringLiteral("media/") +
                QString::number(item.role == MediaRole::Dream ? 1 : 2) + QStringLiteral(".bin");
        });
        const StoryJsonResult back = readStoryJson(json, QStringLiteral("x.json"));
        REQUIRE(back.ok());
        CHECK(back.story->media.at(0).file == QStringLiteral("media/1.bin"));
        CHECK(back.story->media.at(1).file == QStringLiteral("media/2.bin"));
    }

    SECTION("nominal: local times are written with their offset, keys in documented order")
    {
        Story story = fullStory();
        story.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::LocalTime);
        const QByteArray json = writeStoryJson(story, {});
        const Story back = roundTrip(story);
        CHECK(back.created == story.created);
        CHECK(back.created.timeSpec() != Qt::LocalTime);
        const QList<QByteArray> order = {
            "\"format\"",        "\"slug\"",    "\"title\"",    "\"dish\"",
            "\"recipe_url\"",    "\"beats\"",   "\"intended\"", "\"call_to_action\"",
            "\"failure_kinds\"", "\"tags\"",    "\"outcome\"",  "\"status\"",
            "\"published_url\"", "\"created\"", "\"updated\"",  "\"media\"",
            "\"file\""};
        qsizetype last = -1;
        for (const QByteArray &key : order) {
            INFO(key.constData());
            const qsizetype at = json.indexOf(key);
            CHECK(at > last);
            last = at;
        }
    }
}

TEST_CASE("story json: media paths stay inside the story's folder")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString jsonPath = dir.filePath(QStringLiteral("souffle.json"));

    SECTION("nominal: relative paths resolve against the JSON file's folder")
    {
        const MediaPathResult result =
            resolveMediaPath(jsonPath, QStringLiteral("media/dream.jpg"));
        CHECK(result.ok());
        CHECK(result.path == QDir(dir.path()).filePath(QStringLiteral("media/dream.jpg")));
        CHECK(resolveMediaPath(jsonPath, QStringLiteral("media\\a.jpg")).path ==
              QDir(dir.path()).filePath(QStringLiteral("media/a.jpg")));
        CHECK(resolveMediaPath(jsonPath, QStringLiteral("media/../b.jpg")).path ==
              QDir(dir.path()).filePath(QStringLiteral("b.jpg")));
        CHECK(resolveMediaPath(jsonPath, QStringLiteral("./c.jpg")).ok());
    }

    SECTION("robustness: absolute paths and escapes are refused with the file named")
    {
        const QStringList refused = {
            QStringLiteral("/etc/passwd"),
            QStringLiteral("../secret.jpg"),
            QStringLiteral("media/../../x.jpg"),
            QStringLiteral("..\\..\\x.jpg"),
            QStringLiteral("C:/Windows/x.jpg"),
            QStringLiteral("C:x.jpg"),
            QStringLiteral("\\\\server\\share\\x.jpg"),
            QStringLiteral(".."),
            QStringLiteral("."),
            QString(),
        };
        for (const QString &path : refused) {
            INFO(path);
            const MediaPathResult result = resolveMediaPath(jsonPath, path);
            CHECK_FALSE(result.ok());
            CHECK(result.path.isEmpty());
            CHECK(result.error.startsWith(QStringLiteral("souffle.json: media file")));
            CHECK_FALSE(isContainedMediaPath(path));
        }
    }

    SECTION("robustness: a symbolic link leading out of the folder is refused")
    {
        QTemporaryDir outside;
        REQUIRE(outside.isValid());
        QFile secret(outside.filePath(QStringLiteral("secret.jpg")));
        REQUIRE(secret.open(QIODevice::WriteOnly));
        secret.close();
        REQUIRE(QFile::link(secret.fileName(), dir.filePath(QStringLiteral("link.jpg"))));
        REQUIRE(QFile::link(outside.path(), dir.filePath(QStringLiteral("folder"))));
        CHECK_FALSE(resolveMediaPath(jsonPath, QStringLiteral("link.jpg")).ok());
        CHECK_FALSE(resolveMediaPath(jsonPath, QStringLiteral("folder/secret.jpg")).ok());
        CHECK(isContainedMediaPath(QStringLiteral("link.jpg"))); // only the resolver can tell
    }
}

TEST_CASE("story json: the headings readers see above the beats")
{
    const QByteArray withHeadings = R"({
        "format": "spill-story/1", "title": "Heads",
        "beats": {"intended": "", "went_wrong": "", "salvage": "", "lesson": "",
                  "call_to_action": ""},
        "headings": {"intended": "The plan", "salvage": null, "lesson": "Lesson"}
    })";

    SECTION("nominal: text is the creator's own, null is none, a missing key the default")
    {
        const StoryJsonResult result = readStoryJson(withHeadings, u"heads.json"_s);
        INFO(result.error);
        REQUIRE(result.ok());
        const Story &story = *result.story;
        CHECK(story.heading(Beat::Intended) == BeatHeading::withText(u"The plan"_s));
        CHECK(story.heading(Beat::WentWrong).isDefault());
        CHECK(story.heading(Beat::Salvage).isHidden());
        CHECK(story.heading(Beat::Lesson) == BeatHeading::withText(u"Lesson"_s));
        CHECK(story.heading(Beat::CallToAction).isDefault());
        CHECK(roundTrip(story) == story);
    }

    SECTION("a file without headings gets the defaults, and writing it adds none")
    {
        const Story story = roundTrip(fullStory());
        for (Beat beat : AllBeats)
            CHECK(story.heading(beat).isDefault());
        CHECK_FALSE(writeStoryJson(story, {}).contains("\"headings\""));
    }

    SECTION("every kind of heading on every beat round-trips, odd text included")
    {
        for (Beat beat : AllBeats) {
            for (const BeatHeading &heading :
                 {BeatHeading::hidden(), BeatHeading::withText(u"Où ça a \"dérapé\"\n"_s),
                  BeatHeading::withText(u"A\U0001F373\u2028B"_s)}) {
                Story story = fullStory();
                story.heading(beat) = heading;
                const QByteArray json = writeStoryJson(story, {});
                CHECK(json.contains("\"headings\""));
                CHECK(roundTrip(story) == story);
            }
        }
    }

    SECTION("a blank heading is no heading")
    {
        QByteArray json = withHeadings;
        json.replace("\"The plan\"", "\"   \"");
        const StoryJsonResult result = readStoryJson(json, u"heads.json"_s);
        REQUIRE(result.ok());
        CHECK(result.story->heading(Beat::Intended).isHidden());
    }

    SECTION("a wrong value is refused with the file and the key named")
    {
        QByteArray json = withHeadings;
        json.replace("\"The plan\"", "42");
        StoryJsonResult result = readStoryJson(json, u"heads.json"_s);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.startsWith(u"heads.json: "_s));
        CHECK(result.error.contains(u"headings.intended"_s));

        json = withHeadings;
        json.replace(R"("headings": {)", R"("headings": ["x"], "unused": {)");
        result = readStoryJson(json, u"heads.json"_s);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.contains(u"\"headings\""_s));
    }
}
