// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

class QElapsedTimer;

namespace Spill {

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

// Times later steps from `started` (main() starts it) instead of from the
// first step: the window module is entered after main() has loaded it.
void startStartupTrace(const QElapsedTimer &started);

// Logs how long start-up has run when it reaches `step`, to find where the
// time before the first frame goes. Off unless enabled, for example with
// QT_LOGGING_RULES="spill.startup.debug=true".
void traceStartup(const char *step);

} // namespace Spill
