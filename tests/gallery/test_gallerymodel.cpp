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

Story makeStory(const QString &title, FailureKind kind, std::optional<Outcome> outcome,
                Status status, const QDateTime &created, const QStringList &tags = {})
{
    Story story;
    story.title = title;
    story.dish = QStringLiteral("Dish of ") + title;
    story.failureKinds = {kind};
    story.outcome = outcome;
    story.status = status;
    story.created = created;
    story.updated = created;
    story.tags = tags;
    story.beat(Beat::WentWrong) = QStringLiteral("It went wrong when the ") + title.toLower();
    story.beat(Beat::Lesson) = QStringLiteral("Lesson of ") + title;
    return story;
}

QDateTime day(int year, int month, int dayOfMonth)
{
    return QDateTime(QDate(year, month, dayOfMonth), QTime(12, 0), QTimeZone::utc());
}

QStringList titles(const GalleryModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data(TitleRole).toString());
    return list;
}

struct SmallLibrary
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;

    SmallLibrary()
    {
        REQUIRE(dir.isValid());
        OpenResult opened = Library::open(dir.path());
        REQUIRE(opened);
        library = std::move(opened.library);
        const QList<Story> stories {
            makeStory(QStringLiteral("Soufflé that sank"), FailureKind::Collapsed, Outcome::Binned,
                      Status::Published, day(2025, 3, 4), {QStringLiteral("baking")}),
            makeStory(QStringLiteral("Split hollandaise"), FailureKind::SplitOrCurdled,
                      Outcome::Rescued, Status::Ready, day(2025, 5, 10)),
            makeStory(QStringLiteral("Burnt toast"), FailureKind::Burnt, Outcome::Partly,
                      Status::Draft, day(2025, 7, 1), {QStringLiteral("breakfast")}),
            makeStory(QStringLiteral("Charred caramel"), FailureKind::Burnt, Outcome::Rescued,
                      Status::Draft, day(2025, 9, 20)),
            makeStory(QStringLiteral("Apple crumble flood"), FailureKind::SpillOrDrop, std::nullopt,
                      Status::Draft, day(2026, 1, 2), {QStringLiteral("baking")}),
        };
        for (const Story &story : stories)
            REQUIRE(library->createStory(story) > 0);
    }
};

} // namespace

TEST_CASE("gallery model: rows, roles, filters, sort and search")
{
    SmallLibrary fixture;
    GalleryModel model(fixture.library->handle(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitIdle(model);

    SECTION("nominal: every story, newest first, with every role")
    {
        REQUIRE(model.rowCount() == 5);
        CHECK(model.matchingCount() == 5);
        CHECK(model.totalCount() == 5);
        CHECK_FALSE(model.canFetchMore({}));
        const QModelIndex first = model.index(0);
        CHECK(first.data(Qt::DisplayRole).toString() == QStringLiteral("Apple crumble flood"));
        CHECK(first.data(TitleRole) == first.data(Qt::DisplayRole));
        CHECK(first.data(StoryIdRole).toLongLong() > 0);
        CHECK(first.data(SlugRole).toString() == QStringLiteral("apple-crumble-flood"));
        CHECK(first.data(DishRole).toString() == QStringLiteral("Dish of Apple crumble flood"));
        CHECK(first.data(CreatedRole).toDateTime() == day(2026, 1, 2));
        CHECK(first.data(FailureKindsRole).toStringList() ==
              QStringList {QStringLiteral("spill_or_drop")});
        CHECK(first.data(OutcomeRole).toString().isEmpty());
        CHECK(first.data(StatusRole).toString() == QStringLiteral("draft"));
        CHECK(first.data(LessonRole).toString() == QStringLiteral("Lesson of Apple crumble flood"));
        CHECK(first.data(SnippetRole).toString().isEmpty());
        CHECK(first.data(ThumbnailRole).value<QImage>().isNull());
        CHECK(model.index(4).data(OutcomeRole).toString() == QStringLiteral("binned"));
    }

    SECTION("nominal: filters combine and the counts follow")
    {
        GalleryFilters filters;
        filters.failureKinds = {QStringLiteral("burnt")};
        model.setFilters(filters);
        waitIdle(model);
        CHECK(titles(model) ==
              QStringList {QStringLiteral("Charred caramel"), QStringLiteral("Burnt toast")});
        CHECK(model.matchingCount() == 2);
        CHECK(model.totalCount() == 5);

        filters.outcome = QStringLiteral("rescued");
        model.setFilters(filters);
        waitIdle(model);
        CHECK(titles(model) == QStringList {QStringLiteral("Charred caramel")});

        filters = {};
        filters.tag = QStringLiteral("Baking"); // without case
        filters.from = QDate(2025, 3, 4);
        filters.to = QDate(2025, 12, 31);
        model.setFilters(filters);
        waitIdle(model);
        CHECK(titles(model) == QStringList {QStringLiteral("Soufflé that sank")});

        filters = {};
        filters.failureKinds = {QStringLiteral("burnt"), QStringLiteral("collapsed")};
        filters.status = QStringLiteral("draft");
        model.setFilters(filters);
        waitIdle(model);
        CHECK(titles(model) ==
              QStringList {QStringLiteral("Charred caramel"), QStringLiteral("Burnt toast")});
    }

    SECTION("nominal: sort by title and by date, either way")
    {
        GalleryFilters filters;
        filters.sort = GalleryFilters::Sort::Title;
        filters.descending = false;
        model.setFilters(filters);
        waitIdle(model);
        CHECK(titles(model) ==
              QStringList {QStringLiteral("Apple crumble flood"), QStringLiteral("Burnt toast"),
                           QStringLiteral("Charred caramel"), QStringLiteral("Soufflé that sank"),
                           QStringLiteral("Split hollandaise")});
        filters.sort = GalleryFilters::Sort::Created;
        model.setFilters(filters);
        waitIdle(model);
        CHECK(titles(model).constFirst() == QStringLiteral("Soufflé that sank"));
    }

    SECTION("nominal: search without accents finds the soufflé, with a snippet")
    {
        GalleryFilters filters;
        filters.text = QStringLiteral("souffle");
        model.setFilters(filters);
        waitIdle(model);
        REQUIRE(titles(model) == QStringList {QStringLiteral("Soufflé that sank")});
        const QString snippet = model.index(0).data(SnippetRole).toString();
        const QString marked =
            QString(QChar(SnippetMatchStart)) + QStringLiteral("Soufflé") + QChar(SnippetMatchEnd);
        CHECK(snippet.contains(marked));
        CHECK(model.matchingCount() == 1);
        CHECK(model.totalCount() == 5);

        // Search and filters together: the word is there, the kind is not.
        filters.failureKinds = {QStringLiteral("burnt")};
        model.setFilters(filters);
        waitIdle(model);
        CHECK(model.rowCount() == 0);
        CHECK(model.matchingCount() == 0);
    }

    SECTION("robustness: text without words matches nothing; FTS syntax is plain text")
    {
        GalleryFilters filters;
        filters.text = QStringLiteral("\"(");
        model.setFilters(filters);
        waitIdle(model);
        CHECK(model.rowCount() == 0);
        CHECK(model.lastError().isEmpty());
        filters.text = QStringLiteral("toast OR");
        model.setFilters(filters);
        waitIdle(model);
        CHECK(model.lastError().isEmpty());
    }

    SECTION("robustness: a search typed quickly applies only the last text")
    {
        int resets = 0;
        QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
        for (const QString &text : {QStringLiteral("s"), QStringLiteral("sp"),
                                    QStringLiteral("spl"), QStringLiteral("split")}) {
            GalleryFilters filters;
            filters.text = text;
            model.setFilters(filters);
        }
        waitIdle(model);
        CHECK(titles(model) == QStringList {QStringLiteral("Split hollandaise")});
        CHECK(resets == 1);
    }

    SECTION("nominal: refresh shows stories changed in the library")
    {
        REQUIRE(fixture.library->moveToTrash(model.storyId(0)));
        model.refresh();
        waitIdle(model);
        CHECK(model.rowCount() == 4);
        CHECK(model.totalCount() == 4);
        CHECK_FALSE(titles(model).contains(QStringLiteral("Apple crumble flood")));
    }
}
