// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace Spill {

// Stands in for a place until it is needed, then builds it: start-up pays
// only for the place on screen, and that one after the window's first frame,
// in a few turns of the event loop so that none of them stalls the window.
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
    // The place has been shown (built places wait hidden until then).
    bool isRevealed() const { return m_revealed; }
    // Builds and shows the place now if that is not done yet.
    QWidget *ensureBuilt();
    // Makes the place's widgets, then styles them, a turn each, still
    // hidden, unless that is done or under way: for a place the creator may
    // switch to, while Spill is idle, so that showing it has only its first
    // layout and paint left.
    void prepare();

signals:
    void built(QWidget *place);

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    enum class Then { Reveal, StayHidden };

    // Makes the place, styles it and, if asked, shows it, a turn each.
    void buildInTurns(Then then);
    void construct(); // makes the place's widgets, still hidden
    void polish(); // gives them their style
    void reveal(); // shows them: their first layout and paint

    Build m_when;
    std::function<QWidget *()> m_build;
    QWidget *m_place = nullptr;
    bool m_scheduled = false;
    bool m_revealed = false;
};

} // namespace Spill
