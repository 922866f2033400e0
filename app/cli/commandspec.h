// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Spill::Cli {

// The command line, described once: `spill --help`, the manual page
// spill(1) and the shell completion are all made from these tables, and a
// test holds docs/cli.md to them. Descriptions are English source texts of
// the "CommandLine" translation context (QT_TRANSLATE_NOOP).
struct OptionSpec
{
    const char *names; // "--format", or "-h, --help"
    const char *value; // "FORMAT", or nullptr for a flag
    const char *help;
    bool windowOnly = false; // for the window: never after a command
};

struct CommandSpec
{
    const char *name; // "export"
    const char *usage; // the arguments after the name, as the synopsis shows them
    const char *help; // one sentence, for --help
    QList<OptionSpec> options; // the options only this command takes
};

const QList<CommandSpec> &commandSpecs();
// Options every command takes (--library) and the ones that stand alone.
const QList<OptionSpec> &globalOptions();

// "export --format FORMAT --out DIR …": a command's synopsis.
QString commandSynopsis(const CommandSpec &command);

// `spill --help`, in the language installed now, lines kept under 80 columns.
QString helpText();

// spill(1) in roff, English, for `man spill`; made at build time by the
// hidden `spill __manpage`.
QString manPage();

} // namespace Spill::Cli
