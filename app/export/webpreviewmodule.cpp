// SPDX-License-Identifier: GPL-3.0-or-later
#include "webpreviewmodule.h"

#include "libraryprefetch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLibrary>
#include <QLibraryInfo>
#include <QLocale>
#include <QOpenGLContext>
#include <QPainter>

#include <cerrno>
#include <mutex>
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

// Qt Gui exports the setter of the context QOpenGLContext::globalShareContext()
// returns; it is declared only in a private header, which Debian does not
// ship.
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);

namespace Spill::WebPreviewModule {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct WebPreviewModuleText
{
    Q_DECLARE_TR_FUNCTIONS(WebPreviewModule)
};

constexpr const char *SandboxVariable = "QTWEBENGINE_DISABLE_SANDBOX";
constexpr const char *FlagsVariable = "QTWEBENGINE_CHROMIUM_FLAGS";

// Chromium's sandbox needs a user namespace of its own; a system can forbid
// them. Tried in a child process, so this one stays as it was.
bool userNamespacesWork()
{
    const pid_t child = fork();
    if (child < 0)
        return true; // cannot tell: let Chromium try
    if (child == 0)
        _exit(unshare(CLONE_NEWUSER) == 0 ? 0 : 1);
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR)
            return true;
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// Without its sandbox Chromium needs no zygote, the process it otherwise
// starts first to fork pages from: starting it was most of Chromium's start
// (0.4-0.6 s on the GUI thread), and pages fork well enough without it.
void skipZygote()
{
    QByteArray flags = qgetenv(FlagsVariable);
    if (flags.contains("--no-zygote"))
        return;
    if (!flags.isEmpty())
        flags.append(' ');
    qputenv(FlagsVariable, flags.append("--no-zygote"));
}

// A path Qt WebEngine takes from `variable`, else the default under Qt's
// own folders.
QString enginePath(const char *variable, QLibraryInfo::LibraryPath root, const QString &under)
{
    const QString fromEnvironment = qEnvironmentVariable(variable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QLibraryInfo::path(root) + QLatin1Char('/') + under;
}

// What Chromium reads as it starts, besides its libraries: its resource
// packs, the strings of the interface language and of its fallback, and the
// program each page runs in.
QStringList engineDataFiles()
{
    QStringList files;
    const QDir resources(enginePath("QTWEBENGINE_RESOURCES_PATH", QLibraryInfo::DataPath,
                                    QStringLiteral("resources")));
    for (const QString &pack : resources.entryList({QStringLiteral("*.pak")}, QDir::Files))
        files.append(resources.filePath(pack));
    const QDir locales(enginePath("QTWEBENGINE_LOCALES_PATH", QLibraryInfo::TranslationsPath,
                                  QStringLiteral("qtwebengine_locales")));
    const QString language = QLocale().bcp47Name();
    for (const QString &name :
         {language, language.section(QLatin1Char('-'), 0, 0), QStringLiteral("en-US")})
        files.append(locales.filePath(name + QStringLiteral(".pak")));
    files.append(enginePath("QTWEBENGINEPROCESS_PATH", QLibraryInfo::LibraryExecutablesPath,
                            QStringLiteral("QtWebEngineProcess")));
    files.removeDuplicates();
    return files;
}

// Qt WebEngine looks at the system's OpenGL as Chromium starts, on the GUI
// thread, though the preview draws in software: it makes an OpenGL context,
// and the first context of the process loads the driver (Mesa's under Xvfb,
// with LLVM: 100 of the 150 ms that start took). One made and dropped here
// loads the driver first. Where there is no OpenGL (the offscreen
// platform), making it fails at once.
void loadOpenGLDriver()
{
    QOpenGLContext context;
    context.setFormat(QSurfaceFormat::defaultFormat());
    context.create();
}

QString rootNote()
{
    return WebPreviewModuleText::tr(
        "Spill runs as root, where Chromium refuses its sandbox: the preview "
        "runs without it");
}

} // namespace

QStringList candidatePaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("SPILL_WEBPREVIEW_MODULE");
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    const QDir programDir(QCoreApplication::applicationDirPath());
    paths.append(programDir.filePath(QStringLiteral(SPILL_WEBPREVIEW_MODULE_NAME)));
    paths.append(
        QDir::cleanPath(programDir.filePath(QStringLiteral(SPILL_WEBPREVIEW_MODULE_INSTALLED))));
    return paths;
}

bool prepareSandbox(QString *why, QString *note)
{
    static bool setHere = false; // by an earlier call, as root
    if (setHere) {
        *note = rootNote();
        return true;
    }
    if (qEnvironmentVariableIntValue(SandboxVariable) != 0) {
        skipZygote();
        *note = WebPreviewModuleText::tr("Chromium's sandbox is off: %1 is set")
                    .arg(QLatin1StringView(SandboxVariable));
        return true;
    }
    if (geteuid() == 0) {
        // Chromium ends the whole process rather than run as root with its
        // sandbox; the page it shows is Spill's own, without scripts.
        qputenv(SandboxVariable, "1");
        skipZygote();
        setHere = true;
        *note = rootNote();
        qInfo("%s", qPrintable(*note));
        return true;
    }
    if (!userNamespacesWork()) {
        *why = WebPreviewModuleText::tr(
            "The browser engine cannot start: this system does not let Chromium "
            "build its sandbox (user namespaces are switched off)");
        return false;
    }
    return true;
}

void setUncreatedShareContext()
{
    if (QOpenGLContext::globalShareContext())
        return;
    // Lives as long as the process: Chromium's threads may ask for it.
    auto *context = new QOpenGLContext;
    context->setFormat(QSurfaceFormat::defaultFormat());
    qt_gl_set_global_share_context(context);
}

void startPaintThreads()
{
    // A fill the raster engine blends (a translucent colour) over more than
    // a hundred lines is shared out among its threads, starting them.
    QImage canvas(64, 512, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 64));
}

Loaded load()
{
    Loaded loaded;
    QStringList problems;
    for (const QString &path : candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            problems.append(
                WebPreviewModuleText::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QLibrary library(path);
        // Never unloaded: Chromium's threads live on.
        library.setLoadHints(QLibrary::PreventUnloadHint);
        const QSet<QString> mappedBefore = LibraryPrefetch::mappedFiles();
        if (!library.load()) {
            problems.append(library.errorString());
            continue;
        }
        loaded.start =
            reinterpret_cast<SpillWebPreviewStart>(library.resolve(SPILL_WEBPREVIEW_START));
        if (loaded.start) {
            // Chromium starts on the GUI thread, in calls Spill cannot split:
            // what they read is read here first, so they wait for no disk
            // and fault in no code page by page.
            // Once per process: a later preview finds it all in place.
            static std::once_flag warmed;
            std::call_once(warmed, [&] {
                LibraryPrefetch::mapInSince(mappedBefore);
                LibraryPrefetch::readAhead(engineDataFiles());
                loadOpenGLDriver();
            });
            return loaded;
        }
        problems.append(WebPreviewModuleText::tr("%1 is not Spill's web preview module")
                            .arg(QDir::toNativeSeparators(path)));
    }
    loaded.error =
        WebPreviewModuleText::tr("Spill's browser engine for the preview is not installed (%1)")
            .arg(problems.join(QStringLiteral("; ")));
    return loaded;
}

} // namespace Spill::WebPreviewModule
