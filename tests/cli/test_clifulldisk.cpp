// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on a disk that fills up or cannot be written: a small
// tmpfs, mounted in a mount namespace of its own (unshare), so nothing
// outside the test sees it.
#include "clistories.h"
#include "clitestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Spill::Test;

namespace {

// Runs `script` with sh in a new mount namespace, with $SPILL the program,
// $DISK an empty tmpfs of `size`, $WORK a folder for results and
// `arguments` as "$1", "$2"... Returns false (and warns) when this machine
// cannot mount one.
bool runOnSmallDisk(const QString &work, const QString &size, const QString &script,
                    const QStringList &arguments)
{
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    REQUIRE_FALSE(unshare.isEmpty());
    REQUIRE(QDir().mkpath(work + u"/disk"_s));
    const QString prelude =
        u"mount -t tmpfs -o size=$SIZE tmpfs \"$DISK\" || { echo nomount > \"$WORK/nomount\"; "
        u"exit 0; }\n"
        u"fill() { dd if=/dev/zero of=\"$DISK/filler\" bs=4096 "
        u"count=$(( $(df -B4096 --output=avail \"$DISK\" | tail -1) - $1 )) 2>/dev/null; }\n"_s;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "NO_COLOR"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"C.UTF-8"_s);
    env.remove(u"LC_ALL"_s);
    env.insert(u"HOME"_s, work);
    env.insert(u"XDG_DATA_HOME"_s, work + u"/data"_s);
    env.insert(u"SPILL"_s, QStringLiteral(SPILL_EXECUTABLE));
    env.insert(u"DISK"_s, work + u"/disk"_s);
    env.insert(u"WORK"_s, work);
    env.insert(u"SIZE"_s, size);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(unshare,
                  QStringList {u"--mount"_s, u"sh"_s, u"-c"_s, prelude + script, u"sh"_s} +
                      arguments);
    REQUIRE(process.waitForFinished(180000));
    INFO(process.readAll().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    if (QFileInfo::exists(work + u"/nomount"_s) || process.exitCode() != 0) {
        WARN("cannot mount a tmpfs here (needs root or user namespaces): full-disk case skipped");
        return false;
    }
    return true;
}

QString text(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

} // namespace

TEST_CASE("spill binary: a full disk")
{
    const StoryFiles files;
    const QString work = files.path(u"work"_s);

    SECTION("robustness: an export that fills the disk fails, and disowns nothing")
    {
        const QString library = files.library();
        REQUIRE(runSpillOn(library, u"import"_s, {files.minimal(), sampleStory()}).exitCode == 0);
        const QString script = uR"(
            export_to() { "$SPILL" --library "$1" export --format=markdown --out "$DISK/site" "$2"; }
            export_to "$1" creme-brulee-take-2 > "$WORK/first.out" 2> "$WORK/first.err"
            echo $? > "$WORK/first.rc"
            fill 4
            export_to "$1" the-souffle-that-sighed > "$WORK/full.out" 2> "$WORK/full.err"
            echo $? > "$WORK/full.rc"
            cp "$DISK/site/.spill-export" "$WORK/manifest"
            rm "$DISK/filler"
            export_to "$1" creme-brulee-take-2 > "$WORK/again.out" 2> "$WORK/again.err"
            echo $? > "$WORK/again.rc"
        )"_s;
        if (!runOnSmallDisk(work, u"1M"_s, script, {library}))
            return;
        INFO(text(work + u"/first.err"_s).toStdString());
        REQUIRE(text(work + u"/first.rc"_s).trimmed() == u"0"_s);
        const QString full = text(work + u"/full.err"_s);
        INFO(full.toStdString());
        CHECK(text(work + u"/full.rc"_s).trimmed() == u"1"_s);
        CHECK(full.contains(u"No space left on device"_s));
        CHECK_FALSE(full.contains(u"Unknown error"_s));
        // The first export's post is still Spill's: exported again, it is replaced.
        CHECK(text(work + u"/manifest"_s).contains(u"creme-brulee-take-2.md\n"_s));
        INFO(text(work + u"/again.err"_s).toStdString());
        CHECK(text(work + u"/again.rc"_s).trimmed() == u"0"_s);
    }

    SECTION("robustness: an output folder on a read-only disk is said once, with the reason")
    {
        const QString library = files.library();
        REQUIRE(runSpillOn(library, u"import"_s, {files.minimal(), sampleStory()}).exitCode == 0);
        const QString script = uR"(
            mount -o remount,ro "$DISK" || { echo nomount > "$WORK/nomount"; exit 0; }
            "$SPILL" --library "$1" export --format=markdown --out "$DISK/site" --all \
                > "$WORK/ro.out" 2> "$WORK/ro.err"
            echo $? > "$WORK/ro.rc"
        )"_s;
        if (!runOnSmallDisk(work, u"1M"_s, script, {library}))
            return;
        const QString err = text(work + u"/ro.err"_s);
        INFO(err.toStdString());
        CHECK(text(work + u"/ro.rc"_s).trimmed() == u"1"_s);
        CHECK(text(work + u"/ro.out"_s).isEmpty());
        CHECK(err.count(u"Cannot create the folder"_s) == 1);
        CHECK(err.contains(u"/disk/site: Read-only file system"_s));
    }

    SECTION("robustness: a clip that fills the output disk names the file it was writing, not the "
            "library's clip")
    {
        const QString story = files.path(u"stories/clip.json"_s);
        writeBytes(story, R"({"format": "spill-story/1", "slug": "clip-on-a-full-disk",
            "title": "A clip on a full disk",
            "beats": {"intended": "", "went_wrong": "", "salvage": "", "lesson": "",
                      "call_to_action": ""},
            "media": [{"file": "media/collapse.mp4", "beat": "went_wrong", "role": "reality",
                       "alt": "It sank", "caption": ""}]})");
        const QString library = files.library();
        REQUIRE(runSpillOn(library, u"import"_s, {files.minimal(), story}).exitCode == 0);
        // The first export leaves room in the list's last block for the
        // clip's line, so it is the clip that finds the disk full.
        const QString script = uR"(
            export_to() { "$SPILL" --library "$1" export --format=markdown --out "$DISK/site" "$2"; }
            export_to "$1" creme-brulee-take-2 > "$WORK/first.out" 2> "$WORK/first.err"
            echo $? > "$WORK/first.rc"
            fill 0
            export_to "$1" clip-on-a-full-disk > "$WORK/full.out" 2> "$WORK/full.err"
            echo $? > "$WORK/full.rc"
        )"_s;
        if (!runOnSmallDisk(work, u"1M"_s, script, {library}))
            return;
        INFO(text(work + u"/first.err"_s).toStdString());
        REQUIRE(text(work + u"/first.rc"_s).trimmed() == u"0"_s);
        const QString full = text(work + u"/full.err"_s);
        INFO(full.toStdString());
        CHECK(text(work + u"/full.rc"_s).trimmed() == u"1"_s);
        CHECK(full.contains(u"Cannot write "_s + work +
                            u"/disk/site/clip-on-a-full-disk/01-reality.mp4: "
                            u"No space left on device"_s));
        CHECK_FALSE(full.contains(library));
    }

    SECTION("robustness: media that do not fit are refused with the reason, and nothing is kept")
    {
        const QString script = uR"(
            lib="$DISK/library"
            "$SPILL" --library "$lib" import "$1" > "$WORK/first.out" 2> "$WORK/first.err"
            echo $? > "$WORK/first.rc"
            fill 16
            "$SPILL" --library "$lib" import "$2" > "$WORK/full.out" 2> "$WORK/full.err"
            echo $? > "$WORK/full.rc"
            ls -A "$lib/media" > "$WORK/media" 2>/dev/null
            "$SPILL" --library "$lib" list > "$WORK/list.out" 2> "$WORK/list.err"
            rm "$DISK/filler"
            "$SPILL" --library "$lib" check > "$WORK/check.out" 2> "$WORK/check.err"
            echo $? > "$WORK/check.rc"
        )"_s;
        if (!runOnSmallDisk(work, u"2M"_s, script, {files.minimal(), sampleStory()}))
            return;
        INFO(text(work + u"/first.err"_s).toStdString());
        REQUIRE(text(work + u"/first.rc"_s).trimmed() == u"0"_s);
        const QString full = text(work + u"/full.err"_s);
        INFO(full.toStdString());
        CHECK(text(work + u"/full.rc"_s).trimmed() == u"1"_s);
        CHECK(full.contains(u"No space left on device"_s));
        CHECK_FALSE(full.contains(u"Unknown error"_s));
        CHECK(text(work + u"/media"_s).trimmed().isEmpty());
        CHECK_FALSE(text(work + u"/list.out"_s).contains(QString::fromLatin1(SampleSlug)));
        INFO(text(work + u"/check.out"_s).toStdString()
             << text(work + u"/check.err"_s).toStdString());
        CHECK(text(work + u"/check.rc"_s).trimmed() == u"0"_s);
    }
    SECTION("robustness: on a full library disk every command fails with the reason, and "
            "nothing is lost")
    {
        // A story of 400 KB of text and no media: SQLite runs out of room.
        const QString big = files.path(u"stories/big.json"_s);
        writeBytes(big,
                   "{\"format\": \"spill-story/1\", \"title\": \"Too big\", "
                   "\"beats\": {\"intended\": \"" +
                       QByteArray(400 * 1024, 'a') +
                       "\", \"went_wrong\": \"b\", \"salvage\": \"c\", "
                       "\"lesson\": \"d\", \"call_to_action\": \"e\"}}");
        const QString script = uR"(
            lib="$DISK/library"
            run() { name=$1; shift; "$SPILL" --library "$lib" "$@" > "$WORK/$name.out" \
                2> "$WORK/$name.err"; echo $? > "$WORK/$name.rc"; }
            run first import "$1"
            fill 40
            run part import "$2"
            rm "$DISK/filler"
            fill 0
            run full import "$2"
            run list list
            run search search brulee
            run checkfull check
            rm "$DISK/filler"
            run check check
            run listafter list
        )"_s;
        if (!runOnSmallDisk(work, u"2M"_s, script, {files.minimal(), big}))
            return;
        INFO(text(work + u"/first.err"_s).toStdString());
        REQUIRE(text(work + u"/first.rc"_s).trimmed() == u"0"_s);
        // Room to open the library, not to store the story: SQLite's words.
        const QString part = text(work + u"/part.err"_s);
        INFO(part.toStdString());
        CHECK(text(work + u"/part.rc"_s).trimmed() == u"1"_s);
        CHECK(part.contains(u"database or disk is full"_s));
        CHECK(part.contains(u"/disk/library/library.sqlite"_s));
        // SQLite needs room for the -shm file even to read: each command
        // says the disk is full and names the library file.
        for (const QString &name : {u"full"_s, u"list"_s, u"search"_s, u"checkfull"_s}) {
            const QString err = text(work + u'/' + name + u".err"_s);
            INFO(name.toStdString() << ": " << err.toStdString());
            CHECK(text(work + u'/' + name + u".rc"_s).trimmed() == u"1"_s);
            CHECK(err.contains(u"No space left on device"_s));
            CHECK(err.contains(u"/disk/library/library.sqlite"_s));
            CHECK_FALSE(err.contains(u"damaged"_s));
        }
        // With room again the library is whole, without the refused story.
        INFO(text(work + u"/check.out"_s).toStdString()
             << text(work + u"/check.err"_s).toStdString());
        CHECK(text(work + u"/check.rc"_s).trimmed() == u"0"_s);
        CHECK(text(work + u"/listafter.out"_s).contains(QString::fromLatin1(MinimalSlug)));
        CHECK_FALSE(text(work + u"/listafter.out"_s).contains(u"too-big"_s));
    }

    SECTION("robustness: an HTML export with photos that fills the disk names the file")
    {
        const QString library = files.library();
        REQUIRE(runSpillOn(library, u"import"_s, {files.minimal(), sampleStory()}).exitCode == 0);
        const QString script = uR"(
            export_to() { "$SPILL" --library "$1" export --format=html --out "$DISK/site" "$2"; }
            export_to "$1" creme-brulee-take-2 > "$WORK/first.out" 2> "$WORK/first.err"
            echo $? > "$WORK/first.rc"
            fill 2
            export_to "$1" the-souffle-that-sighed > "$WORK/full.out" 2> "$WORK/full.err"
            echo $? > "$WORK/full.rc"
            rm "$DISK/filler"
            export_to "$1" creme-brulee-take-2 > "$WORK/again.out" 2> "$WORK/again.err"
            echo $? > "$WORK/again.rc"
            "$SPILL" --library "$1" check > "$WORK/check.out" 2> "$WORK/check.err"
            echo $? > "$WORK/check.rc"
        )"_s;
        if (!runOnSmallDisk(work, u"1M"_s, script, {library}))
            return;
        INFO(text(work + u"/first.err"_s).toStdString());
        REQUIRE(text(work + u"/first.rc"_s).trimmed() == u"0"_s);
        const QString full = text(work + u"/full.err"_s);
        INFO(full.toStdString());
        CHECK(text(work + u"/full.rc"_s).trimmed() == u"1"_s);
        CHECK(full.contains(u"No space left on device"_s));
        CHECK(full.contains(u"/disk/site/"_s));
        CHECK_FALSE(full.contains(u"Unknown error"_s));
        INFO(text(work + u"/again.err"_s).toStdString());
        CHECK(text(work + u"/again.rc"_s).trimmed() == u"0"_s);
        CHECK(text(work + u"/check.rc"_s).trimmed() == u"0"_s);
    }
}
