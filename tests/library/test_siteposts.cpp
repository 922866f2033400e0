// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"
#include "library/siteposts.h"
#include "librarytestsupport.h"

#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;

TEST_CASE("library: site posts and uploads")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("lib"));
    auto library = openLibrary(folder);
    const qint64 id = library->createStory(sampleStory());
    REQUIRE(id > 0);
    const QString site = normalizedSiteAddress(QUrl(QStringLiteral("https://Blog.example/food")));

    SECTION("nominal: a site address has one key, whatever its spelling")
    {
        CHECK(site == QStringLiteral("https://blog.example/food/"));
        CHECK(normalizedSiteAddress(QUrl(QStringLiteral("https://blog.example:443/food///"))) ==
              site);
        CHECK(normalizedSiteAddress(QUrl(QStringLiteral("http://127.0.0.1:8080"))) ==
              QStringLiteral("http://127.0.0.1:8080/"));
        CHECK(normalizedSiteAddress(QUrl(QStringLiteral("ftp://blog.example/"))).isEmpty());
        CHECK(normalizedSiteAddress(QUrl(QStringLiteral("food"))).isEmpty());
    }

    SECTION("nominal: a recorded post and its uploads are read back, and replaced on republish")
    {
        std::optional<SitePost> none = library->sitePost(id, site);
        REQUIRE(none);
        CHECK(none->postId == 0);

        SitePost post {
            12, QStringLiteral("https://blog.example/food/?p=12"), QStringLiteral("draft"), {}};
        const QHash<QString, SiteUpload> uploads {
            {QStringLiteral("aa11"), {40, QStringLiteral("https://blog.example/a.jpg")}},
            {QStringLiteral("bb22"), {41, QStringLiteral("https://blog.example/b.mp4")}}};
        REQUIRE(library->recordSitePost(id, site, post, uploads));
        std::optional<SitePost> stored = library->sitePost(id, site);
        REQUIRE(stored);
        CHECK(stored->postId == 12);
        CHECK(stored->status == QStringLiteral("draft"));
        CHECK(stored->published.isValid());
        CHECK(library->siteUploads(site) == uploads);
        // Another site knows nothing of them.
        CHECK(library->sitePost(id, QStringLiteral("https://other.example/"))->postId == 0);
        CHECK(library->siteUploads(QStringLiteral("https://other.example/"))->isEmpty());

        post.status = QStringLiteral("publish");
        post.link = QStringLiteral("https://blog.example/food/souffle/");
        REQUIRE(library->recordSitePost(
            id, site, post, {{QStringLiteral("cc33"), {42, QStringLiteral("https://c")}}}));
        stored = library->sitePost(id, site);
        CHECK(stored->status == QStringLiteral("publish"));
        CHECK(stored->link == post.link);
        CHECK(library->siteUploads(site)->size() == 3);
    }

    SECTION("error: a missing story or post id is refused and nothing is written")
    {
        CHECK_FALSE(library->recordSitePost(id + 100, site, SitePost {5, {}, {}, {}}, {}));
        CHECK(library->lastError().contains(QStringLiteral("no such story")));
        CHECK_FALSE(library->recordSitePost(id, site, SitePost {},
                                            {{QStringLiteral("dd44"), {1, QStringLiteral("u")}}}));
        CHECK(library->siteUploads(site)->isEmpty());
    }

    SECTION("nominal: deleting a story from the trash forgets its post, not the uploads")
    {
        REQUIRE(library->recordSitePost(id, site, SitePost {7, {}, {}, {}},
                                        {{QStringLiteral("ee55"), {3, QStringLiteral("u")}}}));
        REQUIRE(library->moveToTrash(id));
        REQUIRE(library->emptyTrash());
        CHECK(library->sitePost(id, site)->postId == 0);
        CHECK(library->siteUploads(site)->size() == 1);
    }
}
