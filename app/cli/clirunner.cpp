// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Spill::Cli {

namespace {

// Shares the "CommandLine" translation context with the parser.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString commandName(Command command)
{
    switch (command) {
    case Command::Import:
        return QStringLiteral("import");
    case Command::List:
        return QStringLiteral("list");
    case Command::Search:
        return QStringLiteral("search");
    case Command::Export:
        return QStringLiteral("export");
    case Command::Check:
        return QStringLiteral("check");
    case Command::Gui:
    case Command::Help:
    case Command::Version:
        break;
    }
    return {};
}

} // namespace

int reportUsageError(const QString &error, QTextStream &err)
{
    err << QStringLiteral("spill: ") << error << Qt::endl
        << Text::tr("Try 'spill --help' for more information.") << Qt::endl;
    return ExitUsage;
}

int run(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    switch (invocation.command) {
    case Command::Help:
        out << helpText();
        return ExitSuccess;
    case Command::Version:
        out << versionText();
        return ExitSuccess;
    case Command::Gui:
        err << QStringLiteral("spill: ") << Text::tr("the window cannot be opened from here")
            << Qt::endl;
        return ExitFailure;
    default:
        err << QStringLiteral("spill %1: ").arg(commandName(invocation.command))
            << Text::tr("not yet available in this version of Spill") << Qt::endl;
        return ExitFailure;
    }
}

} // namespace Spill::Cli
