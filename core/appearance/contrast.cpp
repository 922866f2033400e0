// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance/contrast.h"

#include "appearance/colourroles.h"

#include <cmath>

namespace Spill {

namespace {

double linearChannel(double c)
{
    // WCAG 2.x's sRGB transfer (its 0.03928 threshold; 0.04045 gives the
    // same result for 8-bit channels).
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

const char *const FailureKinds[] = {"burnt",
                                    "collapsed",
                                    "split_or_curdled",
                                    "under_or_overcooked",
                                    "forgotten_ingredient",
                                    "wrong_substitution",
                                    "measuring",
                                    "equipment",
                                    "spill_or_drop",
                                    "seasoning",
                                    "other"};
const char *const Outcomes[] = {"rescued", "partly", "binned", ""};
const char *const Statuses[] = {"draft", "ready", "published"};

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linearChannel(c.redF()) + 0.7152 * linearChannel(c.greenF()) +
        0.0722 * linearChannel(c.blueF());
}

QColor composite(const QColor &top, const QColor &bottom)
{
    const QColor t = top.toRgb();
    const QColor b = bottom.toRgb();
    const double a = t.alphaF();
    return QColor::fromRgbF(float(t.redF() * a + b.redF() * (1 - a)),
                            float(t.greenF() * a + b.greenF() * (1 - a)),
                            float(t.blueF() * a + b.blueF() * (1 - a)));
}

double contrastRatio(const QColor &foreground, const QColor &background)
{
    QColor back = background.toRgb();
    back.setAlphaF(1.0f);
    const double a = relativeLuminance(composite(foreground, back));
    const double b = relativeLuminance(back);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QList<ColourPair> paintedPairs(const QPalette &p)
{
    using namespace Colours;
    QList<ColourPair> pairs;
    const auto add = [&pairs](const QString &what, const QColor &fg, const QColor &bg) {
        pairs.append({what, fg, bg});
    };
    const auto role = [&p](QPalette::ColorRole r, QPalette::ColorGroup g = QPalette::Active) {
        return p.color(g, r);
    };
    const QString k = QStringLiteral("%1: %2");

    // The palette's own pairs, as the style draws them, focused or not.
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QString g =
            group == QPalette::Active ? QStringLiteral("active") : QStringLiteral("inactive");
        add(k.arg(g, u"text on base"), role(QPalette::Text, group), role(QPalette::Base, group));
        add(k.arg(g, u"text on alternate base"), role(QPalette::Text, group),
            role(QPalette::AlternateBase, group));
        add(k.arg(g, u"window text"), role(QPalette::WindowText, group),
            role(QPalette::Window, group));
        add(k.arg(g, u"button text"), role(QPalette::ButtonText, group),
            role(QPalette::Button, group));
        add(k.arg(g, u"selection"), role(QPalette::HighlightedText, group),
            role(QPalette::Highlight, group));
        add(k.arg(g, u"tooltip"), role(QPalette::ToolTipText, group),
            role(QPalette::ToolTipBase, group));
        add(k.arg(g, u"placeholder on base"), role(QPalette::PlaceholderText, group),
            role(QPalette::Base, group));
        add(k.arg(g, u"quiet label on window"), role(QPalette::PlaceholderText, group),
            role(QPalette::Window, group));
        add(k.arg(g, u"link"), role(QPalette::Link, group), role(QPalette::Base, group));
        add(k.arg(g, u"link on window"), role(QPalette::Link, group),
            role(QPalette::Window, group));
    }

    // Write: the read-only banner, the fields, chips, the step list, the coach.
    add(QStringLiteral("read-only banner"), role(QPalette::WindowText),
        role(QPalette::AlternateBase));
    add(QStringLiteral("editor field"), role(QPalette::Text), fieldFill(p));
    add(QStringLiteral("chip"), role(QPalette::ButtonText), role(QPalette::Base));
    add(QStringLiteral("chip under the mouse"), role(QPalette::ButtonText),
        role(QPalette::AlternateBase));
    add(QStringLiteral("chip checked, under the mouse"), role(QPalette::HighlightedText),
        role(QPalette::Highlight).lighter(110));
    for (const bool selected : {false, true}) {
        const QString s = selected ? QStringLiteral("current") : QStringLiteral("hovered");
        add(k.arg(QStringLiteral("step list, ") + s, u"name"), role(QPalette::Text),
            stepTint(p, selected));
        add(k.arg(QStringLiteral("step list, ") + s, u"progress"), stepMuted(p, selected),
            stepTint(p, selected));
    }
    add(QStringLiteral("step list: progress"), stepMuted(p, false), role(QPalette::Base));
    for (const auto &[tone, name] :
         {std::pair {Tone::Warning, "warning"}, std::pair {Tone::Suggestion, "suggestion"},
          std::pair {Tone::Good, "good"}}) {
        const QColor mark = ink(p, toneHue(tone));
        add(k.arg(u"coach mark's sign", QLatin1StringView(name)), role(QPalette::Base), mark);
        add(k.arg(u"coach mark on the panel", QLatin1StringView(name)), mark,
            role(QPalette::Window));
    }

    // Gallery: cards, their pills and badges, placeholders, charts.
    add(QStringLiteral("card title"), role(QPalette::Text), role(QPalette::Base));
    add(QStringLiteral("card dish and date"), muted(p), role(QPalette::Base));
    add(QStringLiteral("selected card title"), role(QPalette::Text), selectedCard(p));
    add(QStringLiteral("selected card dish and date"), muted(p), selectedCard(p));
    add(QStringLiteral("card snippet"), snippetText(p), role(QPalette::Base));
    add(QStringLiteral("card snippet's match"), snippetText(p), matchBackground(p));
    add(QStringLiteral("tag pill"), muted(p), tagBackground(p));
    add(QStringLiteral("photo frame's note"), muted(p), photoFrame(p));
    for (const char *outcome : Outcomes) {
        const QColor hue = outcomeHue(QLatin1StringView(outcome));
        add(k.arg(u"outcome pill", QLatin1StringView(outcome)), ink(p, hue),
            tint(p, hue, PillTint));
        add(k.arg(u"outcome share's label", QLatin1StringView(outcome)), readableOn(hue), hue);
        const QColor hot = mix(hue, role(QPalette::WindowText), 0.18);
        add(k.arg(u"outcome share's label, hovered", QLatin1StringView(outcome)), readableOn(hot),
            hot);
    }
    for (const char *kind : FailureKinds) {
        const QColor hue = failureKindHue(QLatin1StringView(kind));
        const QLatin1StringView name(kind);
        add(k.arg(u"failure badge", name), ink(p, hue), role(QPalette::Base));
        add(k.arg(u"failure glyph", name), ink(p, hue), tint(p, hue));
        add(k.arg(u"failure glyph, washed", name), ink(p, hue), tint(p, hue, 0.7));
        add(k.arg(u"failure share's label", name), readableOn(hue), hue);
    }
    for (const char *status : Statuses) {
        const QColor hue = statusHue(QLatin1StringView(status));
        add(k.arg(u"status badge", QLatin1StringView(status)), ink(p, hue), role(QPalette::Base));
    }
    add(QStringLiteral("look closer: lesson"), role(QPalette::WindowText),
        tint(p, outcomeHue(QStringLiteral("rescued")), 0.8));
    add(QStringLiteral("look closer: photo caption"), mutedOnWindow(p), role(QPalette::Window));
    add(QStringLiteral("chart label"), role(QPalette::WindowText), role(QPalette::Window));
    add(QStringLiteral("chart value"), mutedOnWindow(p), role(QPalette::Window));

    // Photos: labels on a scrim, over the lightest photo there can be.
    add(QStringLiteral("label on a photo"), QColor(Qt::white), composite(photoScrim(), Qt::white));
    return pairs;
}

} // namespace Spill
