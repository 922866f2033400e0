// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "clicontext.h"
#include "climessages.h"
#include "commands.h"
#include "commandspec.h"
#include "completion.h"
#include "stderrcapture.h"
#include "transfermodule.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

namespace Spill::Cli {

namespace {

// Shares the "CommandLine" translation context with the parser.
struct CliRunnerText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int reportUsageError(const QString &error, QTextStream &err)
{
    err << QStringLiteral("spill: ") << printable(error) << Qt::endl
        << CliRunnerText::tr("Try 'spill --help' for more information.") << Qt::endl;
    return ExitUsage;
}

namespace {

// spill(1) to stdout, or into the file named (whole, or not at all).
int writeManPage(const CliContext &ctx)
{
    if (ctx.invocation().files.isEmpty()) {
        ctx.out() << manPage();
        return ExitSuccess;
    }
    QSaveFile file(ctx.invocation().files.constFirst());
    if (!file.open(QIODevice::WriteOnly) || file.write(manPage().toUtf8()) < 0 || !file.commit()) {
        ctx.error(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        return ExitFailure;
    }
    return ExitSuccess;
}

int runCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const CliContext ctx(invocation, out, err);
    int code = ExitFailure;
    switch (invocation.command) {
    case Command::Help:
        out << helpText();
        code = ExitSuccess;
        break;
    case Command::Version:
        out << versionText();
        code = ExitSuccess;
        break;
    case Command::ManPage:
        code = writeManPage(ctx);
        break;
    case Command::Complete:
        code = runComplete(ctx);
        break;
    case Command::Gui:
        err << QStringLiteral("spill: ")
            << CliRunnerText::tr("the window cannot be opened from here") << Qt::endl;
        break;
    case Command::Import:
    case Command::Export:
    case Command::Publish:
        code = runTransfer(invocation.command, ctx);
        break;
    case Command::List:
        code = runList(ctx);
        break;
    case Command::Search:
        code = runSearch(ctx);
        break;
    case Command::Check:
        code = runCheck(ctx);
        break;
    }
    out.flush();
    err.flush();
    return code;
}

bool reachesThirdPartyLibraries(Command command)
{
    switch (command) {
    case Command::Import:
    case Command::Export:
    case Command::Publish:
        return true;
    default:
        return false;
    }
}

} // namespace

int run(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    // Only the commands that reach image, video and network libraries can
    // hear those libraries write to stderr; the others are spared the pipe
    // and its thread.
    if (!reachesThirdPartyLibraries(invocation.command))
        return runCommand(invocation, out, err);
    // Third-party libraries' own writes to stderr get the prefix too. When
    // `err` is the process's stderr, Spill's messages go around the capture.
    err.flush();
    const StderrCapture capture(messagePrefix(invocation.command));
    QFile terminal;
    QTextStream messages;
    QTextStream *errors = &err;
    const auto *errFile = qobject_cast<QFile *>(err.device());
    if (capture.isActive() && errFile && errFile->handle() == STDERR_FILENO &&
        terminal.open(terminalFd(), QIODevice::WriteOnly | QIODevice::Unbuffered,
                      QFileDevice::DontCloseHandle)) {
        messages.setDevice(&terminal);
        errors = &messages;
    }
    return runCommand(invocation, out, *errors);
}

} // namespace Spill::Cli
