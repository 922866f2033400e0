// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile or unusual story cannot do to an export.
#include "../fuzz/livemarkup.h"
#include "export/exporter.h"
#include "export/exportsink.h"
#include "export/htmlpage.h"
#include "export/markdown.h"
#include "export/markdownpost.h"
#include "export/post.h"
#include "exportfixture.h"
#include "story/slug.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmark-gfm.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

QByteArray exportedPost(ExportFormat format, const ExportInput &input)
{
    MemorySink sink;
    const ExportResult result = exporterFor(format)->exportStory(input, {}, sink);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return sink.files().value(result.files.last());
}

} // namespace

TEST_CASE("front matter parses back exactly")
{
    const QStringList titles = {
        u": \" --- # 🍰"_s,
        u"---\n...\n%YAML 1.2"_s,
        u"كعكة الشوكولاتة التي انهارت"_s, // right-to-left
        u"‏שוקולד‎ mixed ltr"_s,
        u"'single' \"double\" `back` \\ back\\slash"_s,
        u"- list? [flow] {map: 1} &anchor *alias !tag |"_s,
        u"yes"_s,
        u"null"_s,
        u"0o17"_s,
        u"  leading and trailing  "_s,
        u"tab\there and a\nnew line"_s,
        u"{{ site.title }} {% raw %} {{< shortcode >}}"_s,
    };
    for (const QString &title : titles) {
        ExportInput input = bareStory();
        input.story.slug = u"round-trip"_s;
        input.story.title = title;
        input.story.dish = title;
        input.story.tags = {title, u"#hash"_s};
        input.story.created = QDateTime(QDate(2026, 3, 4), QTime(5, 6), QTimeZone(-7 * 3600));
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll}) {
            const QByteArray yaml = frontMatterOf(exportedPost(format, input));
            INFO(exportFormatKey(format).toStdString() << "\n" << yaml.toStdString());
            const YAML::Node node = YAML::Load(yaml.toStdString());
            CHECK(QString::fromStdString(node["title"].as<std::string>()) == title);
            CHECK(QString::fromStdString(node["tags"][0].as<std::string>()) == title);
            const YAML::Node dish =
                format == ExportFormat::Hugo ? node["params"]["dish"] : node["dish"];
            CHECK(QString::fromStdString(dish.as<std::string>()) == title);
            CHECK(node["date"].as<std::string>() == "2026-03-04T05:06:00-07:00");
        }
    }
}

TEST_CASE("front matter: values that YAML would type or break stay strings")
{
    // A plain scalar like these is read by YAML 1.1 (Jekyll's Psych) or 1.2
    // (Hugo) as a number, boolean, date, null or merge key: it must be quoted.
    const QStringList typed = {
        u"2024"_s,       u"3.14"_s,
        u"yes"_s,        u"off"_s,
        u"0x1F"_s,       u".inf"_s,
        u"-.INF"_s,      u".NaN"_s,
        u"2026-11-20"_s, u"12:30"_s,
        u"1,000"_s,      u"~"_s,
        u"Null"_s,       u"1e3"_s,
        u"0b101"_s,      u"0o17"_s,
        u"+12"_s,        u"2026-11-20 18:30:00 +01:00"_s,
        u"<<"_s,         u"="_s,
        u":symbol"_s,    u"Y"_s,
        u"On"_s,         u"FALSE"_s,
        u"017"_s,        u"190:20:30.15"_s,
    };
    // Raw, these make front matter that does not parse, or parses to other text.
    const QStringList breaking = {
        u"carriage\rreturn"_s,
        u"next"_s + QChar(0x85) + u"line"_s,
        u"line"_s + QChar(0x2028) + u"separator"_s,
        u"para"_s + QChar(0x2029) + u"separator"_s,
        u"delete"_s + QChar(0x7F) + u"d"_s,
        u"bell\u0007 escape\u001b[31m"_s,
        QString(QChar(0xFEFF)) + u"bom"_s,
        u"Crème brûlée \r\n"_s,
    };
    for (const QString &title : typed + breaking) {
        ExportInput input = bareStory();
        input.story.slug = u"typed"_s;
        input.story.title = title;
        input.story.dish = title;
        input.story.tags = {title};
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll}) {
            const QByteArray yaml = frontMatterOf(exportedPost(format, input));
            INFO(exportFormatKey(format).toStdString() << "\n" << yaml.toStdString());
            const YAML::Node node = YAML::Load(yaml.toStdString());
            const YAML::Node dish =
                format == ExportFormat::Hugo ? node["params"]["dish"] : node["dish"];
            for (const YAML::Node &value : {node["title"], node["tags"][0], dish}) {
                // As bytes: QString::fromStdString() would drop a leading U+FEFF.
                CHECK(value.as<std::string>() == title.toStdString());
                // "?" is a plain scalar, which a reader resolves by its looks.
                if (typed.contains(title))
                    CHECK(value.Tag() == "!");
            }
        }
    }
}

TEST_CASE("front matter: noncharacters come back as they were, beside escapes and quoting")
{
    const QString plane3 = QString::fromUcs4(U"\U0003FFFF", 1);
    const QString last = QString::fromUcs4(U"\U0010FFFF", 1);
    const QStringList titles = {
        plane3 + QChar(0x7F), // once written as U+FFFD
        u"Soufflé: "_s + QChar(0xFDD0) + u" fell"_s,
        QString(QChar(0xFFFE)) + QChar(0xFFFF),
        last,
        u"2024"_s + QChar(0xFDEF),
        u"*spill0"_s,
        u"x - *spill0"_s,
        u"tab\t"_s + plane3 + u"\\ \"quoted\""_s,
    };
    for (const QString &title : titles) {
        ExportInput input = bareStory();
        input.story.slug = u"noncharacters"_s;
        input.story.title = title;
        input.story.dish = u"*spill1"_s;
        input.story.tags = {u"plain"_s, title, u"x: *spill0"_s};
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll}) {
            const QByteArray yaml = frontMatterOf(exportedPost(format, input));
            INFO(exportFormatKey(format).toStdString() << "\n" << yaml.toStdString());
            const YAML::Node node = YAML::Load(yaml.toStdString());
            CHECK(node["title"].as<std::string>() == title.toStdString());
            REQUIRE(node["tags"].size() == 3);
            CHECK(node["tags"][0].as<std::string>() == "plain");
            CHECK(node["tags"][1].as<std::string>() == title.toStdString());
            CHECK(node["tags"][2].as<std::string>() == "x: *spill0");
            const YAML::Node dish =
                format == ExportFormat::Hugo ? node["params"]["dish"] : node["dish"];
            CHECK(dish.as<std::string>() == "*spill1");
            CHECK_FALSE(yaml.contains("\xEF\xBF\xBD")); // no U+FFFD anywhere
        }
    }
}

TEST_CASE("front matter: a long body keeps characters outside the BMP whole")
{
    // The body is written as UTF-8 a piece of 64K characters at a time; here
    // a surrogate pair falls across the end of the first piece.
    const QString body = u"a"_s + QString::fromUcs4(U"\U0001F370", 1).repeated(40000);
    CHECK(withFrontMatter("title: cake", body) == "---\ntitle: cake\n---\n\n" + body.toUtf8());
}

TEST_CASE("hostile input never reaches the output as live markup")
{
    const ExportInput input = hostileStory();

    SECTION("nominal: HTML pages carry no script, handler or dangerous URL")
    {
        for (ExportFormat format : {ExportFormat::Html, ExportFormat::HtmlSingle}) {
            const QString html = QString::fromUtf8(exportedPost(format, input));
            // Only the theme's own style element, inlined in a single file.
            CHECK(html.count(u"<style"_s) == (format == ExportFormat::HtmlSingle ? 1 : 0));
            // Exactly one script element, the JSON-LD data block.
            CHECK(html.count(u"<script"_s, Qt::CaseInsensitive) == 1);
            CHECK(html.contains(u"<script type=\"application/ld+json\">"_s));
            CHECK(html.count(u"</script"_s, Qt::CaseInsensitive) == 1);
            checkNoLiveMarkup(html.section(u"</script>"_s, 1));
            CHECK_FALSE(html.contains(u"href=\"\""_s));
        }
    }

    SECTION("nominal: the JSON-LD block parses and keeps the title")
    {
        const QString html = QString::fromUtf8(exportedPost(ExportFormat::Html, input));
        const qsizetype start = html.indexOf(u"application/ld+json\">"_s) + 21;
        const qsizetype end = html.indexOf(u"</script>"_s, start);
        const QJsonObject json =
            QJsonDocument::fromJson(html.mid(start, end - start).toUtf8()).object();
        CHECK(json.value(u"@type"_s).toString() == u"BlogPosting"_s);
        CHECK(json.value(u"headline"_s).toString() == input.story.title);
    }

    SECTION("nominal: Markdown outputs carry no raw HTML, dangerous URL or template syntax")
    {
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll}) {
            const QByteArray file = exportedPost(format, input);
            const QString body = QString::fromUtf8(file.mid(file.indexOf("\n---\n", 4) + 5));
            INFO(body.toStdString());
            CHECK_FALSE(body.contains(QRegularExpression(u"(?<![\\\\(])<[a-zA-Z/]"_s)));
            CHECK_FALSE(body.contains(u"javascript:"_s));
            CHECK_FALSE(body.contains(u"vbscript:"_s));
            CHECK_FALSE(body.contains(u"data:"_s));
            CHECK_FALSE(body.contains(u"{"_s)); // kramdown attribute lists, Hugo shortcodes, Liquid
        }
    }

    SECTION("nominal: hostile alt texts, captions and language stay inert")
    {
        QTemporaryDir media;
        REQUIRE(media.isValid());
        ExportInput withMedia = souffleStory(media.path());
        for (MediaItem &item : withMedia.story.media) {
            item.alt = u"\" onerror=\"alert(1)\" x=\"</figure><script>alert(2)</script>"_s;
            item.caption = u"]](javascript:alert(3)) <img src=x onerror=alert(4)> {: onclick=x}"_s;
        }
        ExportOptions options;
        options.language = u"en\"><script>alert(5)</script>"_s;
        for (ExportFormat format : {ExportFormat::Html, ExportFormat::HtmlSingle}) {
            MemorySink sink;
            REQUIRE(exporterFor(format)->exportStory(withMedia, options, sink).ok());
            const QString html = QString::fromUtf8(
                sink.files().value(format == ExportFormat::Html ? u"souffle-that-wasnt/index.html"_s
                                                                : u"souffle-that-wasnt.html"_s));
            CHECK(html.contains(u"<html lang=\"en\">"_s));
            CHECK(html.count(u"<script"_s) == 1);
            checkNoLiveMarkup(html.section(u"</script>"_s, 1));
        }
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll}) {
            MemorySink sink;
            const ExportResult result = exporterFor(format)->exportStory(withMedia, options, sink);
            REQUIRE(result.ok());
            const QByteArray file = sink.files().value(result.files.last());
            const QString body = QString::fromUtf8(file.mid(file.indexOf("\n---\n", 4) + 5));
            INFO(body.toStdString());
            CHECK_FALSE(body.contains(QRegularExpression(u"(?<![\\\\(])<[a-zA-Z/]"_s)));
            CHECK_FALSE(body.contains(u"{"_s));
            CHECK_FALSE(body.contains(QRegularExpression(u"(?<!\\\\)\\]\\(javascript"_s)));
        }
    }

    SECTION("robustness: Markdown rendering keeps text and drops raw HTML")
    {
        CHECK(markdownToHtml(u"<script>x</script>"_s).contains(u"<!-- raw HTML omitted -->"_s));
        CHECK(markdownToHtml(u"[a](javascript:x)"_s) == u"<p>a</p>\n"_s);
        CHECK(markdownToHtml(u"![a](data:image/png;base64,AAAA)"_s) == u"<p>a</p>\n"_s);
        CHECK(markdownToHtml(u"a ~~b~~ www.example.com"_s) ==
              u"<p>a <del>b</del> <a href=\"http://www.example.com\">www.example.com</a></p>\n"_s);
        // Invalid UTF-8 cannot come from a QString, but lone surrogates can.
        CHECK_FALSE(markdownToHtml(QString(QChar(0xD800)) + u"x"_s).isEmpty());
    }
}

TEST_CASE("markdown outputs: an address holding > cannot bring the text after it alive")
{
    // cmark-gfm's autolink takes the whole run as one address; written back
    // between < and > as it was, its own > ended it early and the link after
    // it came alive in Hugo's and Jekyll's Markdown readers.
    for (const QString &text :
         {u"{{:-{:>}}http://x.y&#123;http://x.y[a](javascript:alert(1))>[a](javascript:alert(1))"
          u"http://x.y"_s,
          u"see http://example.com/a>[x](javascript:alert(2)) now"_s,
          u"www.example.com/<b>[y](javascript:alert(3))"_s}) {
        INFO(text.toStdString());
        const QString html = cmarkHtml(sanitizedMarkdown(text), CMARK_OPT_UNSAFE);
        INFO(html.toStdString());
        CHECK_FALSE(html.contains(u"href=\"javascript:"_s));
    }
}

TEST_CASE("markdown outputs: code at the start of a beat stays code, its markup never alive")
{
    // An indented code block first in a beat: trimmed, its first line lost
    // the indent that made it code, and its <a href> came alive.
    for (const QString &text : {u"\tcode <a href=\"javascript:x\">link</a>\n\nafter"_s,
                                u"    <img src=x onerror=alert(1)>\n"_s}) {
        INFO(text.toStdString());
        const QString written = sanitizedMarkdown(text);
        CHECK(written.startsWith(u"    "_s));
        const QString html = cmarkHtml(written, CMARK_OPT_UNSAFE);
        INFO(html.toStdString());
        CHECK(html.startsWith(u"<pre><code>"_s));
        CHECK_FALSE(html.contains(u"<a href"_s));
        CHECK_FALSE(html.contains(u"<img"_s));
    }
}

TEST_CASE("markdown outputs: code whose backticks would pair up otherwise is written as text")
{
    // Found by fuzzing: cmark-gfm wrote a code span back with backticks that
    // paired with others when read again, and the <img onerror> it held came
    // alive beside it.
    QFile file(
        QStringLiteral(SPILL_SOURCE_DIR "/tests/fuzz/corpus/markdown/code-span-backticks.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString html = cmarkHtml(sanitizedMarkdown(text), CMARK_OPT_UNSAFE);
    INFO(html.toStdString());
    CHECK_FALSE(liveMarkup().match(html).hasMatch());
    // Its words are still there, as text.
    CHECK(html.contains(u"onerror=alert(1)"_s));
}

TEST_CASE("descriptions and slugs")
{
    SECTION("nominal: the description is plain text cut at a word")
    {
        const QString words = QString(u"word "_s).repeated(60);
        const QString description = shortDescription(words);
        CHECK(description.size() <= 155);
        CHECK(description.endsWith(QChar(0x2026)));
        CHECK_FALSE(description.contains(u"  "_s));
    }

    SECTION("nominal: random titles always export under a safe slug")
    {
        auto *random = QRandomGenerator::global();
        const QString alphabet = u"aZé ß-_./\\:*?\"<>|…🍰 ٣CONNULcom1LPT9"_s;
        for (int round = 0; round < 300; ++round) {
            QString title;
            const int length = random->bounded(0, 40);
            for (int i = 0; i < length; ++i)
                title += alphabet.at(random->bounded(alphabet.size()));
            ExportInput input = bareStory();
            input.story.title = title;
            MemorySink sink;
            const ExportResult result =
                exporterFor(ExportFormat::Markdown)->exportStory(input, {}, sink);
            INFO(title.toStdString());
            REQUIRE(result.ok());
            const QString file = result.files.last();
            CHECK(isValidSlug(file.chopped(3)));
            CHECK_FALSE(file.contains(u'/'));
        }
    }
}
