// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "cli/climessages.h"
#include "cli/clirunner.h"
#include "cli/commandline.h"
#include "cli/transfermodule.h"
#include "windowmodule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace Spill;
    QElapsedTimer started;
    started.start();

    // The hidden `spill __probe FILE [--frame MS --out PNG]` reads a video in
    // a child process, so a hostile file can crash or hang only that process.
    if (argc >= 2 && qstrcmp(argv[1], "__probe") == 0)
        return Cli::runProbe(argc, argv);
    // Qt Multimedia's GStreamer backend lacks the decoders on Debian.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");

    // Decide before any app object exists: headless commands must never
    // need a display, so they get a QCoreApplication.
    const Cli::ParseResult parsed = Cli::parse(argumentsOf(argc, argv));
    // Nothing to translate and nothing to open: no application object.
    if (parsed.invocation && parsed.invocation->command == Cli::Command::Version) {
        const QByteArray text = Cli::versionText().toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return Cli::ExitSuccess;
    }
    if (!parsed.invocation || parsed.invocation->command != Cli::Command::Gui) {
        // With TZ unset, glibc stats /etc/localtime at every local-time
        // conversion; naming the same file once lets it cache the zone.
        if (!qEnvironmentVariableIsSet("TZ") && QFileInfo::exists(QStringLiteral("/etc/localtime")))
            qputenv("TZ", ":/etc/localtime");
        Cli::installMessageHandler(parsed.invocation ? parsed.invocation->command
                                                     : Cli::Command::Help);
        // Painting the share kit needs Qt Gui's fonts: that export gets a
        // QGuiApplication (offscreen) from the transfer module.
        QString guiError;
        std::unique_ptr<QCoreApplication> app;
        if (parsed.invocation && parsed.invocation->shareKit)
            app = Cli::makeGuiApplication(argc, argv, &guiError);
        if (!app)
            app = std::make_unique<QCoreApplication>(argc, argv);
        setApplicationIdentity();
        QTranslator translator;
        installTranslator(*app, translator);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!parsed.invocation)
            return Cli::reportUsageError(parsed.error, err);
        if (!guiError.isEmpty()) {
            err << "spill export: "
                << QCoreApplication::translate("TransferModule",
                                               "the share kit cannot be painted (%1)")
                       .arg(guiError)
                << Qt::endl;
            return Cli::ExitFailure;
        }
        return Cli::run(*parsed.invocation, out, err);
    }

    // The window lives in its own module, loaded only now: the commands
    // above never map Qt Widgets (nor, but for import and export, Qt Gui).
    if (const SpillWindowMain windowMain = WindowModule::load(nullptr)) {
        const SpillWindowRequest request {parsed.invocation->libraryDir,
                                          parsed.invocation->newStory, parsed.invocation->files};
        return windowMain(argc, argv, request, started);
    }
    // Said on stderr in words, translated: there is no window to show it in.
    Cli::installMessageHandler(Cli::Command::Gui);
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QTranslator translator;
    installTranslator(app, translator);
    QString error;
    WindowModule::load(&error);
    QTextStream(stderr) << "spill: " << error << '\n';
    return Cli::ExitFailure;
}
