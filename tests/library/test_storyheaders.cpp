// SPDX-License-Identifier: GPL-3.0-or-later
// What `spill list` reads: each story's header handed over as it is read.
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;

namespace {

Story headed(const QString &slug, const QString &title, const QString &updated, Status status)
{
    Story story;
    story.slug = slug;
    story.title = title;
    story.dish = QStringLiteral("Soufflé");
    story.status = status;
    story.outcome = Outcome::Partly;
    story.failureKinds = {FailureKind::Collapsed};
    story.created = QDateTime::fromString(QStringLiteral("2026-01-01T08:00:00Z"), Qt::ISODate);
    story.updated = QDateTime::fromString(updated, Qt::ISODate);
    return story;
}

} // namespace

TEST_CASE("library: story headers for a listing")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    const qint64 older =
        library->createStory(headed(QStringLiteral("older"), QStringLiteral("Old"),
                                    QStringLiteral("2026-02-01T10:00:00Z"), Status::Ready));
    const qint64 newer =
        library->createStory(headed(QStringLiteral("newer"), QStringLiteral("New"),
                                    QStringLiteral("2026-03-01T10:00:00Z"), Status::Published));
    const qint64 trashed = library->createStory(
        headed(QStringLiteral("a-much-longer-slug-in-the-trash"), QStringLiteral("Gone"),
               QStringLiteral("2026-04-01T10:00:00Z"), Status::Draft));
    REQUIRE(older > 0);
    REQUIRE(newer > 0);
    REQUIRE(library->moveToTrash(trashed));

    SECTION("nominal: the table's columns, newest change first, the trash left out")
    {
        QList<StorySummary> seen;
        REQUIRE(library->forEachStoryHeader(Library::HeaderColumns::Table,
                                            [&](const StorySummary &s) { seen.append(s); }));
        REQUIRE(seen.size() == 2);
        CHECK(seen.at(0).slug == QStringLiteral("newer"));
        CHECK(seen.at(0).title == QStringLiteral("New"));
        CHECK(seen.at(0).status == Status::Published);
        CHECK(seen.at(0).updated ==
              QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00Z"), Qt::ISODate));
        CHECK(seen.at(1).slug == QStringLiteral("older"));
        CHECK(seen.at(1).status == Status::Ready);
        // Only what the table shows is read.
        CHECK(seen.at(1).dish.isEmpty());
        CHECK_FALSE(seen.at(1).created.isValid());
    }

    SECTION("nominal: every column --json shows, each row filled anew")
    {
        QList<StorySummary> seen;
        REQUIRE(library->forEachStoryHeader(Library::HeaderColumns::Full,
                                            [&](const StorySummary &s) { seen.append(s); }));
        REQUIRE(seen.size() == 2);
        for (const StorySummary &s : seen) {
            CHECK(s.dish == QStringLiteral("Soufflé"));
            CHECK(s.outcome == Outcome::Partly);
            CHECK(s.failureKinds == QList<FailureKind> {FailureKind::Collapsed});
            CHECK(s.created ==
                  QDateTime::fromString(QStringLiteral("2026-01-01T08:00:00Z"), Qt::ISODate));
        }
        CHECK(seen.at(0).id == newer);
        CHECK(seen.at(1).id == older);
    }

    SECTION("nominal: the longest slug counts the trash, read without the story rows")
    {
        CHECK(library->longestSlugLength() ==
              QStringLiteral("a-much-longer-slug-in-the-trash").size());
    }
}
