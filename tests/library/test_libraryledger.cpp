// SPDX-License-Identifier: GPL-3.0-or-later
// The edited-photo ledger in the library: read from the stored file, kept
// once per file, and the creator's answer to an "edited" mark kept with the
// story, its versions and its JSON.
#include "../media/mediafixtures.h"
#include "librarytestsupport.h"
#include "media/mediapaths.h"
#include "story/storyjson.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;
using namespace Qt::StringLiterals;

namespace {

// Puts a photo into the library's store as an older Spill did: the file
// only, no ledger; returns its item.
MediaItem storedPhoto(const QString &folder, const QStringList &tags)
{
    QString error;
    const QByteArray jpeg = withTags(encode(quadrantImage(QSize(64, 48)), "JPEG"), tags, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(jpeg.isEmpty());
    MediaItem item;
    item.hash =
        QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
    item.file = item.hash + u".jpg";
    item.width = 64;
    item.height = 48;
    const QString path = mediaStorePath(folder, item.hash, u"jpg"_s);
    REQUIRE(QDir().mkpath(QFileInfo(path).path()));
    REQUIRE(writeFile(path, jpeg));
    return item;
}

int keptOrigins(const Library &library)
{
    return queryValue(library.databasePath(), u"SELECT count(*) FROM media_origins"_s).toInt();
}

} // namespace

TEST_CASE("library: the edited-photo ledger")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto library = openLibrary(dir.path());
    const MediaItem edited =
        storedPhoto(dir.path(),
                    {u"-DateTimeOriginal=2026:11:20 18:42:05"_s, u"-Make=Google"_s,
                     u"-Model=Pixel 7"_s, u"-Software=Snapseed 2.0"_s});
    const MediaItem plain = storedPhoto(dir.path(), {u"-DateTimeOriginal=2026:11:20 18:43:30"_s});
    Story story;
    story.title = u"Sunken soufflé"_s;
    story.media = {edited, plain};
    const qint64 id = library->createStory(story);
    REQUIRE(id > 0);

    SECTION("nominal: media stored before the ledger get it from their files, kept once")
    {
        CHECK(keptOrigins(*library) == 0);
        const std::optional<Story> read = library->story(id);
        REQUIRE(read);
        REQUIRE(read->media.size() == 2);
        const MediaOrigin &first = read->media.at(0).origin;
        CHECK(first.known);
        CHECK(first.captured == QDateTime(QDate(2026, 11, 20), QTime(18, 42, 5)));
        CHECK(first.camera == u"Google Pixel 7");
        CHECK(first.software == u"Snapseed 2.0");
        CHECK(first.edited);
        CHECK(read->media.at(0).showsEditedMark());
        CHECK_FALSE(read->media.at(1).origin.edited);
        CHECK(keptOrigins(*library) == 2);

        // Read again from the rows, not the files: the same account.
        QFile::remove(mediaStorePath(dir.path(), edited.hash, u"jpg"_s));
        CHECK(library->story(id)->media.at(0).origin == first);
    }

    SECTION("nominal: the creator's answer is saved, versioned and restored")
    {
        Story answered = *library->story(id);
        answered.media[0].editedMarkOff = true;
        answered.media[0].editedMarkReason = u"Only straightened, nothing else"_s;
        REQUIRE(library->saveStory(answered));
        const qint64 revision = library->saveRevision(id, u"test"_s);
        REQUIRE(revision > 0);
        CHECK(library->story(id)->media.at(0).editedMarkReason ==
              answered.media[0].editedMarkReason);
        CHECK_FALSE(library->story(id)->media.at(0).showsEditedMark());

        Story marked = answered;
        marked.media[0].editedMarkOff = false;
        REQUIRE(library->saveStory(marked));
        const Story back = *library->story(id);
        CHECK(back.media.at(0).showsEditedMark());
        CHECK(back.media.at(0).editedMarkReason.isEmpty());

        REQUIRE(library->restoreRevision(revision));
        const Story restored = *library->story(id);
        CHECK(restored.media.at(0).editedMarkOff);
        CHECK(restored.media.at(0).editedMarkReason == answered.media[0].editedMarkReason);
        CHECK(restored.media.at(0).origin.edited);
    }

    SECTION("nominal: the answer round-trips through spill-story/1; the ledger stays with the file")
    {
        Story answered = *library->story(id);
        answered.media[0].editedMarkOff = true;
        answered.media[0].editedMarkReason = u"Straightened"_s;
        const QByteArray json =
            writeStoryJson(answered, [](const MediaItem &item) { return item.file; });
        CHECK(json.contains(R"("edited_mark": false)"));
        CHECK_FALSE(json.contains("Snapseed"));
        const StoryJsonResult read = readStoryJson(json, u"story.json"_s);
        REQUIRE(read.ok());
        CHECK(read.story->media.at(0).editedMarkOff);
        CHECK(read.story->media.at(0).editedMarkReason == u"Straightened");
        CHECK_FALSE(read.story->media.at(1).editedMarkOff);

        // A story without an answer writes no key, as older files did.
        const QByteArray plainJson =
            writeStoryJson(story, [](const MediaItem &item) { return item.file; });
        CHECK_FALSE(plainJson.contains("edited_mark"));
    }

    SECTION("error: a wrong type for the answer is named")
    {
        QByteArray json = writeStoryJson(story, [](const MediaItem &item) { return item.file; });
        json.replace(R"("decorative": false)", R"("decorative": false, "edited_mark": "no")");
        const StoryJsonResult read = readStoryJson(json, u"story.json"_s);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error.contains(u"media[0].edited_mark"));
        CHECK(read.error.contains(u"story.json"));
    }

    SECTION("nominal: emptying the trash forgets the ledger of files no story uses")
    {
        REQUIRE(library->story(id));
        CHECK(keptOrigins(*library) == 2);
        REQUIRE(library->moveToTrash(id));
        REQUIRE(library->emptyTrash());
        CHECK(keptOrigins(*library) == 0);
    }
}
