// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include <QCoreApplication>

#include <memory>

namespace Spill::Cli {

class CliContext;

// `import`, `export` and the hidden `__probe` decode photos, scale web
// images and take poster frames with Qt Gui. They live in the transfer
// module (app/transfer/), loaded only for them, so that `list`, `search`,
// `check`, `--help` and `--version` start without Qt Gui and the shared
// libraries that come with it. The module is found as
// SpillModule::candidatePaths() says: $SPILL_TRANSFER_MODULE, beside the
// program, then Spill's library folder.

// Runs `import` or `export` from the module. When it cannot be loaded, says
// so naming each path tried, and fails.
int runTransfer(Command command, const CliContext &ctx);

// Runs `spill __probe` from the module, before any application object
// exists. When it cannot be loaded, answers as the probe does (one JSON
// object on stdout) and fails.
int runProbe(int &argc, char **argv);

// The application object for a command that paints (`export --share-kit`):
// a QGuiApplication on the offscreen platform, made by the module. Null,
// with *error naming each path tried, when the module cannot be loaded.
std::unique_ptr<QCoreApplication> makeGuiApplication(int &argc, char **argv, QString *error);

} // namespace Spill::Cli
