// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "cardpalette.h"
#include "gallery/percentages.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Spill {

BarChart::BarChart(Style style, QWidget *parent)
    : QWidget(parent)
    , m_style(style)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding,
                  style == Style::Vertical ? QSizePolicy::Preferred : QSizePolicy::Fixed);
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    QList<int> values;
    for (const Bar &bar : bars)
        values.append(bar.value);
    m_percents = wholePercentages(values);
    m_hover = -1;
    m_pressed = -1;
    m_current = m_bars.isEmpty() ? -1 : std::clamp(m_current, 0, count() - 1);
    updateDescription();
    updateGeometry();
    update();
}

void BarChart::setCurrentIndex(int index)
{
    index = m_bars.isEmpty() ? -1 : std::clamp(index, 0, count() - 1);
    if (index == m_current)
        return;
    m_current = index;
    updateDescription();
    update();
    emit currentIndexChanged(index);
}

int BarChart::maxValue() const
{
    int max = 0;
    for (const Bar &bar : m_bars)
        max = std::max(max, bar.value);
    return max;
}

int BarChart::total() const
{
    int sum = 0;
    for (const Bar &bar : m_bars)
        sum += std::max(0, bar.value);
    return sum;
}

QFont BarChart::smallFont() const
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    return f;
}

QSize BarChart::sizeHint() const
{
    const int em = fontMetrics().height();
    switch (m_style) {
    case Style::Horizontal:
        return {em * 22, std::max(1, count()) * qRound(em * 1.55)};
    case Style::Vertical:
        return {em * 22, em * 10};
    case Style::Stacked:
        break;
    }
    return {em * 22, qRound(em * 1.5 + em * 0.6 + fontMetrics().lineSpacing() * 2.4)};
}

QSize BarChart::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {fontMetrics().height() * 10,
            m_style == Style::Vertical ? hint.height() / 2 : hint.height()};
}

BarChart::Parts BarChart::partsOf(int index) const
{
    Parts parts;
    if (index < 0 || index >= count())
        return parts;
    const qreal em = fontMetrics().height();
    const QFontMetricsF fm(font());
    const QFontMetricsF small(smallFont());
    const qreal w = width();
    const int max = std::max(1, maxValue());
    const Bar &bar = m_bars.at(index);

    switch (m_style) {
    case Style::Horizontal: {
        const qreal rowH = std::round(em * 1.55);
        qreal labelW = 0;
        for (const Bar &b : m_bars)
            labelW = std::max(labelW, fm.horizontalAdvance(b.label));
        labelW = std::min(labelW + em * 0.8, w * 0.42);
        const qreal valueW = small.horizontalAdvance(QString::number(max)) + em * 0.8;
        const qreal y = index * rowH;
        parts.hit = QRectF(0, y, w, rowH);
        parts.label = QRectF(0, y, labelW - em * 0.6, rowH);
        const qreal area = std::max<qreal>(0, w - labelW - valueW);
        const qreal barH = std::round(rowH * 0.56);
        parts.track = QRectF(labelW, y + (rowH - barH) / 2, area, barH);
        parts.bar = QRectF(labelW, y + (rowH - barH) / 2, area * bar.value / max, barH);
        parts.value = QRectF(parts.bar.right() + em * 0.4, y, valueW, rowH);
        break;
    }
    case Style::Vertical: {
        const qreal colW = w / std::max(1, count());
        const qreal labelH = small.lineSpacing() + em * 0.35;
        const qreal valueH = small.lineSpacing() + em * 0.15;
        const qreal plotBottom = height() - labelH;
        const qreal plotH = std::max<qreal>(0, plotBottom - valueH);
        const qreal barW = std::min(colW * 0.62, em * 2.4);
        const qreal x = index * colW;
        const qreal barH = plotH * bar.value / max;
        parts.hit = QRectF(x, 0, colW, height());
        parts.bar = QRectF(x + (colW - barW) / 2, plotBottom - barH, barW, barH);
        parts.label = QRectF(x, plotBottom + em * 0.2, colW, small.lineSpacing());
        parts.value = QRectF(x, parts.bar.top() - valueH, colW, valueH);
        break;
    }
    case Style::Stacked: {
        const qreal barH = std::round(em * 1.5);
        const int sum = total();
        qreal x = 0;
        for (int i = 0; i < index; ++i)
            x += sum ? w * std::max(0, m_bars.at(i).value) / sum : 0;
        const qreal segW = sum ? w * std::max(0, bar.value) / sum : 0;
        parts.bar = QRectF(x, 0, segW, barH);
        // Legend entries flow left to right and wrap.
        const qreal swatch = em * 0.7;
        qreal lx = 0;
        qreal ly = barH + em * 0.6;
        for (int i = 0; i <= index; ++i) {
            const QString text =
                m_bars.at(i).label + QStringLiteral("  ") + QString::number(m_bars.at(i).value);
            const qreal entryW = swatch + em * 0.4 + small.horizontalAdvance(text) + em * 1.2;
            if (lx > 0 && lx + entryW > w) {
                lx = 0;
                ly += small.lineSpacing() * 1.2;
            }
            if (i == index) {
                parts.label = QRectF(lx, ly, entryW - em * 0.8, small.lineSpacing());
                break;
            }
            lx += entryW;
        }
        parts.hit = parts.bar.width() > 0 ? parts.bar : parts.label;
        break;
    }
    }
    return parts;
}

QRectF BarChart::barRect(int index) const
{
    return partsOf(index).hit;
}

int BarChart::indexAt(const QPointF &pos) const
{
    for (int i = 0; i < count(); ++i) {
        const Parts parts = partsOf(i);
        if (parts.hit.contains(pos) || (m_style == Style::Stacked && parts.label.contains(pos)))
            return i;
    }
    return -1;
}

void BarChart::paintEvent(QPaintEvent *)
{
    namespace CP = CardPalette;
    QPainter painter(this);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = CP::mutedOnWindow(pal);
    const qreal em = fontMetrics().height();

    if (m_bars.isEmpty() || maxValue() == 0) {
        painter.setPen(muted);
        painter.drawText(rect(), Qt::AlignCenter, tr("Nothing to count yet"));
        return;
    }

    const QFont small = smallFont();
    if (m_style == Style::Vertical) {
        // The axis the columns stand on, so an empty month still shows its place.
        const Parts first = partsOf(0);
        painter.setPen(QPen(CP::mix(pal.color(QPalette::Window), text, 0.2), 1));
        const qreal y = std::round(first.bar.bottom()) + 0.5;
        painter.drawLine(QPointF(0, y), QPointF(width(), y));
    }
    for (int i = 0; i < count(); ++i) {
        const Bar &bar = m_bars.at(i);
        const Parts parts = partsOf(i);
        const bool hot = i == m_hover || i == m_pressed;
        const QColor color = bar.color.isValid() ? bar.color : pal.color(QPalette::Highlight);
        const QColor fill = hot ? CP::mix(color, text, 0.18) : color;
        painter.setPen(Qt::NoPen);

        switch (m_style) {
        case Style::Horizontal: {
            const qreal radius = parts.bar.height() * 0.3;
            painter.setBrush(CP::mix(pal.color(QPalette::Window), text, 0.05));
            // A faint track shows the scale the bar is measured against.
            painter.drawRoundedRect(parts.track, radius, radius);
            painter.setBrush(fill);
            if (parts.bar.width() > 0)
                painter.drawRoundedRect(parts.bar, radius, radius);
            painter.setPen(text);
            painter.setFont(font());
            painter.drawText(
                parts.label, Qt::AlignRight | Qt::AlignVCenter,
                fontMetrics().elidedText(bar.label, Qt::ElideRight, int(parts.label.width())));
            painter.setPen(muted);
            painter.setFont(small);
            painter.drawText(parts.value, Qt::AlignLeft | Qt::AlignVCenter,
                             QString::number(bar.value));
            break;
        }
        case Style::Vertical: {
            const qreal radius = std::min(parts.bar.width() * 0.22, em * 0.3);
            painter.setBrush(fill);
            if (parts.bar.height() > 0) {
                // Round only the top: the bar stands on the axis.
                QPainterPath path;
                path.addRoundedRect(parts.bar.adjusted(0, 0, 0, radius), radius, radius);
                painter.save();
                painter.setClipRect(parts.bar);
                painter.drawPath(path);
                painter.restore();
            }
            painter.setFont(small);
            painter.setPen(muted);
            painter.drawText(parts.label, Qt::AlignHCenter | Qt::AlignTop, bar.label);
            if (bar.value > 0) {
                painter.setPen(text);
                painter.drawText(parts.value, Qt::AlignHCenter | Qt::AlignBottom,
                                 QString::number(bar.value));
            }
            break;
        }
        case Style::Stacked: {
            if (parts.bar.width() > 0) {
                const qreal radius = parts.bar.height() / 2;
                QPainterPath whole;
                whole.addRoundedRect(QRectF(0, parts.bar.top(), width(), parts.bar.height()),
                                     radius, radius);
                painter.save();
                painter.setClipPath(whole);
                // A hairline of the background between shares.
                const qreal gap = i + 1 < count() ? 1.5 : 0;
                painter.fillRect(parts.bar.adjusted(0, 0, -gap, 0), fill);
                painter.restore();
                const int percent = m_percents.value(i);
                const QString label = QStringLiteral("%1%").arg(percent);
                painter.setFont(small);
                if (QFontMetricsF(small).horizontalAdvance(label) + em * 0.6 < parts.bar.width()) {
                    painter.setPen(CP::readableOn(fill));
                    painter.drawText(parts.bar, Qt::AlignCenter, label);
                }
            }
            const qreal swatch = em * 0.7;
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawEllipse(
                QRectF(parts.label.left(), parts.label.center().y() - swatch / 2, swatch, swatch));
            painter.setPen(hot ? text : muted);
            painter.setFont(small);
            painter.drawText(parts.label.adjusted(swatch + em * 0.4, 0, 0, 0),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             bar.label + QStringLiteral("  ") + QString::number(bar.value));
            break;
        }
        }
    }

    if (hasFocus() && m_current >= 0) {
        QColor ring = pal.color(QPalette::Highlight);
        painter.setPen(QPen(ring, 1.5));
        painter.setBrush(Qt::NoBrush);
        const Parts parts = partsOf(m_current);
        const QRectF focus =
            (m_style == Style::Stacked ? parts.label.adjusted(-em * 0.3, 0, em * 0.3, 0)
                                       : parts.hit)
                .adjusted(1, 1, -1, -1);
        painter.drawRoundedRect(focus, em * 0.3, em * 0.3);
    }
}

void BarChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = indexAt(event->position());
    if (m_pressed >= 0)
        setCurrentIndex(m_pressed);
    update();
}

void BarChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const int pressed = std::exchange(m_pressed, -1);
    update();
    if (pressed >= 0 && indexAt(event->position()) == pressed)
        emit activated(pressed);
}

void BarChart::mouseMoveEvent(QMouseEvent *event)
{
    const int hover = indexAt(event->position());
    if (hover != m_hover) {
        m_hover = hover;
        setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void BarChart::leaveEvent(QEvent *event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

void BarChart::keyPressEvent(QKeyEvent *event)
{
    if (m_bars.isEmpty())
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentIndex(std::max(0, m_current - 1));
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentIndex(m_current + 1);
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(count() - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit activated(m_current);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_bars.at(index).description, this,
                               barRect(index).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

void BarChart::updateDescription()
{
    // Screen readers get every number, and which bar Enter would open.
    QStringList parts;
    for (const Bar &bar : std::as_const(m_bars))
        parts << (bar.description.isEmpty()
                      ? bar.label + QStringLiteral(": ") + QString::number(bar.value)
                      : bar.description);
    QString description = parts.join(QStringLiteral("; "));
    if (m_current >= 0)
        description = tr("Selected: %1. ").arg(m_bars.at(m_current).label) + description;
    setAccessibleDescription(description);
}

} // namespace Spill
