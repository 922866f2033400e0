// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace Spill::WindowModule {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WindowModule)
};

} // namespace

QString programDir(const char *argv0)
{
    // Linux names the running program here, whatever argv[0] says.
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    const QString target = self.symLinkTarget();
    if (!target.isEmpty())
        return QFileInfo(target).absolutePath();
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

QStringList candidatePaths(const QString &programDir)
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("SPILL_WINDOW_MODULE");
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    const QDir dir(programDir);
    paths.append(dir.filePath(QStringLiteral(SPILL_WINDOW_MODULE_NAME)));
    paths.append(QDir::cleanPath(dir.filePath(QStringLiteral(SPILL_WINDOW_MODULE_INSTALLED))));
    return paths;
}

SpillWindowMain load(const QString &programDir, QString *error)
{
    QStringList problems;
    for (const QString &path : candidatePaths(programDir)) {
        if (!QFileInfo::exists(path)) {
            problems.append(Text::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QLibrary library(path);
        // Never unloaded: the application and its windows end with the process.
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            problems.append(library.errorString());
            continue;
        }
        if (const auto entry =
                reinterpret_cast<SpillWindowMain>(library.resolve(SPILL_WINDOW_MAIN)))
            return entry;
        problems.append(
            Text::tr("%1 is not Spill's window module").arg(QDir::toNativeSeparators(path)));
    }
    if (error)
        *error = Text::tr("Spill's window is not installed (%1)")
                     .arg(problems.join(QStringLiteral("; ")));
    return nullptr;
}

} // namespace Spill::WindowModule
