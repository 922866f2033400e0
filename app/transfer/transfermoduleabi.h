// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The entry points the transfer module exports, resolved by name. Both
// sides are built from this tree with the same compiler, so C++ types may
// cross.

class QCoreApplication;

namespace Spill::Cli {
class CliContext;
}

// `spill import`, `spill export` and `spill publish`: the exit code (see cli/clirunner.h).
// The program made the context, its streams and the application object.
using SpillTransferCommand = int (*)(const Spill::Cli::CliContext &ctx);

// The hidden `spill __probe` child, run before any application object
// exists; `argc` and `argv` are main()'s.
using SpillProbeMain = int (*)(int &argc, char **argv);

// A QGuiApplication on the offscreen platform, for an export that paints
// (the share kit needs Qt Gui's fonts); `argc` must outlive it.
using SpillGuiApplication = QCoreApplication *(*)(int &argc, char **argv);

#define SPILL_TRANSFER_IMPORT "spillImport"
#define SPILL_TRANSFER_EXPORT "spillExport"
#define SPILL_TRANSFER_PUBLISH "spillPublish"
#define SPILL_TRANSFER_PROBE "spillProbeMain"
#define SPILL_TRANSFER_GUI_APPLICATION "spillGuiApplication"
