// SPDX-License-Identifier: GPL-3.0-or-later
#include "storycarddelegate.h"

#include "cardpalette.h"
#include "failureglyphs.h"
#include "gallery/galleryroles.h"
#include "story/story.h"
#include "textlines.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Spill {

namespace {

constexpr int ScaledCacheKb = 48 * 1024;

QFont scaledFont(const QFont &font, qreal factor, bool bold = false)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(std::max(1, qRound(f.pixelSize() * factor)));
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
}

QFont titleFont(const QFont &font)
{
    return scaledFont(font, 1.0, true);
}
QFont smallFont(const QFont &font)
{
    return scaledFont(font, 0.88);
}

struct Metrics
{
    qreal em, margin, padding, width, thumbHeight, titleHeight, lineHeight, pillHeight,
        snippetHeight, gap;
};

Metrics metricsFor(const QFont &font)
{
    const QFontMetricsF fm(font);
    Metrics m {};
    m.em = fm.height();
    m.margin = std::max<qreal>(3, std::round(m.em * 0.22)); // room for the focus ring
    m.padding = std::round(m.em * 0.7);
    m.width = std::round(m.em * 14.5);
    m.thumbHeight = std::round((m.width - 2 * m.margin) * 0.66);
    m.titleHeight = 2 * QFontMetricsF(titleFont(font)).lineSpacing();
    m.lineHeight = fm.lineSpacing();
    m.pillHeight = CardPalette::pillSize(smallFont(font), QStringLiteral("X")).height();
    m.snippetHeight = 2 * QFontMetricsF(smallFont(font)).lineSpacing();
    m.gap = std::round(m.em * 0.3);
    return m;
}

QString failureLabel(const QString &key)
{
    const auto kind = failureKindFromKey(key);
    return kind ? failureKindLabel(*kind) : key;
}

QString outcomeText(const QString &key)
{
    const auto outcome = outcomeFromKey(key);
    return outcome ? outcomeLabel(*outcome) : QString();
}

QString statusText(const QString &key)
{
    const auto status = statusFromKey(key.isEmpty() ? QStringLiteral("draft") : key);
    return status ? statusLabel(*status) : key;
}

// A label with a coloured dot on an opaque base, so it reads on any photo.
void paintBadge(QPainter *painter, const QRectF &picture, Qt::Alignment corner,
                const QString &label, const QColor &hue, const QPalette &pal, const QFont &font,
                qreal inset)
{
    namespace CP = CardPalette;
    if (label.isEmpty())
        return;
    const QSizeF size = CP::pillSize(font, label);
    const qreal dot = size.height() * 0.36;
    const qreal width = std::min(size.width() + dot * 1.6, picture.width() - inset * 2);
    const qreal x =
        corner.testFlag(Qt::AlignRight) ? picture.right() - inset - width : picture.left() + inset;
    const qreal y = corner.testFlag(Qt::AlignBottom) ? picture.bottom() - inset - size.height()
                                                     : picture.top() + inset;
    const QRectF badge(x, y, width, size.height());
    CP::paintPill(painter, badge, QString(), font, pal.color(QPalette::Base), Qt::transparent);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(hue);
    painter->drawEllipse(QPointF(badge.left() + size.height() / 2, badge.center().y()), dot / 2,
                         dot / 2);
    painter->setFont(font);
    painter->setPen(CP::ink(pal, hue));
    const QRectF textRect =
        badge.adjusted(dot * 1.6 + size.height() * 0.25, 0, -size.height() * 0.4, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(font).elidedText(label, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace

StoryCardDelegate::StoryCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_scaled(ScaledCacheKb)
{
}

QSize StoryCardDelegate::cardSize(const QFont &font, bool withSnippet)
{
    const Metrics m = metricsFor(font);
    qreal height = 2 * m.margin + m.thumbHeight + m.padding + m.titleHeight + m.gap + m.lineHeight +
        m.gap * 2 + m.pillHeight + m.padding;
    if (withSnippet)
        height += m.snippetHeight + m.gap;
    return {qRound(m.width), qRound(std::ceil(height))};
}

StoryCardDelegate::Geometry StoryCardDelegate::geometry(const QRect &itemRect, const QFont &font,
                                                        bool withSnippet)
{
    const Metrics m = metricsFor(font);
    Geometry g;
    // A grid cell may be larger than a card: centre the card across it.
    const QSizeF size = cardSize(font, withSnippet);
    QRectF item(itemRect);
    if (item.width() > size.width())
        item = QRectF(item.left() + std::floor((item.width() - size.width()) / 2), item.top(),
                      size.width(), item.height());
    item.setHeight(std::min(item.height(), size.height()));
    g.card = item.adjusted(m.margin, m.margin, -m.margin, -m.margin);
    g.radius = std::round(m.em * 0.55);
    g.padding = m.padding;
    g.thumbnail = QRectF(g.card.left(), g.card.top(), g.card.width(), m.thumbHeight);
    g.text = QRectF(g.card.left() + m.padding, g.thumbnail.bottom() + m.padding,
                    g.card.width() - 2 * m.padding,
                    g.card.bottom() - m.padding - g.thumbnail.bottom() - m.padding);
    return g;
}

QSize StoryCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    return cardSize(option.font, !index.data(SnippetRole).toString().isEmpty());
}

void StoryCardDelegate::paintThumbnail(QPainter *painter, const QRectF &rect,
                                       const QImage &image) const
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize target = (rect.size() * dpr).toSize();
    if (target.isEmpty())
        return;
    const ThumbKey key {image.cacheKey(), target.width(), target.height()};
    QPixmap *pixmap = m_scaled.object(key);
    if (!pixmap) {
        // Crop to the card's aspect ratio around the centre, then scale once.
        const qreal scale = std::max(qreal(target.width()) / image.width(),
                                     qreal(target.height()) / image.height());
        const QSizeF crop(target.width() / scale, target.height() / scale);
        const QRect source(qRound((image.width() - crop.width()) / 2),
                           qRound((image.height() - crop.height()) / 2), qRound(crop.width()),
                           qRound(crop.height()));
        QPixmap scaled = QPixmap::fromImage(
            image.copy(source).scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        scaled.setDevicePixelRatio(dpr);
        pixmap = new QPixmap(scaled);
        m_scaled.insert(key, pixmap,
                        std::max<qsizetype>(1, qsizetype(target.width()) * target.height() / 256));
    }
    painter->drawPixmap(rect, *pixmap, QRectF(QPointF(0, 0), QSizeF(pixmap->size())));
}

void StoryCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    namespace CP = CardPalette;
    const QPalette &pal = option.palette;
    const QString snippet = index.data(SnippetRole).toString();
    const Geometry g = geometry(option.rect, option.font, !snippet.isEmpty());
    const Metrics m = metricsFor(option.font);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);

    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);

    QPainterPath cardPath;
    cardPath.addRoundedRect(g.card, g.radius, g.radius);
    painter->fillPath(cardPath, selected ? CP::selectedCard(pal) : base);

    // Picture: the thumbnail, or the failure kind's drawn placeholder.
    const QStringList kinds = index.data(FailureKindsRole).toStringList();
    const QString kind = kinds.value(0);
    {
        painter->save();
        QPainterPath top;
        top.addRect(g.thumbnail);
        painter->setClipPath(cardPath.intersected(top));
        const QImage thumb = index.data(ThumbnailRole).value<QImage>();
        if (!thumb.isNull())
            paintThumbnail(painter, g.thumbnail, thumb);
        else
            paintFailurePlaceholder(painter, g.thumbnail, kind, pal);
        painter->restore();
    }

    // On the picture: the failure kind bottom left, the status top right.
    const QFont badgeFont = smallFont(option.font);
    if (!kind.isEmpty()) {
        QString label = failureLabel(kind);
        if (kinds.size() > 1)
            label += QStringLiteral(" +%1").arg(kinds.size() - 1);
        paintBadge(painter, g.thumbnail, Qt::AlignLeft | Qt::AlignBottom, label,
                   CP::failureKindHue(kind), pal, badgeFont, g.padding * 0.7);
    }
    const QString status = index.data(StatusRole).toString();
    paintBadge(painter, g.thumbnail, Qt::AlignRight | Qt::AlignTop, statusText(status),
               CP::statusHue(status), pal, badgeFont, g.padding * 0.7);
    // A fail made good says so, top left.
    if (index.data(RedeemedRole).toBool()) {
        paintBadge(painter, g.thumbnail, Qt::AlignLeft | Qt::AlignTop, tr("Redeemed"),
                   CP::outcomeHue(QStringLiteral("rescued")), pal, badgeFont, g.padding * 0.7);
    }

    // Text column: title, then dish and date, then the snippet.
    qreal y = g.text.top();
    const QColor text = pal.color(QPalette::Text);
    QString title = index.data(TitleRole).toString();
    if (title.isEmpty())
        title = index.data(Qt::DisplayRole).toString();
    painter->setPen(title.isEmpty() ? CP::muted(pal) : text);
    y += drawWrappedText(painter, QPointF(g.text.left(), y), g.text.width(), titleFont(option.font),
                         {title.isEmpty() ? tr("Untitled story") : title, {}}, 2);
    y += m.gap;

    // The dish, and the date on the right of the same line.
    {
        const QFont small = smallFont(option.font);
        const QDateTime created = index.data(CreatedRole).toDateTime();
        const QString date = created.isValid()
            ? option.locale.toString(created.date(), QLocale::ShortFormat)
            : QString();
        const qreal dateWidth = date.isEmpty() ? 0 : QFontMetricsF(small).horizontalAdvance(date);
        painter->setPen(CP::muted(pal));
        if (!date.isEmpty()) {
            painter->setFont(small);
            painter->drawText(QRectF(g.text.right() - dateWidth, y, dateWidth, m.lineHeight),
                              Qt::AlignRight | Qt::AlignVCenter, date);
        }
        const qreal dishWidth = g.text.width() - (date.isEmpty() ? 0 : dateWidth + m.gap * 2);
        painter->setFont(option.font);
        painter->drawText(
            QRectF(g.text.left(), y, dishWidth, m.lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(option.font)
                .elidedText(index.data(DishRole).toString(), Qt::ElideRight, dishWidth));
    }
    y += m.lineHeight + m.gap;

    if (!snippet.isEmpty()) {
        QTextCharFormat match;
        match.setFontWeight(QFont::Bold);
        match.setBackground(CP::matchBackground(pal));
        painter->setPen(CP::snippetText(pal));
        drawWrappedText(painter, QPointF(g.text.left(), y), g.text.width(), smallFont(option.font),
                        parseSnippet(snippet, match), 2);
    }

    // Along the bottom: the outcome pill, then the tags, quieter, as many as
    // fit; the ones left over are counted ("+2") and named in the tooltip.
    {
        const QFont font = smallFont(option.font);
        const QFontMetricsF small(font);
        const qreal top = g.text.bottom() - m.pillHeight;
        const qreal limit = g.text.right();
        const qreal pillPadding = CP::pillSize(font, QString()).width();
        qreal x = g.text.left();
        const auto pill = [&](const QString &label, const QColor &background,
                              const QColor &foreground) {
            const QRectF rect(QPointF(x, top), CP::pillSize(font, label));
            CP::paintPill(painter, rect, label, font, background, foreground);
            x = rect.right() + m.gap;
        };
        // The label shortened to end by `room`; empty when too little of it
        // would be left to read.
        const auto fitted = [&](const QString &label, qreal room) {
            const qreal width = room - x - pillPadding;
            if (small.horizontalAdvance(label) <= width)
                return label;
            const QString elided = small.elidedText(label, Qt::ElideRight, width);
            return elided.size() >= 4 ? elided : QString();
        };
        const QString outcome = index.data(OutcomeRole).toString();
        const QString outcomeLabel = outcomeText(outcome);
        if (!outcomeLabel.isEmpty() && x + CP::pillSize(font, outcomeLabel).width() <= limit) {
            const QColor hue = CP::outcomeHue(outcome);
            pill(outcomeLabel, CP::tint(pal, hue, CP::PillTint), CP::ink(pal, hue));
        }
        const QStringList tags = index.data(TagsRole).toStringList();
        const QColor tagBack = CP::tagBackground(pal);
        const QColor tagInk = CP::muted(pal);
        for (qsizetype i = 0; i < tags.size(); ++i) {
            const bool last = i + 1 == tags.size();
            // Keep room for a "+N" pill after this one unless it is the last.
            const QString after = QStringLiteral("+%1").arg(tags.size() - i - 1);
            const qreal room = last ? limit : limit - CP::pillSize(font, after).width() - m.gap;
            const QString label = fitted(tags.at(i), room);
            if (label.isEmpty()) {
                const QString rest = QStringLiteral("+%1").arg(tags.size() - i);
                if (x + CP::pillSize(font, rest).width() <= limit)
                    pill(rest, tagBack, tagInk);
                break;
            }
            pill(label, tagBack, tagInk);
            if (label != tags.at(i) && !last) {
                pill(after, tagBack, tagInk); // the room kept for it
                break;
            }
        }
    }

    // Outline: a hairline normally, the highlight when selected, and a ring
    // outside it for the keyboard focus so it shows on selected cards too.
    painter->setBrush(Qt::NoBrush);
    if (selected) {
        painter->setPen(QPen(highlight, 2));
        painter->drawRoundedRect(g.card.adjusted(1, 1, -1, -1), g.radius - 1, g.radius - 1);
    } else {
        painter->setPen(
            QPen(hovered ? CP::mix(CP::hairline(pal), text, 0.25) : CP::hairline(pal), 1));
        painter->drawRoundedRect(g.card.adjusted(0.5, 0.5, -0.5, -0.5), g.radius, g.radius);
    }
    if (focused) {
        QColor ring = highlight;
        ring.setAlphaF(selected ? 0.55 : 0.9);
        painter->setPen(QPen(ring, 1.5));
        const qreal out = m.margin - 1;
        painter->drawRoundedRect(g.card.adjusted(-out, -out, out, out), g.radius + out,
                                 g.radius + out);
    }
    painter->restore();
}

bool StoryCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !index.isValid() ||
        index.data(Qt::ToolTipRole).isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // The card elides; the tooltip tells the whole of it.
    QStringList lines {index.data(TitleRole).toString()};
    const QString dish = index.data(DishRole).toString();
    if (!dish.isEmpty())
        lines << dish;
    QStringList kindLabels;
    for (const QString &key : index.data(FailureKindsRole).toStringList())
        kindLabels << failureLabel(key);
    if (!kindLabels.isEmpty())
        lines << kindLabels.join(QStringLiteral(", "));
    const QStringList tags = index.data(TagsRole).toStringList();
    if (!tags.isEmpty())
        lines << tr("Tags: %1").arg(tags.join(QStringLiteral(", ")));
    QToolTip::showText(event->globalPos(), lines.join(QChar(u'\n')), view);
    return true;
}

} // namespace Spill
