// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance/appearance.h"
#include "appearance/colourroles.h"
#include "appearance/contrast.h"
#include "appearance/palettes.h"

#include <catch2/catch.hpp>

using namespace Spill;

TEST_CASE("contrast: WCAG 2.x luminance and ratio")
{
    SECTION("nominal: black and white are the extremes")
    {
        CHECK(relativeLuminance(Qt::black) == Approx(0.0));
        CHECK(relativeLuminance(Qt::white) == Approx(1.0));
        CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
        CHECK(contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    }

    SECTION("nominal: known pairs give WCAG's figures")
    {
        // #777777 on white is the classic near miss: 4.48:1.
        CHECK(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).margin(0.01));
        // The order of the colours does not matter.
        CHECK(contrastRatio(Qt::white, QColor(0x77, 0x77, 0x77)) ==
              Approx(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white)));
        // #0000ff on white: 8.59:1.
        CHECK(contrastRatio(QColor(0, 0, 255), Qt::white) == Approx(8.59).margin(0.01));
    }

    SECTION("nominal: a translucent foreground is laid over its background")
    {
        const QColor halfBlack(0, 0, 0, 128);
        CHECK(composite(halfBlack, Qt::white).red() == 127);
        CHECK(contrastRatio(halfBlack, Qt::white) < contrastRatio(Qt::black, Qt::white));
    }

    SECTION("nominal: black or white always reads on a colour")
    {
        for (int grey = 0; grey < 256; grey += 5)
            CHECK(contrastRatio(Colours::readableOn(QColor(grey, grey, grey)),
                                QColor(grey, grey, grey)) >= MinimumTextContrast);
    }
}

TEST_CASE("contrast: every pair Spill paints reads at WCAG AA, light and dark")
{
    const auto scheme = GENERATE(ColourScheme::Light, ColourScheme::Dark);
    const QPalette palette = designedPalette(scheme);
    const QList<ColourPair> pairs = paintedPairs(palette);
    // The palette's roles, the chips, the cards, each failure kind, outcome
    // and status, the coach: a list this short would have lost some.
    CHECK(pairs.size() > 80);
    for (const ColourPair &pair : pairs) {
        INFO((scheme == ColourScheme::Dark ? "dark: " : "light: ")
             << pair.what.toStdString() << " "
             << pair.foreground.name(QColor::HexArgb).toStdString() << " on "
             << pair.background.name().toStdString());
        CHECK(contrastRatio(pair.foreground, pair.background) >= MinimumTextContrast);
    }
}

TEST_CASE("appearance: the two palettes")
{
    const QPalette light = designedPalette(ColourScheme::Light);
    const QPalette dark = designedPalette(ColourScheme::Dark);

    SECTION("nominal: light is light and dark is dark, in every colour group")
    {
        for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
                CHECK(light.color(group, role).lightnessF() > 0.8);
                CHECK(dark.color(group, role).lightnessF() < 0.25);
            }
        }
        CHECK_FALSE(Colours::isDark(light));
        CHECK(Colours::isDark(dark));
    }

    SECTION("nominal: disabled text is quieter than text, but still there")
    {
        for (const QPalette &p : {light, dark}) {
            const double text = contrastRatio(p.color(QPalette::Text), p.color(QPalette::Base));
            const double disabled = contrastRatio(p.color(QPalette::Disabled, QPalette::Text),
                                                  p.color(QPalette::Disabled, QPalette::Base));
            CHECK(disabled < text);
            CHECK(disabled > 2.0);
        }
    }
}

TEST_CASE("appearance: following the system")
{
    SECTION("nominal: the creator's own choice wins over the system")
    {
        const SystemHints darkDesktop {QStringLiteral("Adwaita:dark"), 1};
        const SystemHints lightDesktop {QStringLiteral("Adwaita"), 2};
        CHECK(resolveColourScheme(Appearance::Light, darkDesktop) == ColourScheme::Light);
        CHECK(resolveColourScheme(Appearance::Dark, lightDesktop) == ColourScheme::Dark);
    }

    SECTION("nominal: the portal's answer, then the GTK theme, then light")
    {
        CHECK(systemColourScheme({QString(), 1}) == ColourScheme::Dark);
        CHECK(systemColourScheme({QStringLiteral("Adwaita:dark"), 2}) == ColourScheme::Light);
        CHECK(systemColourScheme({QStringLiteral("Adwaita:dark"), 0}) == ColourScheme::Dark);
        CHECK(systemColourScheme({QStringLiteral("Adwaita:dark"), std::nullopt}) ==
              ColourScheme::Dark);
        CHECK(systemColourScheme({QStringLiteral("Adwaita-dark"), std::nullopt}) ==
              ColourScheme::Dark);
        CHECK(systemColourScheme({QStringLiteral("Adwaita"), std::nullopt}) == ColourScheme::Light);
        CHECK(systemColourScheme({}) == ColourScheme::Light);
    }

    SECTION("robustness: a theme that only mentions dark is not dark")
    {
        CHECK(systemColourScheme({QStringLiteral("Darkness-Blue"), std::nullopt}) ==
              ColourScheme::Light);
    }

    SECTION("nominal: the settings' words round-trip; anything else is the system's")
    {
        for (const auto appearance : {Appearance::System, Appearance::Light, Appearance::Dark})
            CHECK(appearanceFromKey(appearanceKey(appearance)) == appearance);
        CHECK(appearanceFromKey(QStringLiteral("purple")) == Appearance::System);
        CHECK(appearanceFromKey(QString()) == Appearance::System);
    }
}
