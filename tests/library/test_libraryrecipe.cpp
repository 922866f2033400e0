// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed recipe kept in the library: saved, read back, versioned,
// duplicated and searched.
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;
using namespace Qt::StringLiterals;

TEST_CASE("library: the fixed recipe")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto library = openLibrary(dir.path());
    Story story;
    story.title = u"Flat focaccia"_s;
    story.beat(Beat::WentWrong) = u"It never rose."_s;
    story.fixedRecipe.ingredients = {u"500 g bread flour"_s, u""_s, u" 7 g fresh yeast "_s};
    story.fixedRecipe.steps = {u"Proof the yeast in warm water."_s, u"Rise for two hours."_s};
    const qint64 id = library->createStory(story);
    REQUIRE(id > 0);
    const FixedRecipe kept {{u"500 g bread flour"_s, u"7 g fresh yeast"_s},
                            {u"Proof the yeast in warm water."_s, u"Rise for two hours."_s}};

    SECTION("nominal: saved in order, blank entries dropped, and read back")
    {
        const std::optional<Story> read = library->story(id);
        REQUIRE(read);
        CHECK(read->fixedRecipe == kept);
        CHECK(queryValue(library->databasePath(), u"SELECT count(*) FROM story_recipe"_s).toInt() ==
              4);
    }

    SECTION("nominal: its words are searched, and stop being found once removed")
    {
        CHECK(searchIds(*library, u"proof"_s) == QList<qint64> {id});
        CHECK(searchIds(*library, u"bread"_s) == QList<qint64> {id});
        Story edited = *library->story(id);
        edited.fixedRecipe.steps.removeFirst();
        REQUIRE(library->saveStory(edited));
        CHECK(searchIds(*library, u"proof"_s).isEmpty());
        CHECK(searchIds(*library, u"hours"_s) == QList<qint64> {id});
    }

    SECTION("nominal: a version keeps it, a duplicate has it, the trash forgets it")
    {
        const qint64 revision = library->saveRevision(id, u"test"_s);
        REQUIRE(revision > 0);
        Story edited = *library->story(id);
        edited.fixedRecipe = {};
        REQUIRE(library->saveStory(edited));
        CHECK(library->story(id)->fixedRecipe.isEmpty());
        CHECK(library->revision(revision)->fixedRecipe == kept);
        REQUIRE(library->restoreRevision(revision));
        CHECK(library->story(id)->fixedRecipe == kept);

        const qint64 copy = library->duplicateStory(id);
        REQUIRE(copy > 0);
        CHECK(library->story(copy)->fixedRecipe == kept);

        REQUIRE(library->moveToTrash(copy));
        REQUIRE(library->emptyTrash());
        CHECK(queryValue(library->databasePath(),
                         u"SELECT count(*) FROM story_recipe WHERE story_id = %1"_s.arg(copy))
                  .toInt() == 0);
    }
}
