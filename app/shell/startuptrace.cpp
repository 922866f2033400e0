// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptrace.h"

#include <QElapsedTimer>

namespace Spill {

Q_LOGGING_CATEGORY(lcStartup, "spill.startup", QtInfoMsg)

void traceStartup(const char *step)
{
    static QElapsedTimer sinceFirstStep;
    if (!sinceFirstStep.isValid())
        sinceFirstStep.start();
    qCDebug(lcStartup, "%6.1f ms  %s", double(sinceFirstStep.nsecsElapsed()) / 1e6, step);
}

} // namespace Spill
