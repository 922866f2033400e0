// SPDX-License-Identifier: GPL-3.0-or-later
// "What I changed" kept in the library: saved, read back, versioned,
// duplicated and searched.
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;
using namespace Qt::StringLiterals;

TEST_CASE("library: the changes from the recipe")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto library = openLibrary(dir.path());
    Story story;
    story.title = u"Flat focaccia"_s;
    story.beat(Beat::WentWrong) = u"It never rose."_s;
    story.changes = {
        {DeviationKind::Ingredient, u"yeast"_s, u"fresh yeast"_s, u"old dried yeast"_s, true},
        {}, // a row added and left empty
        {DeviationKind::Temperature, u"the | oven"_s, u"230 °C"_s, u"200 °C"_s, false},
    };
    const qint64 id = library->createStory(story);
    REQUIRE(id > 0);
    const QList<Deviation> kept {story.changes.at(0), story.changes.at(2)};

    SECTION("nominal: saved in order, the empty row dropped, and read back exactly")
    {
        const std::optional<Story> read = library->story(id);
        REQUIRE(read);
        CHECK(read->changes == kept);
        CHECK(
            queryValue(library->databasePath(), u"SELECT count(*) FROM story_changes"_s).toInt() ==
            2);
    }

    SECTION("nominal: their words are searched, and stop being found once removed")
    {
        CHECK(searchIds(*library, u"dried"_s) == QList<qint64> {id});
        CHECK(searchIds(*library, u"230"_s) == QList<qint64> {id});
        Story edited = *library->story(id);
        edited.changes.removeFirst();
        REQUIRE(library->saveStory(edited));
        CHECK(searchIds(*library, u"dried"_s).isEmpty());
        CHECK(searchIds(*library, u"oven"_s) == QList<qint64> {id});
    }

    SECTION("nominal: a version keeps them, a duplicate has them, the trash forgets them")
    {
        const qint64 revision = library->saveRevision(id, u"test"_s);
        REQUIRE(revision > 0);
        Story edited = *library->story(id);
        edited.changes.clear();
        REQUIRE(library->saveStory(edited));
        CHECK(library->story(id)->changes.isEmpty());
        CHECK(library->revision(revision)->changes == kept);
        REQUIRE(library->restoreRevision(revision));
        CHECK(library->story(id)->changes == kept);

        const qint64 copy = library->duplicateStory(id);
        REQUIRE(copy > 0);
        CHECK(library->story(copy)->changes == kept);

        REQUIRE(library->moveToTrash(copy));
        REQUIRE(library->emptyTrash());
        CHECK(queryValue(library->databasePath(),
                         u"SELECT count(*) FROM story_changes WHERE story_id = %1"_s.arg(copy))
                  .toInt() == 0);
    }
}
