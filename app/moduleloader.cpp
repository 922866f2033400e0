// SPDX-License-Identifier: GPL-3.0-or-later
#include "moduleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace Spill::ModuleLoader {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModuleLoader)
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

QStringList candidatePaths(const Module &module, const QString &programDir)
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable(module.environmentVariable);
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    const QDir dir(programDir);
    paths.append(dir.filePath(QString::fromUtf8(module.fileName)));
    paths.append(QDir::cleanPath(dir.filePath(QString::fromUtf8(module.installedPath))));
    return paths;
}

bool load(const Module &module, const QString &programDir,
          std::initializer_list<const char *> entryPoints, QFunctionPointer *resolved,
          QStringList *problems)
{
    for (const QString &path : candidatePaths(module, programDir)) {
        const QString shown = QDir::toNativeSeparators(path);
        if (!QFileInfo::exists(path)) {
            problems->append(Text::tr("%1 does not exist").arg(shown));
            continue;
        }
        QLibrary library(path);
        // Never unloaded: what it starts ends with the process.
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            problems->append(library.errorString());
            continue;
        }
        bool complete = true;
        QFunctionPointer *next = resolved;
        for (const char *name : entryPoints) {
            *next = library.resolve(name);
            if (!*next) {
                problems->append(Text::tr("%1 is not the Spill module expected here (it lacks %2)")
                                     .arg(shown, QString::fromLatin1(name)));
                complete = false;
                break;
            }
            ++next;
        }
        if (complete)
            return true;
    }
    return false;
}

} // namespace Spill::ModuleLoader
