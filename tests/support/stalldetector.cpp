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
    m_lastUsage = ThreadUsage::now();
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
    const ThreadUsage usage = ThreadUsage::now();
    note(now - m_last - TickMs, usage - m_lastUsage);
    m_last = now;
    m_lastUsage = usage;
}

void StallDetector::note(qint64 ms, const ThreadUsage &during)
{
    if (m_longest.isEmpty())
        beginAction(QStringLiteral("(no action named)"));
    Stall &current = m_longest.last();
    if (ms > current.ms) {
        current.ms = ms;
        current.cpuMs = during.cpuUs / 1000;
        current.preempted = during.preempted;
        current.majorFaults = during.majorFaults;
    }
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
    QString text = QStringLiteral(
        "| action | longest stall | GUI thread's CPU in it | preempted | major faults |\n"
        "| --- | --- | --- | --- | --- |\n");
    for (const Stall &stall : m_longest) {
        text += QStringLiteral("| %1 | %2 ms | %3 ms | %4 | %5 |\n")
                    .arg(stall.action)
                    .arg(stall.ms)
                    .arg(stall.cpuMs)
                    .arg(stall.preempted)
                    .arg(stall.majorFaults);
    }
    return text;
}

} // namespace Spill::Test
