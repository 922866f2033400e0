// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfermodule.h"

#include "clicontext.h"
#include "clirunner.h"
#include "moduleloader.h"
#include "transfer/transfermoduleabi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Spill::Cli {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TransferModule)
};

const ModuleLoader::Module Transfer {"SPILL_TRANSFER_MODULE", SPILL_TRANSFER_MODULE_NAME,
                                     SPILL_TRANSFER_MODULE_INSTALLED};

} // namespace

int runTransfer(Command command, const CliContext &ctx)
{
    QFunctionPointer entry = nullptr;
    QStringList problems;
    const char *name = command == Command::Import ? SPILL_TRANSFER_IMPORT : SPILL_TRANSFER_EXPORT;
    if (!ModuleLoader::load(Transfer, QCoreApplication::applicationDirPath(), {name}, &entry,
                            &problems)) {
        ctx.error(Text::tr("import and export are not installed (%1)")
                      .arg(problems.join(QStringLiteral("; "))));
        return ExitFailure;
    }
    return reinterpret_cast<SpillTransferCommand>(entry)(ctx);
}

int runProbe(int &argc, char **argv)
{
    QFunctionPointer entry = nullptr;
    QStringList problems;
    if (!ModuleLoader::load(Transfer, ModuleLoader::programDir(argv[0]), {SPILL_TRANSFER_PROBE},
                            &entry, &problems)) {
        // Answered the way the probe answers its caller (see
        // core/media/videoprobe.h); no translator yet, so in English.
        const QJsonObject answer {{QStringLiteral("error"),
                                   QStringLiteral("import and export are not installed (%1)")
                                       .arg(problems.join(QStringLiteral("; ")))}};
        const QByteArray text = QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return ExitFailure;
    }
    return reinterpret_cast<SpillProbeMain>(entry)(argc, argv);
}

} // namespace Spill::Cli
