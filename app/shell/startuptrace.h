// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Spill {

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

// Logs how long start-up has run when it reaches `step`, to find where the
// time before the first frame goes. Off unless enabled, for example with
// QT_LOGGING_RULES="spill.startup.debug=true".
void traceStartup(const char *step);

} // namespace Spill
