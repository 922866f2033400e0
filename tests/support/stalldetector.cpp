// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalldetector.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace Spill::Test {

StallDetector::StallDetector(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &StallDetector::tick);
}

StallDetector::~StallDetector()
{
    if (m_window)
        QCoreApplication::instance()->removeEventFilter(this);
}

void StallDetector::startAfterFirstFrame(QObject *window)
{
    m_window = window;
    // Paint events go to the widgets, not to the window: watch them all.
    QCoreApplication::instance()->installEventFilter(this);
}

bool StallDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_window) {
        for (QObject *object = watched; object; object = object->parent()) {
            if (object == m_window) {
                QCoreApplication::instance()->removeEventFilter(this);
                m_window = nullptr;
                start();
                break;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void StallDetector::start()
{
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallDetector::stop()
{
    if (m_timer.isActive())
        tick(); // a stall still going on counts too
    m_timer.stop();
}

void StallDetector::beginAction(const QString &name)
{
    m_longest.append({name, 0});
}

void StallDetector::tick()
{
    const qint64 now = m_clock.elapsed();
    note(now - m_last - TickMs);
    m_last = now;
}

void StallDetector::note(qint64 ms)
{
    if (m_longest.isEmpty())
        beginAction(QStringLiteral("(no action named)"));
    Stall &current = m_longest.last();
    current.ms = std::max(current.ms, ms);
}

QList<StallDetector::Stall> StallDetector::over(qint64 budgetMs) const
{
    QList<Stall> result;
    for (const Stall &stall : m_longest) {
        if (stall.ms > budgetMs)
            result.append(stall);
    }
    return result;
}

QString StallDetector::table() const
{
    QString text = QStringLiteral("| action | longest stall |\n| --- | --- |\n");
    for (const Stall &stall : m_longest)
        text += QStringLiteral("| %1 | %2 ms |\n").arg(stall.action).arg(stall.ms);
    return text;
}

} // namespace Spill::Test
