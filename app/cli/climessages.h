// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include <QByteArray>

namespace Spill::Cli {

// Routes Qt's own messages, and those of the libraries it wraps (libpng's
// warnings arrive as Qt warnings), to stderr as "spill COMMAND: message",
// escaped to one line like every other message. Debug and info messages
// are dropped: they are not meant for someone at a shell. What libraries
// write to stderr themselves is caught while a command runs (see
// StderrCapture).
void installMessageHandler(Command command);

// "spill COMMAND: ", or "spill: " for no command.
QByteArray messagePrefix(Command command);

} // namespace Spill::Cli
