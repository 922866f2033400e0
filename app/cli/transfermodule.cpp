// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfermodule.h"

#include "clicontext.h"
#include "clirunner.h"
#include "files/spillmodule.h"
#include "transfer/transfermoduleabi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Spill::Cli {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct TransferModuleText
{
    Q_DECLARE_TR_FUNCTIONS(TransferModule)
};

SpillModule::Resolved resolveTransfer(const char *symbol)
{
    return SpillModule::resolve(
        SpillModule::candidatePaths("SPILL_TRANSFER_MODULE",
                                    QStringLiteral(SPILL_TRANSFER_MODULE_NAME),
                                    QStringLiteral(SPILL_TRANSFER_MODULE_INSTALLED)),
        symbol);
}

} // namespace

int runTransfer(Command command, const CliContext &ctx)
{
    const SpillModule::Resolved resolved =
        resolveTransfer(command == Command::Import        ? SPILL_TRANSFER_IMPORT
                            : command == Command::Publish ? SPILL_TRANSFER_PUBLISH
                                                          : SPILL_TRANSFER_EXPORT);
    if (!resolved.function) {
        ctx.error(TransferModuleText::tr("import, export and publish are not installed (%1)")
                      .arg(resolved.problems));
        return ExitFailure;
    }
    return reinterpret_cast<SpillTransferCommand>(resolved.function)(ctx);
}

std::unique_ptr<QCoreApplication> makeGuiApplication(int &argc, char **argv, QString *error)
{
    const SpillModule::Resolved resolved = resolveTransfer(SPILL_TRANSFER_GUI_APPLICATION);
    if (!resolved.function) {
        *error = resolved.problems;
        return nullptr;
    }
    return std::unique_ptr<QCoreApplication>(
        reinterpret_cast<SpillGuiApplication>(resolved.function)(argc, argv));
}

int runProbe(int &argc, char **argv)
{
    const SpillModule::Resolved resolved = resolveTransfer(SPILL_TRANSFER_PROBE);
    if (!resolved.function) {
        // Answered the way the probe answers its caller (see
        // core/media/videoprobe.h); no translator yet, so in English.
        const QJsonObject answer {
            {QStringLiteral("error"),
             QStringLiteral("import, export and publish are not installed (%1)")
                 .arg(resolved.problems)}};
        const QByteArray text = QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return ExitFailure;
    }
    return reinterpret_cast<SpillProbeMain>(resolved.function)(argc, argv);
}

} // namespace Spill::Cli
