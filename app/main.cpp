// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "cli/clirunner.h"
#include "cli/commandline.h"
#include "library/librarylocation.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>
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

int main(int argc, char *argv[])
{
    using namespace Spill;

    // Decide before any app object exists: headless commands must never
    // need a display, so they get a QCoreApplication.
    const Cli::ParseResult parsed = Cli::parse(argumentsOf(argc, argv));
    if (!parsed.invocation || parsed.invocation->command != Cli::Command::Gui) {
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

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Spill"));
    QGuiApplication::setDesktopFileName(QStringLiteral(SPILL_APP_ID));
    QTranslator translator;
    installTranslator(app, translator);

    const QString libraryDir = parsed.invocation->libraryDir.isEmpty()
        ? defaultLibraryPath()
        : QDir(parsed.invocation->libraryDir).absolutePath();
    MainWindow window(libraryDir);
    window.show();
    return app.exec();
}
