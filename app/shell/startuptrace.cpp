// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptrace.h"

#include <QElapsedTimer>

namespace Spill {

Q_LOGGING_CATEGORY(lcStartup, "spill.startup", QtInfoMsg)

namespace {

QElapsedTimer &sinceStart()
{
    static QElapsedTimer timer;
    return timer;
}

} // namespace

void startStartupTrace(const QElapsedTimer &started)
{
    sinceStart() = started;
}

void traceStartup(const char *step)
{
    QElapsedTimer &timer = sinceStart();
    if (!timer.isValid())
        timer.start();
    qCDebug(lcStartup, "%6.1f ms  %s", double(timer.nsecsElapsed()) / 1e6, step);
}

} // namespace Spill
