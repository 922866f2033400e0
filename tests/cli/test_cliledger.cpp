// SPDX-License-Identifier: GPL-3.0-or-later
// The honesty features through the command line, end to end: photos with
// and without an editing history imported from spill-story/1, a fail and
// its redemption linked by slug, exported to Markdown and back to JSON.
#include "clitestsupport.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;
using namespace Qt::StringLiterals;

namespace {

void writePhotoWithTags(const QString &path, const QStringList &tags)
{
    QString error;
    const QByteArray jpeg = withTags(encode(quadrantImage(QSize(96, 72)), "JPEG"), tags, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(jpeg.isEmpty());
    writeBytes(path, jpeg);
}

// `spill export --format FORMAT --out OUT TARGET...` on `library`, which must succeed.
void exportOrFail(const QString &library, const QString &format, const QString &out,
                  const QStringList &targets)
{
    const SpillRun r = runSpillOn(library, u"export"_s,
                                  QStringList {u"--format"_s, format, u"--out"_s, out} + targets);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

const char *const FailJson = R"({
  "format": "spill-story/1",
  "slug": "sunken-souffle",
  "title": "The soufflé that sank",
  "beats": {"intended": "Tall.", "went_wrong": "It sank.", "salvage": "", "lesson": "",
            "call_to_action": ""},
  "redemption": {"story": "souffle-take-two", "on": "2026-12-01"},
  "media": [
    {"file": "door.jpg", "beat": "went_wrong", "role": "reality", "alt": "The sunken soufflé",
     "caption": "Door open"},
    {"file": "oven.jpg", "beat": "went_wrong", "role": "step", "alt": "Rising", "caption": "Rising"}
  ]
})";

const char *const LaterJson = R"({
  "format": "spill-story/1",
  "slug": "souffle-take-two",
  "title": "Soufflé, take two",
  "published_url": "https://blog.example/take-two/",
  "beats": {"intended": "Again.", "went_wrong": "", "salvage": "", "lesson": "",
            "call_to_action": ""}
})";

} // namespace

TEST_CASE("spill import and export: edited photos, the timeline and redemption")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString source = dir.filePath(u"source"_s);
    REQUIRE(QDir().mkpath(source));
    writePhotoWithTags(source + u"/door.jpg"_s,
                       {u"-DateTimeOriginal=2026:11:20 18:43:10"_s, u"-Software=Snapseed 2.0"_s,
                        u"-GPSLatitude=51.5"_s, u"-GPSLatitudeRef=N"_s});
    writePhotoWithTags(source + u"/oven.jpg"_s, {u"-DateTimeOriginal=2026:11:20 18:42:00"_s});
    writeBytes(source + u"/fail.json"_s, FailJson);
    writeBytes(source + u"/later.json"_s, LaterJson);
    const QString library = dir.filePath(u"library"_s);

    SECTION("nominal: the fail links the later story by slug; the post says both")
    {
        const SpillRun r =
            runSpillOn(library, u"import"_s, {source + u"/later.json"_s, source + u"/fail.json"_s});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);

        const QString out = dir.filePath(u"out"_s);
        exportOrFail(library, u"markdown"_s, out, {u"--all"_s});
        const QString fail = QString::fromUtf8(readBytes(out + u"/sunken-souffle.md"_s));
        CHECK(fail.contains(u"*Door open (edited with Snapseed 2.0)*"_s));
        CHECK(fail.contains(u"*Rising*"_s));
        CHECK(fail.contains(u"### How it unfolded"_s));
        CHECK(fail.indexOf(u"** Rising"_s) < fail.indexOf(u"** Door open"_s));
        CHECK(fail.contains(
            u"> **Redeemed:** [Soufflé, take two](<https://blog.example/take-two/>)"_s));
        const QString later = QString::fromUtf8(readBytes(out + u"/souffle-take-two.md"_s));
        CHECK(later.contains(u"> **Where this began:** The soufflé that sank"_s));

        // The ledger is read, never written out: the exported photo has no
        // software, time or place in it.
        QProcess exiftool;
        exiftool.start(u"exiftool"_s, {u"-s"_s, out + u"/sunken-souffle/01-reality.jpg"_s});
        REQUIRE(exiftool.waitForFinished(30000));
        const QString tags = QString::fromUtf8(exiftool.readAllStandardOutput());
        CHECK_FALSE(tags.contains(u"Snapseed"_s));
        CHECK_FALSE(tags.contains(u"GPS"_s));
        CHECK_FALSE(tags.contains(u"DateTimeOriginal"_s));

        // Back to spill-story/1: the link by slug, and no ledger in the file.
        const QString json = dir.filePath(u"json"_s);
        exportOrFail(library, u"json"_s, json, {u"sunken-souffle"_s});
        const QString written = QString::fromUtf8(readBytes(json + u"/sunken-souffle.json"_s));
        CHECK(written.contains(u"\"story\": \"souffle-take-two\""_s));
        CHECK(written.contains(u"\"on\": \"2026-12-01\""_s));
        CHECK_FALSE(written.contains(u"Snapseed"_s));
    }

    SECTION("robustness: a redemption naming a story this library lacks is imported without it, "
            "and said")
    {
        const SpillRun r = runSpillOn(library, u"import"_s, {source + u"/fail.json"_s});
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.contains(u"souffle-take-two"_s));
        CHECK(r.err.contains(u"not in this library"_s));
        const QString out = dir.filePath(u"alone"_s);
        exportOrFail(library, u"markdown"_s, out, {u"--all"_s});
        CHECK_FALSE(
            QString::fromUtf8(readBytes(out + u"/sunken-souffle.md"_s)).contains(u"Redeemed"_s));
    }

    SECTION("regression: the creator's \"not edited\" answer survives import, its reason too")
    {
        QByteArray json = FailJson;
        json.replace(R"("caption": "Door open"})",
                     R"("caption": "Door open", "edited_mark": false,
     "edited_mark_reason": "Only straightened"})");
        writeBytes(source + u"/answered.json"_s, json);
        const SpillRun r = runSpillOn(library, u"import"_s, {source + u"/answered.json"_s});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString out = dir.filePath(u"answered"_s);
        exportOrFail(library, u"markdown"_s, out, {u"--all"_s});
        const QString post = QString::fromUtf8(readBytes(out + u"/sunken-souffle.md"_s));
        CHECK(post.contains(u"*Door open*"_s));
        CHECK_FALSE(post.contains(u"Snapseed"_s));
        const QString back = dir.filePath(u"answered-json"_s);
        exportOrFail(library, u"json"_s, back, {u"sunken-souffle"_s});
        const QString written = QString::fromUtf8(readBytes(back + u"/sunken-souffle.json"_s));
        CHECK(written.contains(u"\"edited_mark\": false"_s));
        CHECK(written.contains(u"Only straightened"_s));
    }
}
