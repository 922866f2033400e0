// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace Spill {

// Stands in for a place until it is needed, then builds it: start-up pays
// only for the place on screen, and that one after the window's first frame.
class LazyPlace : public QWidget
{
    Q_OBJECT

public:
    enum class Build {
        WhenShown, // a place the creator switches to
        AfterFirstFrame, // the place Spill opens on: the window shows first
    };

    LazyPlace(const QString &name, Build when, std::function<QWidget *()> build,
              QWidget *parent = nullptr);

    QWidget *place() const { return m_place; } // null until built
    // Builds the place now if it is not built yet.
    QWidget *ensureBuilt();

signals:
    void built(QWidget *place);

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    Build m_when;
    std::function<QWidget *()> m_build;
    QWidget *m_place = nullptr;
    bool m_scheduled = false;
};

} // namespace Spill
