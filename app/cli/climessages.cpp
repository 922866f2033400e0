// SPDX-License-Identifier: GPL-3.0-or-later
#include "climessages.h"

#include "clicontext.h"

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
    const QByteArray line = prefix() + printable(message).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void installMessageHandler(Command command)
{
    const QString name = commandName(command);
    prefix() = (name.isEmpty() ? QStringLiteral("spill: ") : QStringLiteral("spill %1: ").arg(name))
                   .toLocal8Bit();
    qInstallMessageHandler(&handleMessage);
}

} // namespace Spill::Cli
