// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Spill {

// A place whose tools are not there yet, saying so plainly.
class PlaceholderPlace : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPlace(const QString &title, const QString &message, QWidget *parent = nullptr);
};

} // namespace Spill
