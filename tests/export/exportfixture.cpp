// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"

#include "export/exportsink.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmark-gfm.h>
#include <cstdlib>

namespace Spill::Test {

QString writePhoto(const QString &path, int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color.darker(200));
    painter.drawPolygon(QPolygon({QPoint(0, 0), QPoint(width, 0), QPoint(0, height)}));
    painter.end();
    REQUIRE(image.save(path));
    return path;
}

ExportInput souffleStory(const QString &mediaDir)
{
    Story story;
    story.slug = QStringLiteral("souffle-that-wasnt");
    story.title = QStringLiteral("The Soufflé That Wasn't");
    story.dish = QStringLiteral("Cheese soufflé");
    story.recipeUrl = QStringLiteral("https://example.com/souffle");
    story.beat(Beat::Intended) = QStringLiteral(
        "My sister's birthday called for a **cheese soufflé** that rose five centimetres "
        "above the ramekin.\n\n| Ingredient | Amount |\n| --- | --- |\n| Eggs | 4 |\n| "
        "Gruyère | 100 g |");
    story.beat(Beat::WentWrong) = QStringLiteral(
        "Twenty minutes in I opened the oven, *just to check*. The soufflé folded in on itself "
        "like a bouncy castle at closing time. ~~Perfect~~ Flat. More at www.example.org.");
    story.beat(Beat::Salvage) = QStringLiteral("I spooned it onto toast with chives and called it "
                                               "[soufflé rarebit](https://example.com/rarebit).");
    story.beat(Beat::Lesson) = QStringLiteral("Keep the oven door shut for the first 25 minutes.");
    story.beat(Beat::CallToAction) = QStringLiteral("Which dish humbled you last?");
    story.failureKinds = {FailureKind::Collapsed, FailureKind::UnderOrOvercooked};
    story.tags = {QStringLiteral("baking"), QStringLiteral("eggs")};
    story.outcome = Outcome::Partly;
    story.status = Status::Ready;
    story.language = QStringLiteral("en_GB");
    story.created = QDateTime(QDate(2026, 11, 20), QTime(18, 30), QTimeZone(3600));
    story.updated = QDateTime(QDate(2026, 11, 21), QTime(9, 12), QTimeZone(3600));

    QMap<QString, MediaSource> sources;
    auto add = [&](const QString &file, MediaKind kind, Beat beat, MediaRole role,
                   const QString &alt, const QString &caption, bool decorative) {
        MediaItem item;
        item.file = file;
        item.kind = kind;
        item.beat = beat;
        item.role = role;
        item.alt = alt;
        item.caption = caption;
        item.decorative = decorative;
        story.media.append(item);
    };
    const QDir dir(mediaDir);
    sources[QStringLiteral("dream.jpg")] = {
        writePhoto(dir.filePath(QStringLiteral("dream.jpg")), 3000, 2000, QColor(230, 180, 90)),
        {}};
    // A real clip (one second, 64 x 36, H.264): exports remux it.
    const QString clipPath = dir.filePath(QStringLiteral("collapse.mp4"));
    QFile::remove(clipPath);
    REQUIRE(
        QFile::copy(QStringLiteral(SPILL_TEST_DATA_DIR "/export/media/collapse.mp4"), clipPath));
    QFile clip(clipPath);
    sources[QStringLiteral("collapse.mp4")] = {
        clip.fileName(),
        writePhoto(dir.filePath(QStringLiteral("collapse-poster.jpg")), 640, 360,
                   QColor(120, 90, 60))};
    sources[QStringLiteral("toast.jpg")] = {
        writePhoto(dir.filePath(QStringLiteral("toast.jpg")), 800, 1200, QColor(200, 150, 80)), {}};
    sources[QStringLiteral("steam.png")] = {
        writePhoto(dir.filePath(QStringLiteral("steam.png")), 400, 100, QColor(240, 240, 240)), {}};
    add(QStringLiteral("dream.jpg"), MediaKind::Photo, Beat::Intended, MediaRole::Dream,
        QStringLiteral("A tall golden soufflé in a white ramekin"), QStringLiteral("The plan"),
        false);
    add(QStringLiteral("collapse.mp4"), MediaKind::Video, Beat::WentWrong, MediaRole::Reality,
        QStringLiteral("The soufflé sinking as the oven opens"),
        QStringLiteral("Ten seconds later"), false);
    add(QStringLiteral("toast.jpg"), MediaKind::Photo, Beat::Salvage, MediaRole::Result,
        QStringLiteral("Cheesy soufflé spooned over toast with chives"), QString(), false);
    add(QStringLiteral("steam.png"), MediaKind::Photo, Beat::Salvage, MediaRole::Step, QString(),
        QStringLiteral("Steam, for atmosphere"), true);

    ExportInput input;
    input.story = story;
    input.resolveMedia = [sources](const MediaItem &item) { return sources.value(item.file); };
    return input;
}

ExportInput hostileStory()
{
    const QString script = QStringLiteral("<script>alert('x')</script>");
    Story story;
    story.title = QStringLiteral("</script><script>alert(1)</script> \"Quotes\" & <b>bold");
    story.slug = QStringLiteral("hostile");
    story.dish = QStringLiteral("<img src=x onerror=alert(1)>");
    story.recipeUrl = QStringLiteral("javascript:alert(1)");
    story.publishedUrl = QStringLiteral("java\tscript:alert(2)");
    story.beat(Beat::Intended) = script +
        QStringLiteral("\n\n[click](javascript:alert(3)) and [tab](java&#09;script:alert(4)) and "
                       "<a href=\"javascript:alert(5)\">raw</a>");
    story.beat(Beat::WentWrong) = QStringLiteral(
        "<img src=x onerror=\"alert(6)\"> <div onmouseover=alert(7)>unclosed <p><i>broken\n\n"
        "![pic](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox(8)) "
        "[data](data:text/html,<script>alert(9)</script>)");
    story.beat(Beat::Salvage) = QStringLiteral(
        "A paragraph\n{: onclick=\"alert(10)\"}\n\n{{< shortcode >}} and {% include x %}");
    story.beat(Beat::Lesson) = QStringLiteral("<svg onload=alert(11)></svg><style>*{}</style>");
    story.beat(Beat::CallToAction) =
        QStringLiteral("<iframe src=\"javascript:alert(12)\"></iframe>");
    story.tags = {QStringLiteral("<script>"), QStringLiteral("\" onmouseover=\"alert(13)")};
    story.failureKinds = {FailureKind::Other};
    story.status = Status::Published;
    story.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::utc());
    ExportInput input;
    input.story = story;
    return input;
}

QString cmarkHtml(const QString &markdown, int options)
{
    const QByteArray utf8 = markdown.toUtf8();
    char *html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()), options);
    const QString out = QString::fromUtf8(html);
    std::free(html);
    return out;
}

ExportInput bareStory()
{
    ExportInput input;
    input.story.title = QStringLiteral("Just a Title");
    return input;
}

void checkGolden(const QString &relative, const QByteArray &actual)
{
    const QString path = dataPath(QStringLiteral("export/") + relative);
    if (qEnvironmentVariable("SPILL_UPDATE_GOLDEN") == u"1") {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(actual);
        WARN("updated golden file " << path.toStdString());
        return;
    }
    QFile file(path);
    INFO("golden file " << path.toStdString()
                        << " (run with SPILL_UPDATE_GOLDEN=1 to rewrite, then review the diff)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    CHECK(QString::fromUtf8(actual) == QString::fromUtf8(expected));
}

QByteArray withShortDataUris(QByteArray html)
{
    static const QRegularExpression base64(QStringLiteral(";base64,[A-Za-z0-9+/=]+"));
    return QString::fromUtf8(html).replace(base64, QStringLiteral(";base64,...")).toUtf8();
}

QByteArray frontMatterOf(const QByteArray &markdown)
{
    REQUIRE(markdown.startsWith("---\n"));
    const qsizetype end = markdown.indexOf("\n---\n", 4);
    REQUIRE(end > 0);
    return markdown.mid(4, end - 4);
}

} // namespace Spill::Test

namespace Spill::Test {

QStringList startTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>"));
    QStringList tags;
    auto it = tag.globalMatch(html);
    while (it.hasNext())
        tags << it.next().captured(0).toLower();
    return tags;
}

void checkNoLiveMarkup(const QString &html)
{
    static const QRegularExpression handler(QStringLiteral("\\son[a-z]+\\s*="));
    static const QRegularExpression quotedValue(QStringLiteral("\"[^\"]*\"|'[^']*'"));
    for (const QString &tag : startTags(html)) {
        INFO(tag.toStdString());
        // An attribute can only start outside quoted values.
        CHECK_FALSE(QString(tag).replace(quotedValue, QStringLiteral("\"\"")).contains(handler));
        CHECK_FALSE(tag.contains(QStringLiteral("javascript:")));
        CHECK_FALSE(tag.contains(QStringLiteral("vbscript:")));
        CHECK_FALSE(tag.contains(QStringLiteral("data:text")));
        for (const char *element : {"<iframe", "<svg", "<img src=x", "<b>", "<div on"})
            CHECK_FALSE(tag.startsWith(QLatin1StringView(element)));
    }
    CHECK_FALSE(html.contains(QStringLiteral("<script>"), Qt::CaseInsensitive));
}

QString exportedPostText(ExportFormat format, const ExportInput &input,
                         const ExportOptions &options)
{
    MemorySink sink;
    const ExportResult result = exporterFor(format)->exportStory(input, options, sink);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    for (auto it = sink.files().cbegin(); it != sink.files().cend(); ++it) {
        if (it.key().endsWith(QStringLiteral(".html")) || it.key().endsWith(QStringLiteral(".md")))
            return QString::fromUtf8(it.value());
    }
    FAIL("no post was written");
    return {};
}

} // namespace Spill::Test
