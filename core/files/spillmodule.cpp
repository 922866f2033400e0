// SPDX-License-Identifier: GPL-3.0-or-later
#include "spillmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace Spill::SpillModule {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct SpillModuleText
{
    Q_DECLARE_TR_FUNCTIONS(SpillModule)
};

} // namespace

QString programDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Linux names the running program here, whatever argv[0] says.
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    return self.isEmpty() ? QDir::currentPath() : QFileInfo(self).absolutePath();
}

QStringList candidatePaths(const char *environmentVariable, const QString &fileName,
                           const QString &installedPath)
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    const QDir dir(programDir());
    paths.append(dir.filePath(fileName));
    paths.append(QDir::cleanPath(dir.filePath(installedPath)));
    return paths;
}

Resolved resolve(const QStringList &paths, const char *symbol)
{
    Resolved resolved;
    QStringList problems;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            problems.append(
                SpillModuleText::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            problems.append(library.errorString());
            continue;
        }
        resolved.function = library.resolve(symbol);
        if (resolved.function)
            return resolved;
        problems.append(SpillModuleText::tr("%1 lacks %2")
                            .arg(QDir::toNativeSeparators(path), QString::fromLatin1(symbol)));
    }
    resolved.problems = problems.join(QStringLiteral("; "));
    return resolved;
}

} // namespace Spill::SpillModule
