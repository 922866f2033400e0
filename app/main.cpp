// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "cli/climessages.h"
#include "cli/clirunner.h"
#include "cli/commandline.h"
#include "library/librarylocation.h"
#include "media/videomodule.h"
#include "shell/mainwindow.h"
#include "shell/spillstyle.h"
#include "shell/startuptrace.h"
#include "shell/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

} // namespace

// The hidden `spill __probe FILE [--frame MS --out PNG]`: reads a video in a
// child process, so a hostile file can crash or hang only this process.
int runProbe(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    return Spill::VideoModule::runProbe(QCoreApplication::arguments().mid(2), out);
}

int main(int argc, char *argv[])
{
    using namespace Spill;

    if (argc >= 2 && qstrcmp(argv[1], "__probe") == 0)
        return runProbe(argc, argv);
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
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QTranslator translator;
        installTranslator(app, translator);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!parsed.invocation)
            return Cli::reportUsageError(parsed.error, err);
        return Cli::run(*parsed.invocation, out, err);
    }

    traceStartup("main");
    QApplication app(argc, argv);
    traceStartup("application");
    // Wraps the style the platform or -style chose.
    QApplication::setStyle(new SpillStyle(QStyleFactory::create(QApplication::style()->name())));
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Spill"));
    QGuiApplication::setDesktopFileName(QStringLiteral(SPILL_APP_ID));
    QTranslator translator;
    installTranslator(app, translator);

    traceStartup("translator");
    const QString libraryDir = parsed.invocation->libraryDir.isEmpty()
        ? defaultLibraryPath()
        : QDir(parsed.invocation->libraryDir).absolutePath();
    // Declared first so it outlives the window, whose places save into it
    // as they close.
    std::unique_ptr<Workspace> workspace;
    // The frame shows first; the library opens while it is mapped, and the
    // Write place is built after the first frame.
    MainWindow window(libraryDir);
    window.restoreWindowState();
    window.show();
    traceStartup("main window shown");
    QString error;
    workspace = Workspace::open(libraryDir, &error);
    if (!workspace) {
        QMessageBox::critical(&window, QObject::tr("Spill cannot open this library"),
                              QObject::tr("%1\n\nNothing in it was changed. Start Spill with "
                                          "--library to choose another folder.")
                                  .arg(error));
        return Cli::ExitFailure;
    }
    traceStartup("workspace open");
    window.attachWorkspace(*workspace);
    QTimer::singleShot(0, &window, [] { traceStartup("event loop running"); });
    return app.exec();
}
