// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediatiledelegate.h"

#include "appearance/colourroles.h"
#include "clipduration.h"
#include "document/mediastripmodel.h"
#include "mediathumbnailmodel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Spill {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Three soft hills and a sun, like a sketched photo: the tile's place while
// its thumbnail is made.
void drawPlaceholder(QPainter *painter, const QRectF &frame, const QColor &fill)
{
    const qreal w = frame.width();
    const qreal h = frame.height();
    QPainterPath hills;
    hills.moveTo(frame.left(), frame.bottom());
    hills.lineTo(frame.left() + w * 0.35, frame.top() + h * 0.55);
    hills.lineTo(frame.left() + w * 0.55, frame.top() + h * 0.72);
    hills.lineTo(frame.left() + w * 0.75, frame.top() + h * 0.48);
    hills.lineTo(frame.right(), frame.top() + h * 0.7);
    hills.lineTo(frame.right(), frame.bottom());
    hills.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawPath(hills);
    painter->drawEllipse(QPointF(frame.left() + w * 0.72, frame.top() + h * 0.28), h * 0.08,
                         h * 0.08);
}

// White text on a dark rounded pill, readable on any photo.
void drawPill(QPainter *painter, const QRectF &box, const QString &text)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(Colours::photoScrim());
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(Qt::white);
    painter->drawText(box, Qt::AlignCenter, text);
}

} // namespace

MediaTileDelegate::MediaTileDelegate(int height, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_height(height)
{
}

QSize MediaTileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    // Keep the photo's shape, within reason, so a tall phone shot and a
    // wide clip both read as what they are.
    const QSize size = index.data(MediaStripModel::SizeRole).toSize();
    qreal aspect = 4.0 / 3.0;
    if (size.width() > 0 && size.height() > 0)
        aspect = std::clamp(qreal(size.width()) / size.height(), 0.6, 1.8);
    return {int(m_height * aspect), m_height};
}

void MediaTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette &pal = option.palette;
    const QRectF frame = QRectF(option.rect).adjusted(2, 2, -2, -2);
    const qreal radius = 6;
    QPainterPath clip;
    clip.addRoundedRect(frame, radius, radius);

    const QColor paper = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);
    painter->fillPath(clip, mix(paper, ink, 0.08));

    const auto state = MediaThumbnailModel::ThumbnailState(
        index.data(MediaThumbnailModel::ThumbnailStateRole).toInt());
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    painter->save();
    painter->setClipPath(clip);
    if (!image.isNull()) {
        // Fill the tile, cropping the overflow: a strip of even tiles reads
        // better than letterboxed ones.
        const QSizeF scaled =
            QSizeF(image.size()).scaled(frame.size(), Qt::KeepAspectRatioByExpanding);
        painter->drawImage(
            QRectF(frame.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled),
            image);
    } else {
        const bool loading = state == MediaThumbnailModel::ThumbnailState::Loading;
        drawPlaceholder(painter, frame, mix(paper, ink, loading ? 0.14 : 0.2));
        if (!loading) {
            painter->setPen(QPen(mix(paper, ink, 0.55), 2));
            const QPointF c = frame.center();
            const qreal s = frame.height() * 0.1;
            painter->drawLine(c + QPointF(-s, -s), c + QPointF(s, s));
            painter->drawLine(c + QPointF(-s, s), c + QPointF(s, -s));
        }
    }
    painter->restore();

    QFont small = option.font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    painter->setFont(small);
    const QFontMetricsF metrics(small);
    const qreal pillHeight = metrics.height() + 4;

    // The caption along the bottom, on a shade that fades upwards.
    qreal durationLeft = frame.right() - 4;
    const bool isClip = index.data(MediaStripModel::KindRole).toInt() == int(MediaKind::Video);
    const qint64 duration = index.data(MediaStripModel::DurationRole).toLongLong();
    QString durationText;
    if (isClip && duration > 0) {
        durationText = formatDuration(duration);
        durationLeft -= metrics.horizontalAdvance(durationText) + 8;
    }
    const QString caption = index.data(MediaStripModel::CaptionRole).toString();
    if (!caption.isEmpty()) {
        const qreal shadeHeight = pillHeight * 2;
        const QRectF shade(frame.left(), frame.bottom() - shadeHeight, frame.width(), shadeHeight);
        QLinearGradient fade(shade.topLeft(), shade.bottomLeft());
        // Dark enough by the caption's line to read on a white photo.
        fade.setColorAt(0, QColor(0, 0, 0, 0));
        fade.setColorAt(0.45, Colours::photoScrim());
        fade.setColorAt(1, Colours::photoScrim());
        painter->save();
        painter->setClipPath(clip);
        painter->fillRect(shade, fade);
        painter->restore();
        QFont plain = small;
        plain.setBold(false);
        painter->setFont(plain);
        const QRectF line(frame.left() + 6, frame.bottom() - pillHeight - 2,
                          durationLeft - frame.left() - 10, pillHeight);
        painter->setPen(Qt::white);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(plain).elidedText(caption, Qt::ElideRight, line.width()));
        painter->setFont(small);
    }

    if (isClip) {
        // Play badge in the middle, length in the corner.
        const qreal r = std::min(frame.width(), frame.height()) * 0.17;
        const QPointF c = frame.center();
        painter->setPen(Qt::NoPen);
        painter->setBrush(Colours::photoScrim());
        painter->drawEllipse(c, r, r);
        QPolygonF triangle;
        triangle << c + QPointF(-r * 0.35, -r * 0.5) << c + QPointF(r * 0.55, 0)
                 << c + QPointF(-r * 0.35, r * 0.5);
        painter->setBrush(Qt::white);
        painter->drawPolygon(triangle);
        if (!durationText.isEmpty()) {
            drawPill(painter,
                     QRectF(durationLeft, frame.bottom() - pillHeight - 4,
                            metrics.horizontalAdvance(durationText) + 8, pillHeight),
                     durationText);
        }
    }

    const auto role = MediaRole(index.data(MediaStripModel::MediaRoleRole).toInt());
    if (role == MediaRole::Dream || role == MediaRole::Reality) {
        const QString text = index.data(MediaStripModel::RoleLabelRole).toString();
        drawPill(painter,
                 QRectF(frame.left() + 4, frame.top() + 4, metrics.horizontalAdvance(text) + 10,
                        pillHeight),
                 text);
    }

    // A photo changed after it was taken says so, as its caption in the post will.
    if (index.data(MediaStripModel::EditedMarkRole).toBool()) {
        const QString text = tr("Edited");
        const qreal width = metrics.horizontalAdvance(text) + 10;
        drawPill(painter, QRectF(frame.right() - 4 - width, frame.top() + 4, width, pillHeight),
                 text);
    }

    // The ring: the highlight colour on the item the keys act on while the
    // strip has the focus; quieter when it has not, or under the mouse.
    const bool marked = option.state & (QStyle::State_Selected | QStyle::State_HasFocus);
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (marked || hovered) {
        const bool keys = option.widget && option.widget->hasFocus();
        const QColor ring = marked && keys ? pal.color(QPalette::Highlight)
            : marked                       ? mix(paper, ink, 0.5)
                                           : mix(paper, ink, 0.3);
        painter->setPen(QPen(ring, marked ? 3 : 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }
    painter->restore();
}

} // namespace Spill
