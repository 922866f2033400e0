// SPDX-License-Identifier: GPL-3.0-or-later
// The window module's entry point: Spill's Qt Widgets GUI, which main()
// loads only when no command is given (see app/windowmodule.h).
#include "appidentity.h"
#include "cli/clirunner.h"
#include "library/librarylocation.h"
#include "preferences/preferences.h"
#include "shell/appearancecontrol.h"
#include "shell/instancechannel.h"
#include "shell/libraryopener.h"
#include "shell/mainwindow.h"
#include "shell/startuptrace.h"
#include "shell/workspace.h"
#include "window/windowmoduleabi.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QTranslator>

#include <memory>

extern "C" Q_DECL_EXPORT int spillWindowMain(int &argc, char **argv,
                                             const SpillWindowRequest &request,
                                             const QElapsedTimer &started)
{
    using namespace Spill;

    startStartupTrace(started);
    traceStartup("window module loaded");
    // Qt::AA_ShareOpenGLContexts is not set here: with it the application
    // object makes an OpenGL context, loading the system's OpenGL driver
    // before the window maps. The Export place's browser engine needs none:
    // its view draws in software (WebPreviewStarter).
    QApplication app(argc, argv);
    traceStartup("application");
    // Spill's own style and palette, light or dark as the creator chose: a
    // settings read, before any window exists.
    AppearanceControl::applyAtStart(PreferencesStore().appearance());
    traceStartup("appearance");
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Spill"));
    QGuiApplication::setDesktopFileName(QStringLiteral(SPILL_APP_ID));
    QTranslator translator;
    installTranslator(app, translator);
    QTranslator qtTranslator;
    installQtTranslator(app, qtTranslator);

    traceStartup("translator");
    const QString folder = request.libraryDir.isEmpty() ? defaultLibraryPath()
                                                        : QDir(request.libraryDir).absolutePath();
    // Another Spill has this library open: that one takes the request and
    // comes to the front, instead of a second window that could only read.
    if (libraryLockHolder(folder) != 0 &&
        handOverToRunningSpill(folder, request.newStory, request.storyFiles)) {
        traceStartup("handed over to the Spill that has the library open");
        return Cli::ExitSuccess;
    }
    // Declared first so it outlives the window, whose places save into it
    // as they close.
    std::unique_ptr<Workspace> workspace;
    // The frame shows first; the library opens while it is mapped, and the
    // Write place is built after the first frame.
    MainWindow window(folder);
    window.restoreWindowState();
    window.show();
    traceStartup("main window shown");
    // A library that cannot be opened says why, and the creator may choose
    // another folder instead of quitting.
    workspace = openLibraryAsking(folder, askWithDialogs(&window));
    if (!workspace)
        return Cli::ExitFailure;
    traceStartup("workspace open");
    window.attachWorkspace(*workspace);
    window.openOnStart(request.newStory, request.storyFiles);
    QTimer::singleShot(0, &window, [] { traceStartup("event loop running"); });
    return app.exec();
}

// Both sides agree on the signature, checked where the compiler can see both.
static_assert(std::is_same_v<decltype(&spillWindowMain), SpillWindowMain>);
