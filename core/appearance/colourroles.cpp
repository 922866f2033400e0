// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance/colourroles.h"

#include "appearance/contrast.h"

#include <QHash>

#include <algorithm>

namespace Spill::Colours {

namespace {

// A little above AA, so rounding in the painted pixels cannot tip a pair under.
constexpr double Target = MinimumTextContrast + 0.1;

bool readsOnAll(const QColor &colour, const QList<QColor> &backgrounds)
{
    return std::all_of(backgrounds.begin(), backgrounds.end(),
                       [&](const QColor &back) { return contrastRatio(colour, back) >= Target; });
}

} // namespace

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const qreal a = std::clamp(amount, 0.0, 1.0);
    const QColor f = from.toRgb();
    const QColor t = to.toRgb();
    return QColor::fromRgbF(float(f.redF() + (t.redF() - f.redF()) * a),
                            float(f.greenF() + (t.greenF() - f.greenF()) * a),
                            float(f.blueF() + (t.blueF() - f.blueF()) * a),
                            float(f.alphaF() + (t.alphaF() - f.alphaF()) * a));
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

QColor toneHue(Tone tone)
{
    switch (tone) {
    case Tone::Warning:
        return QColor(0xd9, 0x8a, 0x1c);
    case Tone::Suggestion:
        return QColor(0x3f, 0x8f, 0xd8);
    case Tone::Good:
        break;
    }
    return QColor(0x3d, 0xa3, 0x5d);
}

QColor tint(const QPalette &palette, const QColor &hue, qreal strength)
{
    const qreal amount = (isDark(palette) ? 0.26 : 0.15) * strength;
    return mix(palette.color(QPalette::Base), hue, amount);
}

QColor ink(const QPalette &palette, const QColor &hue)
{
    // Darkened on light palettes, lightened on dark ones, only as far as
    // the tint behind it needs.
    const bool dark = isDark(palette);
    const QColor towards = dark ? QColor(Qt::white) : QColor(Qt::black);
    const QList<QColor> backgrounds {tint(palette, hue, PillTint), palette.color(QPalette::Base)};
    for (qreal amount = dark ? 0.35 : 0.30; amount < 1.0; amount += 0.05) {
        const QColor candidate = mix(hue, towards, amount);
        if (readsOnAll(candidate, backgrounds))
            return candidate;
    }
    return towards;
}

QColor quieter(const QColor &foreground, const QList<QColor> &backgrounds, qreal amount)
{
    // The mix moves the text towards the first background; step back
    // until every background still reads.
    const QColor towards = backgrounds.value(0, foreground);
    for (qreal a = amount; a > 0.0; a -= 0.02) {
        const QColor candidate = mix(foreground, towards, a);
        if (readsOnAll(candidate, backgrounds))
            return candidate;
    }
    return foreground;
}

QColor readableOn(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

QColor muted(const QPalette &palette)
{
    return quieter(palette.color(QPalette::Text),
                   {palette.color(QPalette::Base), tagBackground(palette), selectedCard(palette),
                    photoFrame(palette)},
                   0.42);
}

QColor mutedOnWindow(const QPalette &palette)
{
    return quieter(palette.color(QPalette::WindowText), {palette.color(QPalette::Window)}, 0.42);
}

QColor hairline(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text),
               isDark(palette) ? 0.18 : 0.13);
}

QColor selectedCard(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
               isDark(palette) ? 0.22 : 0.12);
}

QColor tagBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
}

QColor snippetText(const QPalette &palette)
{
    return quieter(palette.color(QPalette::Text),
                   {palette.color(QPalette::Base), matchBackground(palette)}, 0.2);
}

QColor matchBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
               isDark(palette) ? 0.35 : 0.22);
}

QColor galleryBackground(const QPalette &palette)
{
    // Cards sit on the window colour, nudged towards the text colour a
    // little in light palettes, so their base-coloured faces stand out.
    const QColor window = palette.color(QPalette::Window);
    return isDark(palette) ? mix(palette.color(QPalette::Base), window, 0.5)
                           : mix(window, palette.color(QPalette::Text), 0.02);
}

QColor photoFrame(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.06);
}

QColor fieldFill(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
}

QColor stepTint(const QPalette &palette, bool selected)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
               selected ? 0.16 : 0.07);
}

QColor stepMuted(const QPalette &palette, bool selected)
{
    return quieter(palette.color(QPalette::Text),
                   {stepTint(palette, selected), palette.color(QPalette::Base)}, 0.4);
}

QColor photoScrim()
{
    return QColor(0, 0, 0, 165);
}

} // namespace Spill::Colours
