// SPDX-License-Identifier: GPL-3.0-or-later
// A post's body in the block editor's markup: as WordPress 6.1's editor
// saves each block, every part a block to WordPress's own parser, and
// nothing a creator typed turned into markup or a block.
#include "blockparser.h"
#include "export/post.h"
#include "postfixture.h"
#include "testsupport.h"
#include "wordpress/blocks/blockmarkup.h"
#include "wordpress/blocks/blockserializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

TEST_CASE("wordpress blocks: the soufflé story as native blocks")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const Post post = preparedPost(souffleStory(temp.path()));
    const QString markup = wordpressBlockMarkup(post, everyMediaUploaded(post));
    const QJsonArray blocks = parsedBlocks(markup);

    SECTION("nominal: WordPress's parser finds every part as a block, in the post's order")
    {
        checkEveryPartIsABlock(blocks);
        const QStringList found = blockNames(blocks);
        for (const QString &name :
             {u"core/heading"_s, u"core/paragraph"_s, u"core/table"_s, u"core/columns"_s,
              u"core/column"_s, u"core/image"_s, u"core/video"_s, u"core/quote"_s})
            CHECK(found.contains(name));
        // The beats' headings, in order, as the post's language says them.
        QStringList headings;
        for (const QJsonValue &block : blocks) {
            if (block[u"name"] == u"core/heading"_s && block[u"depth"].toInt() == 0)
                headings.append(block[u"html"].toString().trimmed());
        }
        CHECK(headings ==
              QStringList {u"<h2>The plan</h2>"_s, u"<h2>Where it went sideways</h2>"_s,
                           u"<h2>The rescue</h2>"_s, u"<h2>What I learned</h2>"_s,
                           u"<h2>Over to you</h2>"_s});
    }

    SECTION("nominal: each photo an image block with its id, alt text and caption")
    {
        int images = 0;
        for (const QJsonValue &block : blocks) {
            if (block[u"name"] != u"core/image"_s)
                continue;
            ++images;
            const qint64 blockId = block[u"attrs"][u"id"].toInteger();
            CHECK(blockId > 100);
            const QString html = block[u"html"].toString();
            CHECK(html.contains(u"class=\"wp-image-%1\""_s.arg(blockId)));
            CHECK(html.contains(u"<figure class=\"wp-block-image size-full\">"_s));
        }
        CHECK(images == 3); // dream, toast, steam
        CHECK(markup.contains(u"alt=\"A tall golden soufflé in a white ramekin\""_s));
        CHECK(markup.contains(u"<figcaption class=\"wp-element-caption\">The plan</figcaption>"_s));
        // A decorative photo has an empty alt, so readers of screens skip it.
        CHECK(markup.contains(u"uploads/04-step.png\" alt=\"\""_s));
    }

    SECTION("nominal: the clip a video block with its poster, the pair two columns")
    {
        QJsonObject video;
        for (const QJsonValue &block : blocks) {
            if (block[u"name"] == u"core/video"_s)
                video = block.toObject();
        }
        REQUIRE(!video.isEmpty());
        CHECK(video[u"depth"].toInt() == 2); // columns > column > video
        CHECK(video[u"attrs"][u"id"].toInteger() > 100);
        CHECK(video[u"html"].toString().contains(
            u"<video controls poster=\"https://blog.example/p.jpg\" "_s));
        CHECK(markup.contains(u"<p><strong>Intended</strong></p>"_s));
        CHECK(markup.contains(u"<p><strong>Actual</strong></p>"_s));
    }

    SECTION("nominal: the exact form of the editor's save for common blocks")
    {
        CHECK(markup.contains(u"<!-- wp:heading -->\n<h2>The plan</h2>\n<!-- /wp:heading -->"_s));
        CHECK(markup.contains(u"<!-- wp:paragraph -->\n<p>Twenty minutes in I opened the oven, "
                              u"<em>just to check</em>."_s));
        CHECK(markup.contains(u"<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><thead>"
                              u"<tr><th>Ingredient</th><th>Amount</th></tr></thead><tbody>"_s));
        CHECK(markup.contains(u"<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\">"
                              u"<!-- wp:paragraph -->\n<p><strong>"_s));
        CHECK(markup.contains(u"<!-- wp:columns -->\n<div class=\"wp-block-columns\">"
                              u"<!-- wp:column -->\n<div class=\"wp-block-column\">"_s));
        // Blocks are separated by one blank line, as the serializer joins them.
        CHECK_FALSE(markup.contains(u"-->\n\n\n"_s));
    }

    SECTION("robustness: a media item not uploaded is left out, not linked to the disk")
    {
        const QString partial = wordpressBlockMarkup(post, {});
        CHECK_FALSE(partial.contains(u"wp:image"_s));
        CHECK_FALSE(partial.contains(u"wp:video"_s));
        CHECK_FALSE(partial.contains(temp.path()));
        checkEveryPartIsABlock(parsedBlocks(partial));
    }
}

TEST_CASE("wordpress blocks: Markdown structures")
{
    ExportInput input = bareStory();
    input.story.beat(Beat::Intended) =
        u"# Big\n\n- one\n- two\n  1. inner\n\n3. three\n4. four\n\n---\n\n"
        u"```\n[gallery] <b>\nhttps://example.com/x\n```\n\n| l | c | r |\n|:--|:-:|--:|\n| 1 | 2 | 3 |"_s;
    const QString markup = wordpressBlockMarkup(preparedPost(input), {});
    const QJsonArray blocks = parsedBlocks(markup);
    checkEveryPartIsABlock(blocks);

    SECTION("nominal: headings sit below the beats', lists keep their items and nesting")
    {
        CHECK(markup.contains(u"<!-- wp:heading {\"level\":3} -->\n<h3>Big</h3>"_s));
        CHECK(markup.contains(u"<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>one</li>\n"
                              u"<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>two"
                              u"<!-- wp:list {\"ordered\":true} -->\n<ol>"_s));
        CHECK(markup.contains(
            u"<!-- wp:list {\"ordered\":true,\"start\":3} -->\n<ol start=\"3\">"_s));
        CHECK(blockNames(blocks).count(u"core/list-item"_s) == 5);
    }

    SECTION("nominal: a quote, code or table inside a list item keeps its words in the item")
    {
        ExportInput nested = bareStory();
        nested.story.beat(Beat::Intended) =
            u"- first\n\n  > quoted *words*\n  > - deep\n\n  ```\n  a < b\n  ```\n\n"
            u"  | k | v |\n  |---|---|\n  | salt | 2 g |\n- second"_s;
        const QString items = wordpressBlockMarkup(preparedPost(nested), {});
        const QJsonArray parsed = parsedBlocks(items);
        checkEveryPartIsABlock(parsed);
        INFO(items.toStdString());
        CHECK(blockNames(parsed) ==
              QStringList {u"core/heading"_s, u"core/list"_s, u"core/list-item"_s,
                           u"core/list-item"_s});
        CHECK(items.contains(u"<li>first<br><br>quoted <em>words</em><br>deep<br><br>"
                             u"<code>a &lt; b</code><br><br>k · v<br>salt · 2 g</li>"_s));
    }

    SECTION("nominal: rules, code and aligned table cells as the editor saves them")
    {
        CHECK(markup.contains(u"<!-- wp:separator -->\n<hr class=\"wp-block-separator "
                              u"has-alpha-channel-opacity\"/>\n<!-- /wp:separator -->"_s));
        CHECK(markup.contains(u"<pre class=\"wp-block-code\"><code>&#91;gallery] &lt;b&gt;\n"
                              u"https:&#47;&#47;example.com/x</code></pre>"_s));
        CHECK(
            markup.contains(u"<th class=\"has-text-align-left\" data-align=\"left\">l</th>"
                            u"<th class=\"has-text-align-center\" data-align=\"center\">c</th>"_s));
    }
}

TEST_CASE("wordpress blocks: nothing a creator typed becomes markup or a block")
{
    ExportInput input = hostileStory();
    const QString smuggled = u"<!-- wp:html --><script>alert(1)</script><!-- /wp:html --> -->"_s;
    for (Beat beat : AllBeats)
        input.story.beat(beat) += u"\n\n"_s + smuggled;
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    addPhotoWithText(input, temp.path(), smuggled);
    const Post post = preparedPost(input);
    const QString markup = wordpressBlockMarkup(
        post, {{post.media.first().fileName, {9, u"https://b.example/p.jpg"_s, 0, {}}}});
    const QJsonArray blocks = parsedBlocks(markup);

    checkEveryPartIsABlock(blocks);
    CHECK_FALSE(blockNames(blocks).contains(u"core/html"_s));
    CHECK_FALSE(markup.contains(u"<script"_s, Qt::CaseInsensitive));
    CHECK_FALSE(markup.contains(u"<!-- wp:html"_s));
    CHECK(markup.contains(u"&lt;!-- wp:html --&gt;&lt;script&gt;"_s));
    checkNoLiveMarkup(markup);
}

TEST_CASE("wordpress blocks: attributes written as WordPress's serializer writes them")
{
    SECTION("nominal: the editor's key order, numbers and strings as JSON")
    {
        CHECK(serializedBlockAttributes({}).isEmpty());
        CHECK(serializedBlockAttributes(
                  {{u"id"_s, 41}, {u"sizeSlug"_s, u"full"_s}, {u"linkDestination"_s, u"none"_s}}) ==
              u"{\"id\":41,\"sizeSlug\":\"full\",\"linkDestination\":\"none\"}"_s);
        CHECK(serializedBlock(u"list"_s, u"<ol start=\"3\"></ol>"_s,
                              {{u"ordered"_s, true}, {u"start"_s, 3}}) ==
              u"<!-- wp:list {\"ordered\":true,\"start\":3} -->\n<ol start=\"3\"></ol>\n"
              u"<!-- /wp:list -->"_s);
    }

    SECTION("robustness: a value can neither end the comment nor open markup")
    {
        const QString hostile =
            u"a -- b --> <!-- wp:html --><script> & \"q\" \u05e9\u05dc\u05d5\u05dd 🍮 \\"_s;
        const QString attributes = serializedBlockAttributes({{u"alt"_s, hostile}});
        CHECK(attributes ==
              u"{\"alt\":\"a \\u002d\\u002d b \\u002d\\u002d\\u003e \\u003c!\\u002d\\u002d wp:html "
              u"\\u002d\\u002d\\u003e\\u003cscript\\u003e \\u0026 \\u0022q\\u0022 "
              u"\u05e9\u05dc\u05d5\u05dd 🍮 \\\\\"}"_s);
        // WordPress's parser reads one block, and the value back whole.
        const QJsonArray parsed =
            parsedBlocks(serializedBlock(u"paragraph"_s, u"<p>x</p>"_s, {{u"alt"_s, hostile}}));
        REQUIRE(parsed.size() == 1);
        CHECK(parsed[0][u"name"] == u"core/paragraph"_s);
        CHECK(parsed[0][u"attrs"][u"alt"] == hostile);
        CHECK(parsed[0][u"html"] == u"\n<p>x</p>\n"_s);
    }
}

TEST_CASE("wordpress blocks: what I changed is a heading and a table block")
{
    ExportInput input = bareStory();
    input.story.changes = {
        {DeviationKind::Time, u"the | proof"_s, u"2 h"_s, u"<b>20 min</b>"_s, true},
    };
    const QString markup = wordpressBlockMarkup(preparedPost(input), {});
    INFO(markup.toStdString());
    const QJsonArray blocks = parsedBlocks(markup);
    checkEveryPartIsABlock(blocks);
    const QStringList names = blockNames(blocks);
    // "What went wrong" is there for the table even with no words of its own.
    CHECK(names.contains(u"core/table"_s));
    CHECK(markup.contains(u"<h3>What I changed</h3>"_s));
    CHECK(markup.contains(u"<td>Time: the | proof</td>"_s));
    CHECK(markup.contains(u"<td>&lt;b&gt;20 min&lt;/b&gt;</td>"_s));
    CHECK(markup.contains(u"<td><strong>Caused it</strong></td>"_s));
}

TEST_CASE("wordpress blocks: the fixed recipe is headings and list blocks after the lesson")
{
    ExportInput input = bareStory();
    input.story.beat(Beat::Lesson) = u"Proof the yeast."_s;
    input.story.beat(Beat::CallToAction) = u"Yours?"_s;
    input.story.fixedRecipe = {{u"- 7 g <b>fresh</b> yeast"_s}, {u"1. Proof it."_s, u"Bake."_s}};
    const QString markup = wordpressBlockMarkup(preparedPost(input), {});
    INFO(markup.toStdString());
    const QJsonArray blocks = parsedBlocks(markup);
    checkEveryPartIsABlock(blocks);
    QStringList headings;
    QStringList items;
    for (const QJsonValue &block : blocks) {
        if (block[u"name"] == u"core/heading"_s)
            headings.append(block[u"html"].toString().trimmed());
        if (block[u"name"] == u"core/list-item"_s)
            items.append(block[u"html"].toString().trimmed());
    }
    CHECK(headings ==
          QStringList {u"<h2>What I learned</h2>"_s, u"<h2>The fixed recipe</h2>"_s,
                       u"<h3>Ingredients</h3>"_s, u"<h3>Method</h3>"_s, u"<h2>Over to you</h2>"_s});
    CHECK(items ==
          QStringList {u"<li>- 7 g &lt;b&gt;fresh&lt;/b&gt; yeast</li>"_s,
                       u"<li>1. Proof it.</li>"_s, u"<li>Bake.</li>"_s});
    CHECK(markup.contains(u"<ol"_s));
}

TEST_CASE("wordpress blocks: an edited photo's caption says so, and the timeline is a list block")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    ExportInput input = souffleStory(temp.path());
    QList<MediaItem> &media = input.story.media;
    media[0].origin.known = media[2].origin.known = true;
    media[0].origin.captured = QDateTime(QDate(2026, 11, 20), QTime(18, 30));
    media[0].origin.edited = true;
    media[0].origin.edits = {u"crop"_s};
    media[2].origin.captured = QDateTime(QDate(2026, 11, 20), QTime(18, 42));
    const Post post = preparedPost(input);
    const QString markup = wordpressBlockMarkup(post, everyMediaUploaded(post));
    INFO(markup.toStdString());
    const QJsonArray blocks = parsedBlocks(markup);
    checkEveryPartIsABlock(blocks);
    CHECK(markup.contains(
        u"<figcaption class=\"wp-element-caption\">The plan (edited: crop)</figcaption>"_s));
    CHECK(markup.contains(u"<h3>How it unfolded</h3>"_s));
    QStringList items;
    for (const QJsonValue &block : blocks) {
        if (block[u"name"] == u"core/list-item"_s)
            items.append(block[u"html"].toString().trimmed());
    }
    REQUIRE(items.size() == 4);
    CHECK(items.at(0).endsWith(u"</strong> The plan</li>"_s));
    CHECK(items.at(1).endsWith(u"</strong> Cheesy soufflé spooned over toast with chives</li>"_s));
    CHECK(items.at(2).contains(u"No capture time:"_s));
}

TEST_CASE("wordpress blocks: a redeemed fail links its redemption in a paragraph block")
{
    ExportInput input = bareStory();
    input.story.redemption.storyId = 9;
    input.story.redemption.story = {9, u"take-two"_s, u"Take <two>"_s,
                                    u"https://blog.example/take-two/"_s};
    const QString markup = wordpressBlockMarkup(preparedPost(input), {});
    INFO(markup.toStdString());
    checkEveryPartIsABlock(parsedBlocks(markup));
    CHECK(markup.contains(u"<p><strong>Redeemed:</strong> <a "
                          "href=\"https://blog.example/take-two/\">Take &lt;two&gt;</a></p>"_s));
}
