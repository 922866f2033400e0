// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarylocation.h"
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;

namespace {

Story storyWithPhotos(const QString &title, const QStringList &hashes)
{
    Story story;
    story.title = title;
    for (const QString &hash : hashes)
        story.media.append(photo(hash, MediaRole::Step));
    return story;
}

void touchMedia(const QString &folder, const QString &hash)
{
    QDir().mkpath(QDir(folder).filePath(QStringLiteral("media")));
    QFile file(mediaFilePath(folder, hash, QStringLiteral("jpg")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("jpeg");
}

} // namespace

TEST_CASE("library: the trash")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    const qint64 a = library->createStory(
        storyWithPhotos(QStringLiteral("A"), {QStringLiteral("only-a"), QStringLiteral("shared")}));
    const qint64 b =
        library->createStory(storyWithPhotos(QStringLiteral("B"), {QStringLiteral("shared")}));

    SECTION("nominal: a story in the trash can be restored whole")
    {
        REQUIRE(library->moveToTrash(a));
        CHECK(library->countStories({}) == 1);
        REQUIRE(library->story(a)); // still readable, e.g. to preview it
        REQUIRE(library->restoreFromTrash(a));
        CHECK(library->countStories({}) == 2);
        CHECK(library->story(a)->media.size() == 2);
    }

    SECTION("nominal: emptying deletes the story and gives back media no one uses")
    {
        library->saveRevision(a, Library::RevisionManual);
        REQUIRE(library->moveToTrash(a));
        const auto unused = library->emptyTrash();
        REQUIRE(unused);
        CHECK(*unused == QList<MediaFile> {{QStringLiteral("only-a"), QStringLiteral("jpg")}});
        CHECK_FALSE(library->story(a).has_value());
        CHECK(library->revisions(a).isEmpty());
        CHECK(library->story(b)->media.size() == 1);
        StoryQuery all;
        all.trash = StoryQuery::Trash::Include;
        CHECK(library->countStories(all) == 1);
        CHECK(library->check().ok);
    }

    SECTION("nominal: media still named by another story's revision is kept")
    {
        // B once used "only-a" too; its revision still needs the file.
        Story old = *library->story(b);
        old.media.append(photo(QStringLiteral("only-a"), MediaRole::Result));
        REQUIRE(library->saveStory(old));
        REQUIRE(library->saveRevision(b, Library::RevisionManual) > 0);
        old.media.removeLast();
        REQUIRE(library->saveStory(old));

        REQUIRE(library->moveToTrash(a));
        const auto unused = library->emptyTrash();
        REQUIRE(unused);
        CHECK(unused->isEmpty());
    }

    SECTION("nominal: removing the unused files from the media store")
    {
        for (const QString &hash : {QStringLiteral("only-a"), QStringLiteral("shared")})
            touchMedia(dir.path(), hash);
        REQUIRE(library->moveToTrash(a));
        const auto unused = library->emptyTrash();
        REQUIRE(unused);
        CHECK(removeMediaFiles(dir.path(), *unused).isEmpty());
        CHECK_FALSE(QFile::exists(
            mediaFilePath(dir.path(), QStringLiteral("only-a"), QStringLiteral("jpg"))));
        CHECK(QFile::exists(
            mediaFilePath(dir.path(), QStringLiteral("shared"), QStringLiteral("jpg"))));
        // Already gone is fine.
        CHECK(removeMediaFiles(dir.path(), *unused).isEmpty());
    }

    SECTION("robustness: unknown stories and an empty trash")
    {
        CHECK_FALSE(library->moveToTrash(999));
        CHECK(library->lastError().contains(QStringLiteral("999")));
        CHECK_FALSE(library->restoreFromTrash(999));
        const auto unused = library->emptyTrash();
        REQUIRE(unused);
        CHECK(unused->isEmpty());
        CHECK(library->countStories({}) == 2);
    }
}
