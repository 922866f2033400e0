// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardpalette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace Spill::CardPalette {

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const qreal a = std::clamp(amount, 0.0, 1.0);
    const QColor f = from.toRgb();
    const QColor t = to.toRgb();
    return QColor::fromRgbF(
        f.redF() + (t.redF() - f.redF()) * a, f.greenF() + (t.greenF() - f.greenF()) * a,
        f.blueF() + (t.blueF() - f.blueF()) * a, f.alphaF() + (t.alphaF() - f.alphaF()) * a);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor failureKindHue(const QString &kindKey)
{
    // Hues far enough apart that neighbouring cards read as different kinds.
    static const QHash<QString, QColor> hues = {
        {QStringLiteral("burnt"), QColor(0xd9, 0x5f, 0x2b)},
        {QStringLiteral("collapsed"), QColor(0xc2, 0x8e, 0x23)},
        {QStringLiteral("split_or_curdled"), QColor(0x2a, 0x9d, 0x8f)},
        {QStringLiteral("under_or_overcooked"), QColor(0xc4, 0x45, 0x5a)},
        {QStringLiteral("forgotten_ingredient"), QColor(0x85, 0x6c, 0xc8)},
        {QStringLiteral("wrong_substitution"), QColor(0x4a, 0x78, 0xd0)},
        {QStringLiteral("measuring"), QColor(0x43, 0x9a, 0x52)},
        {QStringLiteral("equipment"), QColor(0x64, 0x74, 0x8b)},
        {QStringLiteral("spill_or_drop"), QColor(0x2f, 0x8c, 0xc8)},
        {QStringLiteral("seasoning"), QColor(0x9b, 0x74, 0x4e)},
        {QStringLiteral("other"), QColor(0x8a, 0x84, 0x7c)},
    };
    return hues.value(kindKey, QColor(0x8a, 0x84, 0x7c));
}

QColor outcomeHue(const QString &outcomeKey)
{
    if (outcomeKey == u"rescued")
        return QColor(0x3a, 0x9a, 0x5b);
    if (outcomeKey == u"partly")
        return QColor(0xcc, 0x95, 0x1f);
    if (outcomeKey == u"binned")
        return QColor(0xc8, 0x4f, 0x48);
    return QColor(0x8a, 0x84, 0x7c);
}

QColor statusHue(const QString &statusKey)
{
    if (statusKey == u"ready")
        return QColor(0x3d, 0x7b, 0xd6);
    if (statusKey == u"published")
        return QColor(0x8a, 0x5c, 0xc6);
    return QColor(0x8a, 0x84, 0x7c); // draft
}

QColor tint(const QPalette &palette, const QColor &hue, qreal strength)
{
    const qreal amount = (isDark(palette) ? 0.26 : 0.15) * strength;
    return mix(palette.color(QPalette::Base), hue, amount);
}

QColor ink(const QPalette &palette, const QColor &hue)
{
    return isDark(palette) ? mix(hue, Qt::white, 0.35) : mix(hue, Qt::black, 0.30);
}

QColor muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.42);
}

QColor hairline(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text),
               isDark(palette) ? 0.18 : 0.13);
}

QSizeF pillSize(const QFont &font, const QString &text)
{
    const QFontMetricsF fm(font);
    const qreal height = std::ceil(fm.height() * 1.3);
    return {std::ceil(fm.horizontalAdvance(text) + height * 0.75), height};
}

void paintPill(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
               const QColor &background, const QColor &foreground)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(rect, radius, radius);
    painter->setFont(font);
    painter->setPen(foreground);
    const QString shown =
        QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width() - radius * 0.9);
    painter->drawText(rect, Qt::AlignCenter, shown);
    painter->restore();
}

} // namespace Spill::CardPalette
