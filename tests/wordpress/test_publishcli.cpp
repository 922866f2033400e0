// SPDX-License-Identifier: GPL-3.0-or-later
// `spill publish` to a real WordPress, read back through its REST API and
// its files downloaded: what a reader of the blog gets.
#include "blockparser.h"
#include "mediafixtures.h"
#include "spillrun.h"
#include "testsite.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

QString writeImage(const QString &path, int width, int height, bool noisy)
{
    // A colour of its own, so no other test's upload has the same bytes.
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(QRandomGenerator::global()->generate()));
    if (noisy) {
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                image.setPixel(x, y, QRandomGenerator::global()->generate());
    }
    REQUIRE(image.save(path, nullptr, 95));
    return path;
}

// Where a file has GPS, exiftool names it.
QString gpsOf(const QString &path)
{
    QProcess exiftool;
    exiftool.start(u"exiftool"_s, {u"-ee"_s, u"-a"_s, u"-G1"_s, u"-*GPS*"_s, path});
    REQUIRE(exiftool.waitForFinished(30000));
    return QString::fromUtf8(exiftool.readAllStandardOutput()).trimmed();
}

void addGps(const QString &path)
{
    QProcess exiftool;
    exiftool.start(u"exiftool"_s,
                   {u"-q"_s, u"-overwrite_original"_s, u"-GPSLatitude=48.85"_s,
                    u"-GPSLatitudeRef=N"_s, u"-GPSLongitude=2.35"_s, u"-GPSLongitudeRef=E"_s,
                    u"-Keys:GPSCoordinates=48.85 N, 2.35 E"_s, path});
    REQUIRE(exiftool.waitForFinished(30000));
    REQUIRE_FALSE(gpsOf(path).isEmpty());
}

// An authenticated GET under wp/v2, REQUIREd to work.
QJsonDocument siteGet(const TestSite &site, const QString &route)
{
    QUrl url(site.value(u"SPILL_WP_URL"_s));
    url.setQuery(u"rest_route=/wp/v2/"_s + route.section(u'?', 0, 0) +
                 (route.contains(u'?') ? u'&' + route.section(u'?', 1) : QString()));
    const HttpResult reply = http(site, "GET", url);
    INFO(route.toStdString() << ": " << reply.body.left(300).toStdString());
    REQUIRE(reply.status == 200);
    return QJsonDocument::fromJson(reply.body);
}

// A file from the site, as a reader's browser gets it.
QByteArray download(const TestSite &site, const QString &url)
{
    const HttpResult reply = http(site, "GET", QUrl(url));
    INFO(url.toStdString());
    REQUIRE(reply.status == 200);
    return reply.body;
}

int mediaCount(const TestSite &site)
{
    return int(siteGet(site, u"media?per_page=100&context=edit"_s).array().size());
}

struct CliLibrary
{
    QTemporaryDir dir;
    QString folder() const { return dir.filePath(u"library"_s); }

    // Imports a story with a dream and a reality photo (with GPS) and a
    // clip (with GPS); returns its slug.
    QString importStory(const QString &slug, const QString &title, const QStringList &tags,
                        bool largeReality = false)
    {
        const QDir media(dir.filePath(slug));
        REQUIRE(media.mkpath(u"."_s));
        addGps(writeImage(media.filePath(u"dream.jpg"_s), 320, 240, false));
        addGps(writeImage(media.filePath(u"reality.jpg"_s), largeReality ? 1400 : 300,
                          largeReality ? 1000 : 200, largeReality));
        const QString colour =
            QColor::fromRgb(QRandomGenerator::global()->generate()).name().mid(1);
        REQUIRE(
            runFfmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, u"color=c=0x%1:s=64x36:r=25:d=1"_s.arg(colour),
                       u"-c:v"_s, u"libx264"_s, u"-pix_fmt"_s, u"yuv420p"_s, u"-preset"_s,
                       u"ultrafast"_s, media.filePath(u"clip.mp4"_s)})
                .isEmpty());
        addGps(media.filePath(u"clip.mp4"_s));
        QJsonObject story {
            {u"format"_s, u"spill-story/1"_s},
            {u"slug"_s, slug},
            {u"title"_s, title},
            {u"dish"_s, u"Tarte Tatin"_s},
            {u"tags"_s, QJsonArray::fromStringList(tags)},
            {u"failure_kinds"_s, QJsonArray {u"burnt"_s, u"equipment"_s}},
            {u"beats"_s,
             QJsonObject {{u"intended"_s, u"A glossy **tart**."_s},
                          {u"went_wrong"_s, u"The caramel <script>alert(2)</script> went black."_s},
                          {u"salvage"_s, u"- scraped\n- served anyway"_s},
                          {u"lesson"_s, u"Watch the *caramel*."_s},
                          {u"call_to_action"_s, u"What burnt for you?"_s}}},
            {u"media"_s,
             QJsonArray {QJsonObject {{u"file"_s, u"dream.jpg"_s},
                                      {u"kind"_s, u"photo"_s},
                                      {u"beat"_s, u"went_wrong"_s},
                                      {u"role"_s, u"dream"_s},
                                      {u"alt"_s, u"A golden \"tart\" <i>as planned</i>"_s},
                                      {u"caption"_s, u"The dream & the plan"_s}},
                         QJsonObject {{u"file"_s, u"reality.jpg"_s},
                                      {u"kind"_s, u"photo"_s},
                                      {u"beat"_s, u"went_wrong"_s},
                                      {u"role"_s, u"reality"_s},
                                      {u"alt"_s, u"Black caramel"_s},
                                      {u"caption"_s, u"Reality"_s}},
                         QJsonObject {{u"file"_s, u"clip.mp4"_s},
                                      {u"kind"_s, u"video"_s},
                                      {u"beat"_s, u"salvage"_s},
                                      {u"role"_s, u"step"_s},
                                      {u"alt"_s, u"Smoke rising"_s},
                                      {u"caption"_s, u"The smoke"_s}}}}};
        const QString file = media.filePath(u"story.json"_s);
        QFile json(file);
        REQUIRE(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(story).toJson());
        json.close();
        const Run imported = spill({u"--library"_s, folder(), u"import"_s, file});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        return slug;
    }

    Run publish(const TestSite &site, const QStringList &more, const QString &password)
    {
        return spill(QStringList {u"--library"_s, folder(), u"publish"_s, u"--site"_s,
                                  site.value(u"SPILL_WP_URL"_s), u"--user"_s, site.site().user} +
                         more,
                     password);
    }

    QJsonObject listed(const QString &slug)
    {
        const Run list = spill({u"--library"_s, folder(), u"list"_s, u"--json"_s});
        for (const QJsonValue &story : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (story[u"slug"_s].toString() == slug)
                return story.toObject();
        }
        FAIL("not listed: " << slug.toStdString());
        return {};
    }
};

// "<slug>\t<id>\t<link>" lines.
QList<QStringList> lines(const QString &out)
{
    QList<QStringList> rows;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        rows.append(line.split(u'\t'));
    return rows;
}

} // namespace

TEST_CASE("spill publish: a story read back from the site")
{
    const TestSite site = TestSite::load();
    CliLibrary library;
    REQUIRE(library.dir.isValid());
    const QString title = u"Tart: \"Burnt\" <script>alert(1)</script> — טארט 🔥 & more"_s;
    const QStringList tags {u"caramel & sugar"_s, u"<b>bold</b>"_s, u"yes"_s, u"2024"_s};
    const QString slug = library.importStory(
        u"hostile-tart-%1"_s.arg(QRandomGenerator::global()->generate()), title, tags);
    const int mediaBefore = mediaCount(site);

    const Run first = library.publish(site, {slug}, site.site().appPassword);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QList<QStringList> rows = lines(first.out);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows.first().size() == 3);
    CHECK(rows.first().at(0) == slug);
    const qint64 postId = rows.first().at(1).toLongLong();
    REQUIRE(postId > 0);
    const QJsonObject post = siteGet(site, u"posts/%1?context=edit"_s.arg(postId)).object();

    SECTION("nominal: the title and the taxonomies arrive exactly, and inert")
    {
        CHECK(post[u"status"_s].toString() == u"draft"_s);
        const QString raw = post[u"title"_s][u"raw"_s].toString();
        CHECK(decodeWordPressEntities(raw) == title);
        CHECK_FALSE(raw.contains(u"<script"_s));
        QStringList tagNames;
        for (const QJsonValue &id : post[u"tags"_s].toArray())
            tagNames.append(
                decodeWordPressEntities(siteGet(site, u"tags/%1?context=edit"_s.arg(id.toInteger()))
                                            .object()[u"name"_s]
                                            .toString()));
        tagNames.sort();
        QStringList expected = tags;
        expected.sort();
        CHECK(tagNames == expected);
        QStringList categories;
        for (const QJsonValue &id : post[u"categories"_s].toArray())
            categories.append(siteGet(site, u"categories/%1"_s.arg(id.toInteger()))
                                  .object()[u"name"_s]
                                  .toString());
        categories.sort();
        CHECK(categories == QStringList {u"Burnt"_s, u"Equipment"_s});
        // The description, as the other formats make it, as text.
        const QString excerpt = post[u"excerpt"_s][u"raw"_s].toString();
        CHECK(excerpt.contains(u"went black"_s));
        CHECK_FALSE(excerpt.contains(u"<script"_s));
    }

    SECTION("nominal: the body is native blocks, the pair in columns, the clip with its poster")
    {
        const QJsonArray blocks = parsedBlocks(post[u"content"_s][u"raw"_s].toString());
        checkEveryPartIsABlock(blocks);
        const QStringList names = blockNames(blocks);
        CHECK(names.contains(u"core/columns"_s));
        CHECK(names.count(u"core/image"_s) == 2);
        CHECK(names.count(u"core/video"_s) == 1);
        CHECK_FALSE(names.contains(u"core/html"_s));
        const QString content = post[u"content"_s][u"raw"_s].toString();
        CHECK_FALSE(content.contains(u"<script"_s));
        CHECK(content.contains(u"poster=\""_s));
    }

    SECTION("nominal: every file has its alt text and caption, none has GPS, the reality photo is "
            "featured")
    {
        const QJsonArray attached =
            siteGet(site, u"media?parent=%1&per_page=100&context=edit"_s.arg(postId)).array();
        CHECK(attached.size() == 4); // two photos, the clip and its poster
        CHECK(mediaCount(site) == mediaBefore + 4);
        QTemporaryDir downloads;
        REQUIRE(downloads.isValid());
        QStringList alts;
        for (const QJsonValue &media : attached) {
            alts.append(decodeWordPressEntities(media[u"alt_text"_s].toString()));
            const QString url = media[u"source_url"_s].toString();
            const QString file = downloads.filePath(QUrl(url).fileName());
            QFile out(file);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(download(site, url));
            out.close();
            INFO(url.toStdString());
            CHECK(gpsOf(file).isEmpty());
            if (media[u"id"_s].toInteger() == post[u"featured_media"_s].toInteger())
                CHECK(media[u"alt_text"_s].toString() == u"Black caramel"_s);
            if (media[u"mime_type"_s].toString() == u"video/mp4"_s)
                CHECK(media[u"caption"_s][u"raw"_s].toString() == u"The smoke"_s);
        }
        CHECK(alts.contains(u"A golden \"tart\" <i>as planned</i>"_s));
        CHECK(alts.contains(u"Smoke rising"_s));
        CHECK(post[u"featured_media"_s].toInteger() > 0);
    }

    SECTION("nominal: republishing updates the same post and uploads nothing again")
    {
        const int mediaAfterFirst = mediaCount(site);
        const Run again =
            library.publish(site, {u"--status"_s, u"publish"_s, slug}, site.site().appPassword);
        INFO(again.err.toStdString());
        REQUIRE(again.exitCode == 0);
        CHECK(lines(again.out).first().at(1).toLongLong() == postId);
        CHECK(mediaCount(site) == mediaAfterFirst);
        const QJsonObject republished =
            siteGet(site, u"posts/%1?context=edit"_s.arg(postId)).object();
        CHECK(republished[u"status"_s].toString() == u"publish"_s);
        // The story follows its post: published, at the post's address.
        const QJsonObject listed = library.listed(slug);
        CHECK(listed[u"status"_s].toString() == u"published"_s);
        CHECK(lines(again.out).first().at(2) == republished[u"link"_s].toString());
    }
}

TEST_CASE("spill publish: failures leave the library as it was, a retry finishes the job")
{
    const TestSite site = TestSite::load();
    CliLibrary library;
    REQUIRE(library.dir.isValid());
    const QString slug = library.importStory(
        u"retry-%1"_s.arg(QRandomGenerator::global()->generate()), u"Retried tart"_s, {},
        /*largeReality=*/true);

    SECTION("error: a wrong password is said, nothing is published or kept")
    {
        const Run wrong = library.publish(site, {slug}, u"abcd efgh ijkl mnop qrst uvwx"_s);
        CHECK(wrong.exitCode == 1);
        CHECK(wrong.err.contains(u"did not accept the user name and application password"_s));
        CHECK(wrong.out.isEmpty());
        CHECK(library.listed(slug)[u"status"_s].toString() == u"draft"_s);
    }

    SECTION("error: no password at all says how to give one")
    {
        const Run none = library.publish(site, {slug}, QString());
        CHECK(none.exitCode == 1);
        CHECK(none.err.contains(u"SPILL_WP_APP_PASSWORD"_s));
    }

    SECTION("robustness: a 413 mid-publish names the story and the file; the retry makes one post")
    {
        const int mediaBefore = mediaCount(site);
        {
            // The dream photo passes, the large reality photo does not.
            const SiteSwitch limit(site, u"upload-limit"_s, "60000");
            const Run cut = library.publish(site, {slug}, site.site().appPassword);
            CHECK(cut.exitCode == 1);
            CHECK(cut.out.isEmpty());
            CHECK(cut.err.contains(u"Story \"Retried tart\""_s));
            CHECK(cut.err.contains(u"uploading 02-reality.jpg"_s));
            CHECK(cut.err.contains(u"too large"_s));
            CHECK(mediaCount(site) == mediaBefore + 1);
            CHECK(siteGet(site, u"posts?slug=%1&status=draft,publish&context=edit"_s.arg(slug))
                      .array()
                      .isEmpty());
        }
        const Run retry = library.publish(site, {slug}, site.site().appPassword);
        INFO(retry.err.toStdString());
        REQUIRE(retry.exitCode == 0);
        // The dream photo was reused: four files in all, one post.
        CHECK(mediaCount(site) == mediaBefore + 4);
        CHECK(siteGet(site, u"posts?slug=%1&status=draft,publish&context=edit"_s.arg(slug))
                  .array()
                  .size() == 1);
    }
}
