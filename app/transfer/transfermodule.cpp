// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer module's entry points: `spill import`, `spill export` and the
// hidden `spill __probe` child, which need Qt Gui (decoding photos, web
// images, poster frames). The program loads this module only for them, so
// `spill list`, `search` and `check` never map Qt Gui (see
// app/cli/transfermodule.h).
#include "cli/commands.h"
#include "media/videomodule.h"
#include "transfer/transfermoduleabi.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <type_traits>

extern "C" Q_DECL_EXPORT int spillImport(const Spill::Cli::CliContext &ctx)
{
    return Spill::Cli::runImport(ctx);
}

extern "C" Q_DECL_EXPORT int spillExport(const Spill::Cli::CliContext &ctx)
{
    return Spill::Cli::runExport(ctx);
}

extern "C" Q_DECL_EXPORT int spillPublish(const Spill::Cli::CliContext &ctx)
{
    return Spill::Cli::runPublish(ctx);
}

// Reads a video in a child process, so a hostile file can crash or hang
// only this process.
extern "C" Q_DECL_EXPORT int spillProbeMain(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    return Spill::VideoModule::runProbe(QCoreApplication::arguments().mid(2), out);
}

extern "C" Q_DECL_EXPORT QCoreApplication *spillGuiApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return new QGuiApplication(argc, argv);
}

// Both sides agree on the signatures, checked where the compiler can see both.
static_assert(std::is_same_v<decltype(&spillImport), SpillTransferCommand>);
static_assert(std::is_same_v<decltype(&spillExport), SpillTransferCommand>);
static_assert(std::is_same_v<decltype(&spillPublish), SpillTransferCommand>);
static_assert(std::is_same_v<decltype(&spillProbeMain), SpillProbeMain>);
static_assert(std::is_same_v<decltype(&spillGuiApplication), SpillGuiApplication>);
