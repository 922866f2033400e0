// SPDX-License-Identifier: GPL-3.0-or-later
#include "spillstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace Spill {

namespace {

// A "»" chevron pair in the text colour, drawn at whatever size is asked.
class ChevronIconEngine : public QIconEngine
{
public:
    explicit ChevronIconEngine(Qt::LayoutDirection direction)
        : m_direction(direction)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        const QColor colour = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        const qreal unit = qMin(rect.width(), rect.height()) / 8.0;
        QPainterPath path;
        for (int i = 0; i < 2; ++i) {
            const qreal x = rect.center().x() + (i == 0 ? -2.5 : 0.5) * unit;
            path.moveTo(x, rect.center().y() - 2 * unit);
            path.lineTo(x + 2 * unit, rect.center().y());
            path.lineTo(x, rect.center().y() + 2 * unit);
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_direction == Qt::RightToLeft) {
            painter->translate(2 * rect.center().x() + 1, 0);
            painter->scale(-1, 1);
        }
        painter->setPen(
            QPen(colour, qMax<qreal>(1.0, unit * 0.8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ChevronIconEngine(m_direction); }

private:
    Qt::LayoutDirection m_direction;
};

} // namespace

QIcon SpillStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                               const QWidget *widget) const
{
    if (icon == SP_ToolBarHorizontalExtensionButton) {
        const Qt::LayoutDirection direction =
            widget ? widget->layoutDirection() : QGuiApplication::layoutDirection();
        return QIcon(new ChevronIconEngine(direction));
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

void SpillStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if ((!box && element != PE_IndicatorRadioButton) ||
        option->palette.color(QPalette::Base).lightnessF() >= 0.5)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1.0));
    painter->setBrush(Qt::NoBrush);
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (box)
        painter->drawRoundedRect(rect, 2, 2);
    else
        painter->drawEllipse(rect);
    painter->restore();
}

} // namespace Spill
