// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace Spill {

// Stands in for a place until it is first shown, then builds it: start-up
// pays only for the place on screen.
class LazyPlace : public QWidget
{
    Q_OBJECT

public:
    LazyPlace(const QString &name, std::function<QWidget *()> build, QWidget *parent = nullptr);

    QWidget *place() const { return m_place; } // null until first shown
    // Builds the place now if it is not yet, e.g. to hand it work while the
    // window is not on screen.
    QWidget *ensurePlace();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<QWidget *()> m_build;
    QWidget *m_place = nullptr;
};

} // namespace Spill
