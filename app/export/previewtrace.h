// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "async/threadusage.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Spill {

// The steps of starting the preview's browser engine, each timed on the GUI
// thread, to find which one keeps it from its event loop. Off unless
// enabled, for example with QT_LOGGING_RULES="spill.preview.debug=true".
// Inline, so the web preview module logs under the same name.
inline const QLoggingCategory &lcPreview()
{
    static const QLoggingCategory category("spill.preview", QtInfoMsg);
    return category;
}

// Logs how long the GUI thread spent in one step, from its making to its end:
// the time on the clock, the thread's own CPU time in it, the page faults it
// took and how often the system took the processor from it. A step much
// longer on the clock than in CPU waited for a disk or for another thread.
class PreviewStepTimer
{
public:
    explicit PreviewStepTimer(const char *step)
        : m_step(step)
        , m_before(ThreadUsage::now())
    {
        m_clock.start();
    }
    ~PreviewStepTimer()
    {
        const double wall = double(m_clock.nsecsElapsed()) / 1e6;
        const ThreadUsage used = ThreadUsage::now() - m_before;
        qCDebug(lcPreview, "%6.1f ms  %s  | CPU %.1f ms, %ld faults, preempted %ld times", wall,
                m_step, double(used.cpuUs) / 1e3, used.minorFaults, used.preempted);
    }
    PreviewStepTimer(const PreviewStepTimer &) = delete;
    PreviewStepTimer &operator=(const PreviewStepTimer &) = delete;

private:
    const char *m_step;
    ThreadUsage m_before;
    QElapsedTimer m_clock;
};

} // namespace Spill
