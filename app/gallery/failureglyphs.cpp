// SPDX-License-Identifier: GPL-3.0-or-later
#include "failureglyphs.h"

#include "cardpalette.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Spill {

namespace {

// Every glyph is drawn in a 100 x 100 box; the painter scales it.
constexpr qreal Box = 100.0;
constexpr qreal Stroke = 6.0;

QPainterPath dropPath(qreal cx, qreal cy, qreal r)
{
    QPainterPath p;
    p.moveTo(cx, cy - 1.9 * r);
    p.cubicTo(cx + 0.25 * r, cy - 1.3 * r, cx + r, cy - 0.7 * r, cx + r, cy);
    p.arcTo(QRectF(cx - r, cy - r, 2 * r, 2 * r), 0, -180);
    p.cubicTo(cx - r, cy - 0.7 * r, cx - 0.25 * r, cy - 1.3 * r, cx, cy - 1.9 * r);
    p.closeSubpath();
    return p;
}

void arrow(QPainter *p, QPointF from, QPointF to)
{
    p->drawLine(from, to);
    const QPointF d = (to - from) / std::hypot(to.x() - from.x(), to.y() - from.y());
    const QPointF n(-d.y(), d.x());
    const QPointF back = to - d * 12.0;
    p->drawPolyline(QList<QPointF> {back + n * 10.0, to, back - n * 10.0});
}

void burnt(QPainter *p, const QColor &c)
{
    QPainterPath flame;
    flame.moveTo(50, 6);
    flame.cubicTo(64, 26, 82, 40, 82, 62);
    flame.cubicTo(82, 81, 67, 94, 50, 94);
    flame.cubicTo(33, 94, 18, 81, 18, 62);
    flame.cubicTo(18, 48, 26, 38, 33, 30);
    flame.cubicTo(35, 40, 40, 46, 46, 48);
    flame.cubicTo(42, 34, 44, 20, 50, 6);
    flame.closeSubpath();
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 50));
    p->drawPath(flame);
    p->setBrush(c);
    p->drawPath(dropPath(50, 78, 11));
}

void collapsed(QPainter *p, const QColor &c)
{
    // A ramekin whose soufflé has sunk below the rim, and the arrow it fell by.
    QPainterPath dish;
    dish.moveTo(20, 52);
    dish.lineTo(26, 88);
    dish.lineTo(74, 88);
    dish.lineTo(80, 52);
    p->setBrush(Qt::NoBrush);
    p->drawPath(dish);
    p->drawLine(QPointF(14, 52), QPointF(86, 52));
    QPainterPath sunk;
    sunk.moveTo(22, 52);
    sunk.cubicTo(34, 70, 66, 70, 78, 52);
    sunk.closeSubpath();
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 90));
    p->drawPath(sunk);
    arrow(p, QPointF(50, 10), QPointF(50, 40));
}

void splitOrCurdled(QPainter *p, const QColor &c)
{
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 60));
    p->drawPath(dropPath(40, 62, 20));
    p->setBrush(c);
    p->drawPath(dropPath(74, 44, 10));
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 140));
    p->drawPath(dropPath(70, 82, 7));
}

void underOrOvercooked(QPainter *p, const QColor &c)
{
    // A thermometer with its scale.
    p->setBrush(Qt::NoBrush);
    QPainterPath tube;
    tube.addRoundedRect(QRectF(41, 8, 18, 62), 9, 9);
    p->drawPath(tube);
    p->setBrush(c);
    p->drawEllipse(QPointF(50, 78), 15, 15);
    p->drawLine(QPointF(50, 40), QPointF(50, 70));
    for (int i = 0; i < 4; ++i)
        p->drawLine(QPointF(66, 18 + i * 12), QPointF(76, 18 + i * 12));
}

void forgottenIngredient(QPainter *p, const QColor &c)
{
    // The egg that never made it in: a dashed outline where it should be.
    QPen pen = p->pen();
    pen.setStyle(Qt::CustomDashLine);
    pen.setDashPattern({1.6, 1.6});
    p->setPen(pen);
    QPainterPath egg;
    egg.moveTo(50, 10);
    egg.cubicTo(70, 10, 80, 48, 80, 62);
    egg.cubicTo(80, 80, 66, 92, 50, 92);
    egg.cubicTo(34, 92, 20, 80, 20, 62);
    egg.cubicTo(20, 48, 30, 10, 50, 10);
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 40));
    p->drawPath(egg);
}

void wrongSubstitution(QPainter *p, const QColor &)
{
    p->setBrush(Qt::NoBrush);
    arrow(p, QPointF(16, 36), QPointF(84, 36));
    arrow(p, QPointF(84, 66), QPointF(16, 66));
}

void measuring(QPainter *p, const QColor &c)
{
    // A measuring jug with its marks.
    QPainterPath jug;
    jug.moveTo(22, 18);
    jug.lineTo(28, 90);
    jug.lineTo(68, 90);
    jug.lineTo(74, 18);
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 40));
    p->drawPath(jug);
    p->setBrush(Qt::NoBrush);
    QPainterPath handle;
    handle.moveTo(73, 32);
    handle.cubicTo(92, 32, 92, 66, 70, 68);
    p->drawPath(handle);
    for (int i = 0; i < 3; ++i)
        p->drawLine(QPointF(30, 36 + i * 16), QPointF(44 - (i % 2) * 6, 36 + i * 16));
}

void equipment(QPainter *p, const QColor &c)
{
    // A frying pan.
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 50));
    p->drawEllipse(QPointF(40, 56), 28, 28);
    p->setBrush(c);
    QPainterPath handle;
    handle.addRoundedRect(QRectF(66, 51, 28, 10), 5, 5);
    p->drawPath(handle);
}

void spillOrDrop(QPainter *p, const QColor &c)
{
    // A tipped cup and its puddle.
    p->save();
    p->translate(30, 52);
    p->rotate(-62);
    QPainterPath cup;
    cup.moveTo(-16, -24);
    cup.lineTo(-12, 20);
    cup.lineTo(12, 20);
    cup.lineTo(16, -24);
    p->setBrush(Qt::NoBrush);
    p->drawPath(cup);
    p->restore();
    QPainterPath puddle;
    puddle.moveTo(40, 74);
    puddle.cubicTo(50, 62, 70, 72, 78, 66);
    puddle.cubicTo(94, 62, 96, 82, 80, 84);
    puddle.cubicTo(64, 90, 44, 88, 40, 74);
    puddle.closeSubpath();
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 110));
    p->drawPath(puddle);
}

void seasoning(QPainter *p, const QColor &c)
{
    // A salt shaker, a little too generous.
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 40));
    QPainterPath body;
    body.addRoundedRect(QRectF(26, 40, 34, 50), 8, 8);
    p->drawPath(body);
    QPainterPath cap;
    cap.moveTo(28, 40);
    cap.cubicTo(28, 18, 58, 18, 58, 40);
    p->setBrush(Qt::NoBrush);
    p->drawPath(cap);
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    for (const QPointF pt : {QPointF(70, 22), QPointF(80, 34), QPointF(72, 44), QPointF(84, 52)})
        p->drawEllipse(pt, 3.6, 3.6);
}

void other(QPainter *p, const QColor &c)
{
    // A plate between a fork and a knife.
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(QPointF(50, 52), 26, 26);
    p->setBrush(QColor(c.red(), c.green(), c.blue(), 50));
    p->drawEllipse(QPointF(50, 52), 14, 14);
    p->drawLine(QPointF(12, 22), QPointF(12, 84));
    p->drawLine(QPointF(88, 22), QPointF(88, 84));
    p->drawLine(QPointF(6, 22), QPointF(6, 38));
    p->drawLine(QPointF(18, 22), QPointF(18, 38));
}

} // namespace

void paintFailureGlyph(QPainter *painter, const QRectF &rect, const QString &kindKey,
                       const QColor &color)
{
    const qreal side = std::min(rect.width(), rect.height());
    if (side <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter->scale(side / Box, side / Box);
    QPen pen(color, Stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);

    if (kindKey == u"burnt")
        burnt(painter, color);
    else if (kindKey == u"collapsed")
        collapsed(painter, color);
    else if (kindKey == u"split_or_curdled")
        splitOrCurdled(painter, color);
    else if (kindKey == u"under_or_overcooked")
        underOrOvercooked(painter, color);
    else if (kindKey == u"forgotten_ingredient")
        forgottenIngredient(painter, color);
    else if (kindKey == u"wrong_substitution")
        wrongSubstitution(painter, color);
    else if (kindKey == u"measuring")
        measuring(painter, color);
    else if (kindKey == u"equipment")
        equipment(painter, color);
    else if (kindKey == u"spill_or_drop")
        spillOrDrop(painter, color);
    else if (kindKey == u"seasoning")
        seasoning(painter, color);
    else
        other(painter, color);
    painter->restore();
}

void paintFailurePlaceholder(QPainter *painter, const QRectF &rect, const QString &kindKey,
                             const QPalette &palette, qreal glyphScale)
{
    const QColor hue =
        CardPalette::failureKindHue(kindKey.isEmpty() ? QStringLiteral("other") : kindKey);
    const QColor base = CardPalette::tint(palette, hue);
    // A gentle vertical wash keeps large placeholders from looking flat.
    QLinearGradient wash(rect.topLeft(), rect.bottomLeft());
    wash.setColorAt(0, CardPalette::tint(palette, hue, 0.7));
    wash.setColorAt(1, base);
    painter->fillRect(rect, wash);
    const qreal side = std::min(rect.width(), rect.height()) * glyphScale;
    const QRectF glyph(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    paintFailureGlyph(painter, glyph, kindKey, CardPalette::ink(palette, hue));
}

} // namespace Spill
