// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// Logs how long the GUI thread spent in one step, from its making to its end.
class PreviewStepTimer
{
public:
    explicit PreviewStepTimer(const char *step)
        : m_step(step)
    {
        m_clock.start();
    }
    ~PreviewStepTimer()
    {
        qCDebug(lcPreview, "%6.1f ms  %s", double(m_clock.nsecsElapsed()) / 1e6, m_step);
    }
    PreviewStepTimer(const PreviewStepTimer &) = delete;
    PreviewStepTimer &operator=(const PreviewStepTimer &) = delete;

private:
    QElapsedTimer m_clock;
    const char *m_step;
};

} // namespace Spill
