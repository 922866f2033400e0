// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyplace.h"

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
    if (!m_place) {
        m_place = m_build();
        layout()->addWidget(m_place);
        // A child added to a shown widget stays hidden until told.
        if (isVisible())
            m_place->show();
        // Keyboard focus goes where the place wants it, as if it had been
        // there from the start: until now only the frame could hold it. In
        // a window not yet active, the focus waits for the activation.
        QWidget *focus = window()->focusWidget();
        if (isVisible() && (!focus || !isAncestorOf(focus)))
            m_place->setFocus(Qt::OtherFocusReason);
        emit built(m_place);
    }
    return m_place;
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
    // the real place as soon as that frame is out.
    if (!m_place && !m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &LazyPlace::ensureBuilt);
    }
    QWidget::paintEvent(event);
}

} // namespace Spill
