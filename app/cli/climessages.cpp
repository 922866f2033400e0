// SPDX-License-Identifier: GPL-3.0-or-later
#include "climessages.h"

#include "clicontext.h"
#include "stderrcapture.h"

#include <QtGlobal>

#include <cstdio>

namespace Spill::Cli {

namespace {

QByteArray &prefix()
{
    static QByteArray text;
    return text;
}

void handleMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    // Around a StderrCapture's pipe: the line carries its prefix already.
    std::fflush(stderr);
    writeAllTo(terminalFd(), prefix() + printable(message).toLocal8Bit() + '\n');
}

} // namespace

QByteArray messagePrefix(Command command)
{
    const QString name = commandName(command);
    return (name.isEmpty() ? QStringLiteral("spill: ") : QStringLiteral("spill %1: ").arg(name))
        .toLocal8Bit();
}

void installMessageHandler(Command command)
{
    prefix() = messagePrefix(command);
    qInstallMessageHandler(&handleMessage);
}

} // namespace Spill::Cli
