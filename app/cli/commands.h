// SPDX-License-Identifier: GPL-3.0-or-later
// The headless subcommands, one file each. Every one returns an exit code
// (see clirunner.h): results go to ctx.out(), problems to ctx.err().
// runImport(), runExport() and runPublish() are in the transfer module (transfermodule.h);
// the program reaches them through runTransfer().
#pragma once

#include <QList>

namespace Spill {
struct Story;
}

namespace Spill::Cli {

class CliContext;

int runImport(const CliContext &ctx);
int runList(const CliContext &ctx);
int runSearch(const CliContext &ctx);
int runCheck(const CliContext &ctx);
int runExport(const CliContext &ctx); // the post formats and json, the interchange format
int runPublish(const CliContext &ctx); // to a WordPress site

// Loads the remux module when a story has a clip (exportcommand.cpp), for
// export and publish alike, before they start any thread.
void loadRemuxModuleForClips(const QList<Story> &stories);

} // namespace Spill::Cli
