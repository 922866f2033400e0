// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediatile.h"

#include "async/continuation.h"
#include "clipduration.h"
#include "media/thumbnailcache.h"

#include <QApplication>
#include <QDrag>
#include <QFileInfo>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Spill {

namespace {

// Thumbnails are cached at this size and drawn smaller; the importer
// already stores its preview at this size, so a fresh import is a hit.
constexpr int ThumbnailSize = 256;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QString MediaTile::mimeType()
{
    return QStringLiteral("application/x-spill-media-index");
}

QString MediaTile::thumbnailKey(const MediaItem &item)
{
    return item.hash + QLatin1Char('@') + QString::number(item.posterMs.value_or(0));
}

MediaTile::MediaTile(const MediaItem &item, int index, ThumbnailCache *thumbnails, int height,
                     const QImage &known, QWidget *parent)
    : QWidget(parent)
    , m_item(item)
    , m_index(index)
    , m_height(height)
    , m_thumbnails(thumbnails)
{
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    describe();
    m_image = known;
    if (known.isNull())
        requestThumbnail();
}

MediaTile::~MediaTile() = default;

void MediaTile::setItem(const MediaItem &item, int index)
{
    const bool newPicture = thumbnailKey(item) != thumbnailKey();
    const bool newShape = item.width != m_item.width || item.height != m_item.height;
    m_item = item;
    m_index = index;
    describe();
    if (newShape)
        updateGeometry();
    if (newPicture)
        requestThumbnail();
    update();
}

void MediaTile::describe()
{
    const QString kind = m_item.kind == MediaKind::Video ? tr("Clip") : tr("Photo");
    setAccessibleName(m_item.alt.isEmpty() ? kind : kind + QStringLiteral(": ") + m_item.alt);
    if (m_error.isEmpty())
        setToolTip(m_item.caption.isEmpty() ? QFileInfo(m_item.file).fileName() : m_item.caption);
}

void MediaTile::requestThumbnail()
{
    if (!m_thumbnails)
        return;
    m_loading = true;
    const quint64 request = ++m_request;
    // The request runs on the cache's pool and finishes on its own; a tile
    // gone by then is simply not told.
    onResult(m_thumbnails->request(m_item.hash, QFileInfo(m_item.file).suffix().toLower(),
                                   ThumbnailSize, m_item.posterMs.value_or(0)),
             this,
             [this, request](const ThumbnailResult &result) { finishLoading(result, request); });
}

void MediaTile::finishLoading(const ThumbnailResult &result, quint64 request)
{
    if (request != m_request)
        return;
    m_loading = false;
    m_image = result.image;
    m_error = result.error;
    if (!m_error.isEmpty())
        setToolTip(m_error);
    update();
    emit loaded();
}

void MediaTile::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

void MediaTile::setFocusShown(bool shown)
{
    if (m_focusShown == shown)
        return;
    m_focusShown = shown;
    update();
}

QSize MediaTile::sizeHint() const
{
    // Keep the photo's shape, within reason, so a tall phone shot and a
    // wide clip both read as what they are.
    qreal aspect = 4.0 / 3.0;
    if (m_item.width > 0 && m_item.height > 0)
        aspect = std::clamp(qreal(m_item.width) / m_item.height, 0.6, 1.8);
    return {int(m_height * aspect), m_height};
}

void MediaTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(2, 2, -2, -2);
    const qreal radius = 6;
    QPainterPath clip;
    clip.addRoundedRect(frame, radius, radius);

    const QColor paper = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);
    painter.fillPath(clip, mix(paper, ink, 0.08));

    if (!m_image.isNull()) {
        // Fill the tile, cropping the overflow: a strip of even tiles reads
        // better than letterboxed ones.
        const QSizeF scaled =
            QSizeF(m_image.size()).scaled(frame.size(), Qt::KeepAspectRatioByExpanding);
        const QRectF target(frame.center() - QPointF(scaled.width() / 2, scaled.height() / 2),
                            scaled);
        painter.save();
        painter.setClipPath(clip);
        painter.drawImage(target, m_image);
        painter.restore();
    } else {
        // Loading: three soft bars like a sketched photo; failed: a cross.
        painter.save();
        painter.setClipPath(clip);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mix(paper, ink, m_loading ? 0.14 : 0.2));
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
        painter.drawPath(hills);
        painter.drawEllipse(QPointF(frame.left() + w * 0.72, frame.top() + h * 0.28), h * 0.08,
                            h * 0.08);
        painter.restore();
        if (!m_loading) {
            painter.setPen(QPen(mix(paper, ink, 0.55), 2));
            const QPointF c = frame.center();
            const qreal s = h * 0.1;
            painter.drawLine(c + QPointF(-s, -s), c + QPointF(s, s));
            painter.drawLine(c + QPointF(-s, s), c + QPointF(s, -s));
        }
    }

    const QFont base = font();
    QFont small = base;
    if (base.pointSizeF() > 0)
        small.setPointSizeF(base.pointSizeF() * 0.85);
    small.setBold(true);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    const QColor scrim(0, 0, 0, 150);

    if (m_item.kind == MediaKind::Video) {
        // Play badge in the middle, length in the corner.
        const qreal r = std::min(frame.width(), frame.height()) * 0.17;
        const QPointF c = frame.center();
        painter.setPen(Qt::NoPen);
        painter.setBrush(scrim);
        painter.drawEllipse(c, r, r);
        QPolygonF triangle;
        triangle << c + QPointF(-r * 0.35, -r * 0.5) << c + QPointF(r * 0.55, 0)
                 << c + QPointF(-r * 0.35, r * 0.5);
        painter.setBrush(Qt::white);
        painter.drawPolygon(triangle);
        if (m_item.durationMs > 0) {
            const QString text = formatDuration(m_item.durationMs);
            const QRectF box(frame.right() - metrics.horizontalAdvance(text) - 12,
                             frame.bottom() - metrics.height() - 8,
                             metrics.horizontalAdvance(text) + 8, metrics.height() + 4);
            painter.setBrush(scrim);
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(Qt::white);
            painter.drawText(box, Qt::AlignCenter, text);
        }
    }

    if (m_item.role == MediaRole::Dream || m_item.role == MediaRole::Reality) {
        const QString text = mediaRoleLabel(m_item.role);
        const QRectF box(frame.left() + 4, frame.top() + 4, metrics.horizontalAdvance(text) + 10,
                         metrics.height() + 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(scrim);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, text);
    }

    if (m_selected || underMouse()) {
        const QColor ring = m_selected && m_focusShown ? pal.color(QPalette::Highlight)
            : m_selected                               ? mix(paper, ink, 0.5)
                                                       : mix(paper, ink, 0.3);
        painter.setPen(QPen(ring, m_selected ? 3 : 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }
}

void MediaTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        emit clicked(m_index);
    }
    QWidget::mousePressEvent(event);
}

void MediaTile::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - m_pressPos).manhattanLength() <
            QApplication::startDragDistance())
        return;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(m_index));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab().scaledToHeight(m_height / 2, Qt::SmoothTransformation));
    drag->setHotSpot(QPoint(m_height / 4, m_height / 4));
    drag->exec(Qt::MoveAction);
}

void MediaTile::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit activated(m_index);
}

} // namespace Spill
