// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;

TEST_CASE("library: revisions")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    const qint64 id = library->createStory(sampleStory());
    const Story original = *library->story(id);

    SECTION("nominal: a revision is a full snapshot that can be viewed")
    {
        const qint64 revision = library->saveRevision(id, Library::RevisionManual);
        REQUIRE(revision > 0);
        Story changed = original;
        changed.title = QStringLiteral("Changed");
        changed.media.clear();
        changed.tags = {QStringLiteral("new")};
        REQUIRE(library->saveStory(changed));

        const QList<RevisionInfo> list = library->revisions(id);
        REQUIRE(list.size() == 1);
        CHECK(list.first().id == revision);
        CHECK(list.first().storyId == id);
        CHECK(list.first().reason == Library::RevisionManual);
        CHECK(list.first().created.isValid());

        Story snapshot = *library->revision(revision);
        Story expected = original;
        for (MediaItem &item : expected.media)
            item.id = 0;
        CHECK(snapshot == expected);
    }

    SECTION("nominal: restoring first keeps the current state as a revision")
    {
        const qint64 revision = library->saveRevision(id, Library::RevisionManual);
        Story changed = original;
        changed.title = QStringLiteral("Changed");
        changed.beat(Beat::Lesson) = QStringLiteral("A new lesson");
        changed.failureKinds = {FailureKind::Burnt};
        REQUIRE(library->saveStory(changed));

        REQUIRE(library->restoreRevision(revision));
        const Story restored = *library->story(id);
        CHECK(restored.title == original.title);
        CHECK(restored.beat(Beat::Lesson) == original.beat(Beat::Lesson));
        CHECK(restored.failureKinds == original.failureKinds);
        CHECK(restored.media.size() == 2);
        CHECK(restored.slug == original.slug);
        CHECK(restored.updated > original.updated);

        const QList<RevisionInfo> list = library->revisions(id);
        REQUIRE(list.size() == 2);
        CHECK(list.first().reason == Library::RevisionBeforeRestore);
        CHECK(library->revision(list.first().id)->title == QStringLiteral("Changed"));
        // The search index follows the restore.
        CHECK(library->search(QStringLiteral("changed"))->isEmpty());
    }

    SECTION("nominal: saving with a reason adds a revision in the same write")
    {
        Story changed = original;
        changed.status = Status::Published;
        REQUIRE(library->saveStory(changed, Library::RevisionStatusChange));
        const QList<RevisionInfo> list = library->revisions(id);
        REQUIRE(list.size() == 1);
        CHECK(library->revision(list.first().id)->status == Status::Published);
    }

    SECTION("robustness: unknown revisions and stories")
    {
        CHECK_FALSE(library->revision(12345).has_value());
        CHECK_FALSE(library->restoreRevision(12345));
        CHECK(library->lastError().contains(QStringLiteral("12345")));
        CHECK(library->saveRevision(999, Library::RevisionManual) == 0);
        CHECK(library->revisions(999).isEmpty());
        CHECK(library->story(id)->title == original.title);
    }
}
