// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

class QTextStream;

namespace Spill::Cli {

// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
inline constexpr int ExitSuccess = 0;
inline constexpr int ExitFailure = 1;
inline constexpr int ExitUsage = 2;

// Runs a headless command. Results go to `out`, problems to `err`.
int run(const Invocation &invocation, QTextStream &out, QTextStream &err);

// Prints a parse error the way every command does, and returns ExitUsage.
int reportUsageError(const QString &error, QTextStream &err);

} // namespace Spill::Cli
