// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "async/threadusage.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Spill::Test {

// The standing budget: after the first frame the GUI thread never stalls
// longer than this.
inline constexpr qint64 StallBudgetMs = 50;

// Measures how long the GUI thread goes without running its event loop.
// A precise timer ticks every few milliseconds on the thread; a tick that
// comes late by N ms means the thread was busy (or blocked) for N ms and
// could not have drawn a frame or taken a key press. Each stall belongs to
// the action begun last, so a scripted session can name what stalled.
//
// Counting starts after the first frame of a window: its start-up is the
// start-up benchmark's business.
class StallDetector : public QObject
{
public:
    struct Stall
    {
        QString action;
        qint64 ms = 0;
        // Of the longest stall: the GUI thread's own CPU time in it, and how
        // often the system gave its processor to another thread. A stall
        // with little CPU time waited: for a disk, a lock or a processor.
        qint64 cpuMs = 0;
        long preempted = 0;
        long majorFaults = 0; // pages the thread had to wait for a disk to read
    };

    static constexpr int TickMs = 5;

    explicit StallDetector(QObject *parent = nullptr);
    ~StallDetector() override;

    // Counts from the first paint of `window` or any object under it.
    void startAfterFirstFrame(QObject *window);
    // Counts from now.
    void start();
    void stop();
    bool isCounting() const { return m_timer.isActive(); }

    // Stalls from now on belong to `name`.
    void beginAction(const QString &name);

    // The longest stall of each action, in the order the actions began.
    QList<Stall> longestPerAction() const { return m_longest; }
    // The actions whose longest stall is over `budgetMs`.
    QList<Stall> over(qint64 budgetMs) const;
    // A Markdown table of longestPerAction().
    QString table() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void note(qint64 ms, const ThreadUsage &during);

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    ThreadUsage m_lastUsage;
    QObject *m_window = nullptr;
    QList<Stall> m_longest;
};

// True in a build with AddressSanitizer: timings there say nothing.
constexpr bool isSanitizedBuild()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace Spill::Test
