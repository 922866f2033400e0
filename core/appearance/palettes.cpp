// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance/palettes.h"

namespace Spill {

namespace {

struct Roles
{
    QRgb window, windowText, base, alternateBase, text, button, buttonText, highlight,
        highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder, light, midlight,
        mid, dark, shadow, brightText, disabledText, disabledHighlight;
};

constexpr Roles LightRoles {
    .window = 0xf4f1ec,
    .windowText = 0x1f1b16,
    .base = 0xffffff,
    .alternateBase = 0xf7f4ef,
    .text = 0x1f1b16,
    .button = 0xebe6de,
    .buttonText = 0x1f1b16,
    .highlight = 0xa8431c,
    .highlightedText = 0xffffff,
    .link = 0x9e3c15,
    .linkVisited = 0x7a3f8f,
    .toolTipBase = 0x2b2620,
    .toolTipText = 0xf4f1ec,
    .placeholder = 0x665f56,
    .light = 0xffffff,
    .midlight = 0xe3ddd4,
    .mid = 0xb9b1a5,
    .dark = 0x8c8478,
    .shadow = 0x5a544c,
    .brightText = 0xffffff,
    .disabledText = 0x9b948a,
    .disabledHighlight = 0xc9b6aa,
};

constexpr Roles DarkRoles {
    .window = 0x1e1c1a,
    .windowText = 0xece6dd,
    .base = 0x262320,
    .alternateBase = 0x2d2a26,
    .text = 0xece6dd,
    .button = 0x34302b,
    .buttonText = 0xece6dd,
    .highlight = 0xe0794f,
    .highlightedText = 0x1a1512,
    .link = 0xf0a07a,
    .linkVisited = 0xd3a6e6,
    .toolTipBase = 0xece6dd,
    .toolTipText = 0x1e1c1a,
    .placeholder = 0xa89f94,
    .light = 0x4a443d,
    .midlight = 0x3a3631,
    .mid = 0x5c554d,
    .dark = 0x141210,
    .shadow = 0x000000,
    .brightText = 0xffffff,
    .disabledText = 0x7a736a,
    .disabledHighlight = 0x5c4a40,
};

} // namespace

QPalette designedPalette(ColourScheme scheme)
{
    const Roles &r = scheme == ColourScheme::Dark ? DarkRoles : LightRoles;
    QPalette p;
    const auto all = [&p](QPalette::ColorRole role, QRgb rgb) { p.setColor(role, QColor(rgb)); };
    all(QPalette::Window, r.window);
    all(QPalette::WindowText, r.windowText);
    all(QPalette::Base, r.base);
    all(QPalette::AlternateBase, r.alternateBase);
    all(QPalette::Text, r.text);
    all(QPalette::Button, r.button);
    all(QPalette::ButtonText, r.buttonText);
    all(QPalette::Highlight, r.highlight);
    all(QPalette::HighlightedText, r.highlightedText);
    all(QPalette::Link, r.link);
    all(QPalette::LinkVisited, r.linkVisited);
    all(QPalette::ToolTipBase, r.toolTipBase);
    all(QPalette::ToolTipText, r.toolTipText);
    all(QPalette::PlaceholderText, r.placeholder);
    all(QPalette::Light, r.light);
    all(QPalette::Midlight, r.midlight);
    all(QPalette::Mid, r.mid);
    all(QPalette::Dark, r.dark);
    all(QPalette::Shadow, r.shadow);
    all(QPalette::BrightText, r.brightText);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, QColor(r.disabledText));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(r.disabledHighlight));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(r.text));
    return p;
}

} // namespace Spill
