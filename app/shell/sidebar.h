// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace Spill {

// The column of places on the left of the main window. A list so that
// arrow keys move between places once it has focus.
class Sidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    void addPlace(const QIcon &icon, const QString &name, const QString &shortcutText);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace Spill
