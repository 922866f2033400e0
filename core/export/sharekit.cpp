// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharekit.h"

#include "exportsink.h"
#include "markdown.h"
#include "post.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <optional>

namespace Spill {

namespace {

const QColor Background(0x1f, 0x1b, 0x18);
const QColor Ink(0xfb, 0xf7, 0xf0);
const QColor Accent(0xb3, 0x4a, 0x1d); // white text on it: 5.9:1

constexpr int Margin = 48;

// The first photo (or clip poster) with this role, as the kit shows it.
std::optional<int> firstWithRole(const Post &post, MediaRole role)
{
    for (int i = 0; i < post.media.size(); ++i) {
        const PostMedia &media = post.media.at(i);
        if (media.item.role != role)
            continue;
        if (media.isVideo() ? !media.posterBytes.isEmpty() : !media.bytes.isEmpty())
            return i;
    }
    return std::nullopt;
}

QImage pictureOf(const PostMedia &media)
{
    QImage image;
    image.loadFromData(media.isVideo() ? media.posterBytes : media.bytes);
    return image.convertToFormat(QImage::Format_RGB32);
}

// Covers `area` with `photo` as far as it can without enlarging it: the
// middle of a larger photo, or a smaller one whole in the middle of the area.
void drawPhoto(QPainter &painter, const QImage &photo, const QRect &area)
{
    if (photo.isNull())
        return;
    const qreal cover =
        std::max(qreal(area.width()) / photo.width(), qreal(area.height()) / photo.height());
    const qreal scale = std::min<qreal>(1.0, cover);
    // The part of the area the scaled photo fills, and the part of the
    // photo that fills it.
    const QSizeF shown(std::min<qreal>(area.width(), photo.width() * scale),
                       std::min<qreal>(area.height(), photo.height() * scale));
    const QRectF target(area.x() + (area.width() - shown.width()) / 2,
                        area.y() + (area.height() - shown.height()) / 2, shown.width(),
                        shown.height());
    const QSizeF taken = shown / scale;
    const QRectF source((photo.width() - taken.width()) / 2, (photo.height() - taken.height()) / 2,
                        taken.width(), taken.height());
    painter.drawImage(target, photo, source);
}

// The largest bold font from `largest` pixels down that fits `text` into
// `area` wrapped at words.
QFont fittedFont(QFont font, const QString &text, const QRect &area, int largest)
{
    font.setBold(true);
    for (int pixels = largest; pixels > 20; pixels -= 2) {
        font.setPixelSize(pixels);
        const QRect needed =
            QFontMetrics(font).boundingRect(area, Qt::TextWordWrap | Qt::AlignLeft, text);
        if (needed.height() <= area.height() && needed.width() <= area.width())
            return font;
    }
    font.setPixelSize(20);
    return font;
}

void drawTitle(QPainter &painter, const QString &title, const QRect &area, int largest)
{
    painter.setFont(fittedFont(painter.font(), title, area, largest));
    painter.setPen(Ink);
    painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, title);
}

// A label on a coloured pill, its top left at `at`.
void drawLabel(QPainter &painter, const QString &text, QPoint at)
{
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(30);
    const QFontMetrics metrics(font);
    const QRect box(at, QSize(metrics.horizontalAdvance(text) + 36, metrics.height() + 16));
    QPainterPath pill;
    pill.addRoundedRect(box, box.height() / 2.0, box.height() / 2.0);
    painter.fillPath(pill, Accent);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
}

QImage canvas(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Background);
    return image;
}

void begin(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
}

struct Side
{
    QImage photo;
    QString label;
    QString alt;
};

// The pin: the title, then the dream above the reality (or the one there is).
QImage paintPin(const QString &title, const QList<Side> &sides)
{
    QImage image = canvas(SharePinSize);
    QPainter painter(&image);
    begin(painter);
    constexpr int TitleHeight = 300;
    drawTitle(painter, title,
              QRect(Margin, Margin / 2, SharePinSize.width() - 2 * Margin, TitleHeight - Margin),
              72);
    const int each = (SharePinSize.height() - TitleHeight) / int(sides.size());
    for (int i = 0; i < sides.size(); ++i) {
        const QRect area(0, TitleHeight + i * each, SharePinSize.width(), each);
        drawPhoto(painter, sides.at(i).photo, area);
        drawLabel(painter, sides.at(i).label, area.topLeft() + QPoint(Margin / 2, Margin / 2));
    }
    return image;
}

// A square: the photo, its label, and the title on a band at the foot.
QImage paintSquare(const QString &title, const Side &side)
{
    QImage image = canvas(ShareSquareSize);
    QPainter painter(&image);
    begin(painter);
    drawPhoto(painter, side.photo, QRect(QPoint(0, 0), ShareSquareSize));
    constexpr int Band = 220;
    const QRect band(0, ShareSquareSize.height() - Band, ShareSquareSize.width(), Band);
    QColor shade = Background;
    shade.setAlpha(215);
    painter.fillRect(band, shade);
    drawTitle(painter, title, band.adjusted(Margin, Margin / 2, -Margin, -Margin / 2), 60);
    drawLabel(painter, side.label, QPoint(Margin / 2, Margin / 2));
    return image;
}

QString describe(const QString &title, const Side &side)
{
    const QString alt = side.alt.simplified();
    return alt.isEmpty() ? QStringLiteral("%1 — %2").arg(title, side.label)
                         : QStringLiteral("%1 — %2: %3").arg(title, side.label, alt);
}

QList<std::pair<int, QString>> sidesOf(const Post &post)
{
    QList<std::pair<int, QString>> sides;
    if (const std::optional<int> dream = firstWithRole(post, MediaRole::Dream))
        sides.append({*dream, QStringLiteral("dream")});
    if (const std::optional<int> reality = firstWithRole(post, MediaRole::Reality))
        sides.append({*reality, QStringLiteral("reality")});
    return sides;
}

QString squareName(int number, const QString &side)
{
    return QStringLiteral("square-%1-%2.jpg").arg(number).arg(side);
}

// A beat's words as one paragraph of plain text.
QString plainParagraph(const QString &markdown)
{
    return markdownToPlainText(markdown).simplified();
}

// At most `limit` characters, cut at a word with an ellipsis; nothing when
// there is no room for a word.
QString cutAtWord(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    if (limit < 2)
        return {};
    return shortDescription(text, limit);
}

QString hashtag(const QString &tag)
{
    QString word;
    for (const QChar c : tag) {
        if (c.isLetterOrNumber() || c == u'_')
            word += c;
    }
    return word.isEmpty() ? QString() : u'#' + word;
}

// Empty when it cannot be encoded.
QByteArray jpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "JPEG", 90))
        return {};
    return bytes;
}

} // namespace

QString ShareKit::altText() const
{
    QStringList entries;
    for (const ShareImage &image : images)
        entries << image.fileName + u'\n' + image.alt;
    return entries.isEmpty() ? QString() : entries.join(QStringLiteral("\n\n")) + u'\n';
}

QString shareCaption(const Post &post)
{
    const Story &story = post.story;
    const QString wentWrong = story.beat(Beat::WentWrong).trimmed();
    const QString hook =
        plainParagraph(wentWrong.isEmpty() ? story.beat(Beat::Intended) : wentWrong);
    const QString lesson = plainParagraph(story.beat(Beat::Lesson));
    const QString lessonLabel = post.words.tip() + u": ";
    QString cta = plainParagraph(story.beat(Beat::CallToAction));
    QStringList tags;
    for (const QString &tag : story.tags) {
        if (const QString word = hashtag(tag); !word.isEmpty() && !tags.contains(word))
            tags << word;
    }
    QString hashtags = tags.join(u' ');

    // The call to action always ends it; the hashtags go before the story's
    // words do, and the hook and the lesson share what is left.
    constexpr int Gap = 2; // the blank line between parts
    const auto size = [](const QString &part) {
        return part.isEmpty() ? 0 : int(part.size()) + Gap;
    };
    if (size(cta) > MaxShareCaption)
        cta = cutAtWord(cta, MaxShareCaption);
    if (size(cta) + size(hashtags) > MaxShareCaption)
        hashtags.clear();
    const int room = MaxShareCaption - size(cta) - size(hashtags) - Gap * 2 -
        (lesson.isEmpty() ? 0 : int(lessonLabel.size()));
    QString shownHook = hook;
    QString shownLesson = lesson;
    if (hook.size() + lesson.size() > room) {
        const int hookRoom = std::max<int>(room / 2, room - int(lesson.size()));
        shownHook = cutAtWord(hook, std::min<int>(int(hook.size()), hookRoom));
        shownLesson = cutAtWord(lesson, room - int(shownHook.size()));
    }

    QStringList parts;
    if (!shownHook.isEmpty())
        parts << shownHook;
    if (!shownLesson.isEmpty())
        parts << lessonLabel + shownLesson;
    if (!hashtags.isEmpty())
        parts << hashtags;
    if (!cta.isEmpty())
        parts << cta;
    return parts.join(QStringLiteral("\n\n"));
}

QString shareKitFolder(const Post &post)
{
    return QStringLiteral("_share-kit/") + post.slug + u'/';
}

QStringList shareKitFiles(const Post &post)
{
    if (!post.shareKit)
        return {};
    const QString folder = shareKitFolder(post);
    QStringList files;
    const QList<std::pair<int, QString>> sides = sidesOf(post);
    if (!sides.isEmpty())
        files << folder + QStringLiteral("pin.jpg");
    for (int i = 0; i < sides.size(); ++i)
        files << folder + squareName(i + 1, sides.at(i).second);
    if (!sides.isEmpty())
        files << folder + QStringLiteral("alt-text.txt");
    files << folder + QStringLiteral("caption.txt");
    return files;
}

ShareKit makeShareKit(const Post &post)
{
    ShareKit kit;
    kit.caption = shareCaption(post);
    const QString title = post.story.title.simplified();
    QList<Side> sides;
    QStringList names;
    for (const auto &[index, name] : sidesOf(post)) {
        const PostMedia &media = post.media.at(index);
        Side side {pictureOf(media),
                   media.item.role == MediaRole::Dream ? post.words.intended()
                                                       : post.words.actual(),
                   media.altText()};
        if (side.photo.isNull())
            continue;
        sides << side;
        names << name;
    }
    if (sides.isEmpty())
        return kit;
    QStringList parts;
    for (const Side &side : sides)
        parts << (side.alt.isEmpty() ? side.label : side.label + u": " + side.alt);
    kit.images.append({QStringLiteral("pin.jpg"), paintPin(title, sides),
                       title + QStringLiteral(" — ") + parts.join(QStringLiteral(". ")) + u'.'});
    for (int i = 0; i < sides.size(); ++i)
        kit.images.append({squareName(i + 1, names.at(i)), paintSquare(title, sides.at(i)),
                           describe(title, sides.at(i))});
    return kit;
}

QString writeShareKit(const Post &post, ExportSink &sink, QStringList *written)
{
    if (!post.shareKit)
        return {};
    const ShareKit kit = makeShareKit(post);
    const QString folder = shareKitFolder(post);
    QList<std::pair<QString, QByteArray>> files;
    for (const ShareImage &image : kit.images) {
        const QByteArray bytes = jpeg(image.image);
        if (bytes.isEmpty())
            return QCoreApplication::translate("Export",
                                               "Story \"%1\": the share kit's %2 could not be "
                                               "encoded as JPEG")
                .arg(post.story.title, folder + image.fileName);
        files.append({folder + image.fileName, bytes});
    }
    if (!sidesOf(post).isEmpty())
        files.append({folder + QStringLiteral("alt-text.txt"), kit.altText().toUtf8()});
    files.append({folder + QStringLiteral("caption.txt"), (kit.caption + u'\n').toUtf8()});
    for (const auto &[path, bytes] : std::as_const(files)) {
        if (QString error = sink.write(path, bytes); !error.isEmpty())
            return error;
        written->append(path);
    }
    return {};
}

} // namespace Spill
