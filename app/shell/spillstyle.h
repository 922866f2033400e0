// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Spill {

// The style Spill draws with (Fusion), with one icon drawn in code: the
// menu bar's overflow chevron; and check boxes and radio buttons outlined
// in a colour that shows on dark palettes, where Fusion's own outline, a
// darker window colour, all but vanishes. Qt loads it from a PNG while the menu bar is made, and
// that first image read loads every image format plugin installed (a dozen
// libraries) before the window can show.
class SpillStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Spill
