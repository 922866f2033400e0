// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoframe.h"

#include "cardpalette.h"
#include "failureglyphs.h"

#include <QPainter>
#include <QPainterPath>

namespace Spill {

PhotoFrame::PhotoFrame(const QString &caption, const QString &missingText, QWidget *parent)
    : QWidget(parent)
    , m_caption(caption)
    , m_missing(missingText)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(caption);
    setAccessibleDescription(missingText);
}

void PhotoFrame::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = QPixmap();
    setAccessibleDescription(image.isNull() ? m_missing : QString());
    update();
}

void PhotoFrame::setPlaceholderKind(const QString &kindKey)
{
    m_kind = kindKey;
    update();
}

QSize PhotoFrame::sizeHint() const
{
    const int width = fontMetrics().height() * 14;
    return {width, heightForWidth(width)};
}

QSize PhotoFrame::minimumSizeHint() const
{
    const int width = fontMetrics().height() * 6;
    return {width, heightForWidth(width)};
}

int PhotoFrame::heightForWidth(int width) const
{
    // A 4:3 picture and one line of caption.
    return width * 3 / 4 + fontMetrics().lineSpacing() + fontMetrics().height() / 3;
}

QRectF PhotoFrame::pictureRect() const
{
    const qreal captionHeight = fontMetrics().lineSpacing() + fontMetrics().height() / 3.0;
    QRectF area(rect());
    area.setBottom(area.bottom() - captionHeight);
    // Keep 4:3 inside whatever height the layout gave.
    const qreal width = std::min(area.width(), area.height() * 4.0 / 3.0);
    const qreal height = width * 3.0 / 4.0;
    return {area.center().x() - width / 2, area.top(), width, height};
}

void PhotoFrame::resizeEvent(QResizeEvent *event)
{
    m_scaled = QPixmap();
    QWidget::resizeEvent(event);
}

void PhotoFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    const QRectF picture = pictureRect();
    const qreal radius = fontMetrics().height() * 0.5;
    QPainterPath clip;
    clip.addRoundedRect(picture, radius, radius);

    painter.save();
    painter.setClipPath(clip);
    if (!m_image.isNull()) {
        // Fit, not crop: here the whole photo matters. Letterbox on a tint.
        painter.fillRect(picture, CardPalette::photoFrame(palette()));
        const qreal dpr = devicePixelRatioF();
        const QSize fitted =
            m_image.size().scaled((picture.size() * dpr).toSize(), Qt::KeepAspectRatio);
        if (m_scaled.isNull() || m_scaled.size() != fitted) {
            m_scaled = QPixmap::fromImage(
                m_image.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(dpr);
        }
        const QSizeF logical = QSizeF(m_scaled.size()) / dpr;
        painter.drawPixmap(QPointF(picture.center().x() - logical.width() / 2,
                                   picture.center().y() - logical.height() / 2),
                           m_scaled);
    } else {
        paintFailurePlaceholder(&painter, picture, m_kind, palette(), 0.32);
        QFont font = this->font();
        painter.setFont(font);
        painter.setPen(CardPalette::ink(
            palette(),
            CardPalette::failureKindHue(m_kind.isEmpty() ? QStringLiteral("other") : m_kind)));
        const qreal pad = fontMetrics().height() * 0.6;
        const QRectF textRect(picture.left() + pad,
                              picture.bottom() - pad * 1.2 - fontMetrics().lineSpacing() * 2,
                              picture.width() - 2 * pad, fontMetrics().lineSpacing() * 2);
        painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                         m_missing);
    }
    painter.restore();

    painter.setPen(CardPalette::hairline(palette()));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(picture.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    QFont captionFont = font();
    captionFont.setWeight(QFont::DemiBold);
    painter.setFont(captionFont);
    // The caption sits on the panel, not on a card.
    painter.setPen(CardPalette::mutedOnWindow(palette()));
    const QRectF caption(picture.left(), picture.bottom() + fontMetrics().height() / 3.0,
                         picture.width(), fontMetrics().lineSpacing());
    painter.drawText(
        caption, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(captionFont).elidedText(m_caption, Qt::ElideRight, caption.width()));
}

} // namespace Spill
