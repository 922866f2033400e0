// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallery/gallerymodel.h"
#include "gallery/galleryroles.h"
#include "testsupport.h"
#include "waitidle.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Spill;
using Spill::Test::waitIdle;

namespace {

int rowOfTitle(const GalleryModel &model, const QString &title)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(TitleRole).toString() == title)
            return row;
    }
    return -1;
}

QStringList tagsOf(const GalleryModel &model, const QString &title)
{
    const int row = rowOfTitle(model, title);
    REQUIRE(row >= 0);
    return model.index(row).data(TagsRole).toStringList();
}

struct TaggedLibrary
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    qint64 tart = 0, bread = 0, soup = 0;

    TaggedLibrary()
    {
        REQUIRE(dir.isValid());
        OpenResult opened = Library::open(dir.path());
        REQUIRE(opened);
        library = std::move(opened.library);
        const auto create = [&](const QString &title, const QStringList &tags, int day) {
            Story story;
            story.title = title;
            story.tags = tags;
            story.created = QDateTime(QDate(2026, 2, day), QTime(9, 0), QTimeZone::utc());
            story.updated = story.created;
            const qint64 id = library->createStory(story);
            REQUIRE(id > 0);
            return id;
        };
        // Tags keep the order they were given in, not the alphabet's.
        tart = create(QStringLiteral("Weeping tart"),
                      {QStringLiteral("pastry"), QStringLiteral("Baking, sweet")}, 1);
        bread = create(QStringLiteral("Flat bread"), {QStringLiteral("baking")}, 2);
        soup = create(QStringLiteral("Salty soup"), {}, 3);
    }
};

} // namespace

TEST_CASE("gallery model: tags come with the page")
{
    TaggedLibrary fixture;
    GalleryModel model(fixture.library->handle(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitIdle(model);
    REQUIRE(model.rowCount() == 3);

    SECTION("nominal: each card has its story's tags, in order, and the tooltip names them")
    {
        CHECK(tagsOf(model, QStringLiteral("Weeping tart")) ==
              QStringList {QStringLiteral("pastry"), QStringLiteral("Baking, sweet")});
        CHECK(tagsOf(model, QStringLiteral("Flat bread")) ==
              QStringList {QStringLiteral("baking")});
        CHECK(tagsOf(model, QStringLiteral("Salty soup")).isEmpty());
        const int tart = rowOfTitle(model, QStringLiteral("Weeping tart"));
        CHECK(model.index(tart)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("pastry, Baking, sweet")));
    }

    SECTION("nominal: the tag filter narrows the grid and the cards keep all their tags")
    {
        GalleryFilters filters;
        filters.tag = QStringLiteral("PASTRY");
        model.setFilters(filters);
        waitIdle(model);
        REQUIRE(model.rowCount() == 1);
        CHECK(model.index(0).data(TagsRole).toStringList() ==
              QStringList {QStringLiteral("pastry"), QStringLiteral("Baking, sweet")});
        CHECK(model.matchingCount() == 1);
        CHECK(model.totalCount() == 3);

        filters.tag = QStringLiteral("baking");
        model.setFilters(filters);
        waitIdle(model);
        REQUIRE(model.rowCount() == 1);
        CHECK(model.index(0).data(TitleRole).toString() == QStringLiteral("Flat bread"));

        // A tag is searchable text too.
        filters = {};
        filters.text = QStringLiteral("pastr");
        model.setFilters(filters);
        waitIdle(model);
        REQUIRE(model.rowCount() == 1);
        CHECK(model.index(0).data(TitleRole).toString() == QStringLiteral("Weeping tart"));
    }

    SECTION("nominal: a tag added to several stories shows on their cards after a refresh")
    {
        REQUIRE(
            fixture.library->addTag({fixture.bread, fixture.soup}, QStringLiteral(" weeknight ")));
        model.refresh();
        waitIdle(model);
        CHECK(tagsOf(model, QStringLiteral("Flat bread")) ==
              QStringList {QStringLiteral("baking"), QStringLiteral("weeknight")});
        CHECK(tagsOf(model, QStringLiteral("Salty soup")) ==
              QStringList {QStringLiteral("weeknight")});
        CHECK(tagsOf(model, QStringLiteral("Weeping tart")).size() == 2);
        CHECK(fixture.library->allTags().contains(QStringLiteral("weeknight")));

        GalleryFilters filters;
        filters.tag = QStringLiteral("weeknight");
        model.setFilters(filters);
        waitIdle(model);
        CHECK(model.rowCount() == 2);
        // The search index follows in the same transaction.
        filters = {};
        filters.text = QStringLiteral("weeknight");
        model.setFilters(filters);
        waitIdle(model);
        CHECK(model.rowCount() == 2);
    }
}

TEST_CASE("library: adding a tag to several stories")
{
    TaggedLibrary fixture;
    Library &library = *fixture.library;

    SECTION("nominal: stories that have the tag in any case keep theirs once; the others get it")
    {
        const QDateTime breadUpdated = library.story(fixture.bread)->updated;
        REQUIRE(library.addTag({fixture.tart, fixture.bread}, QStringLiteral("Baking")));
        // A tag the library knows keeps the spelling it has there.
        CHECK(library.story(fixture.tart)->tags ==
              QStringList {QStringLiteral("pastry"), QStringLiteral("Baking, sweet"),
                           QStringLiteral("baking")});
        CHECK(library.story(fixture.bread)->tags == QStringList {QStringLiteral("baking")});
        CHECK(library.story(fixture.bread)->updated == breadUpdated);
        CHECK(library.story(fixture.tart)->updated > library.story(fixture.tart)->created);
    }

    SECTION("robustness: a missing story fails the whole call and changes nothing")
    {
        CHECK_FALSE(library.addTag({fixture.soup, 999999}, QStringLiteral("lost")));
        CHECK(library.lastError().contains(library.databasePath()));
        CHECK(library.lastError().contains(QStringLiteral("999999")));
        CHECK(library.story(fixture.soup)->tags.isEmpty());
        CHECK_FALSE(library.allTags().contains(QStringLiteral("lost")));
    }

    SECTION("robustness: an empty tag or one with control characters is refused")
    {
        CHECK_FALSE(library.addTag({fixture.soup}, QStringLiteral("  ")));
        CHECK_FALSE(library.lastError().isEmpty());
        CHECK_FALSE(library.addTag({fixture.soup},
                                   QStringLiteral("a") + QChar(0x1f) + QStringLiteral("b")));
        CHECK(library.story(fixture.soup)->tags.isEmpty());
    }

    SECTION("robustness: a read-only library refuses")
    {
        OpenResult readOnly = Library::open(fixture.dir.path(), OpenMode::ReadOnly);
        REQUIRE(readOnly);
        CHECK_FALSE(readOnly.library->addTag({fixture.soup}, QStringLiteral("x")));
        CHECK(library.story(fixture.soup)->tags.isEmpty());
    }
}
