// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Spill {

// The platform's style, with one icon drawn in code: the menu bar's
// overflow chevron. Qt loads it from a PNG while the menu bar is made, and
// that first image read loads every image format plugin installed (a dozen
// libraries) before the window can show.
class SpillStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Spill
