// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyplace.h"

#include "startuptrace.h"

#include <QTimer>
#include <QVBoxLayout>

namespace Spill {

LazyPlace::LazyPlace(const QString &name, Build when, std::function<QWidget *()> build,
                     QWidget *parent)
    : QWidget(parent)
    , m_when(when)
    , m_build(std::move(build))
{
    setAccessibleName(name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPlace::ensureBuilt()
{
    construct();
    reveal();
    return m_place;
}

void LazyPlace::prepare()
{
    if (!m_place && !m_scheduled)
        buildInTurns(Then::StayHidden);
}

void LazyPlace::buildInTurns(Then then)
{
    m_scheduled = true;
    QTimer::singleShot(0, this, [this, then] {
        construct();
        QTimer::singleShot(0, this, [this, then] {
            polish();
            if (then == Then::Reveal)
                QTimer::singleShot(0, this, &LazyPlace::reveal);
        });
    });
}

void LazyPlace::construct()
{
    if (m_place)
        return;
    traceStartup("lazy place: build begin");
    m_place = m_build();
    // Added to a shown frame, it stays hidden until reveal().
    layout()->addWidget(m_place);
    traceStartup("lazy place: built");
    emit built(m_place);
}

void LazyPlace::polish()
{
    if (m_revealed)
        return;
    m_place->ensurePolished(); // the style, for the place and every child
    traceStartup("lazy place: polished");
}

void LazyPlace::reveal()
{
    if (m_revealed)
        return;
    m_revealed = true;
    m_place->show();
    // Keyboard focus goes where the place wants it, as if it had been
    // there from the start: until now only the frame could hold it. In
    // a window not yet active, the focus waits for the activation. The
    // frame itself may hold it while the place was being made.
    QWidget *focus = window()->focusWidget();
    if (isVisible() && (!focus || focus == this || !isAncestorOf(focus)))
        m_place->setFocus(Qt::OtherFocusReason);
    traceStartup("lazy place: shown");
    QTimer::singleShot(0, this, [] { traceStartup("lazy place: next turn"); });
}

void LazyPlace::showEvent(QShowEvent *event)
{
    if (m_when == Build::WhenShown)
        ensureBuilt();
    QWidget::showEvent(event);
}

void LazyPlace::paintEvent(QPaintEvent *event)
{
    // The empty place has been painted, so the window is on screen: build
    // the real place as soon as that frame is out, in turns of the event
    // loop short enough that the window never stops answering: make the
    // widgets, then give them their style, then show them (their first
    // layout and paint). Anything that needs the place sooner calls
    // ensureBuilt(), which does what is left at once.
    if (!m_place && !m_scheduled)
        buildInTurns(Then::Reveal);
    QWidget::paintEvent(event);
}

} // namespace Spill
