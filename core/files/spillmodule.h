// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFunctionPointer>
#include <QString>
#include <QStringList>

namespace Spill::SpillModule {

// Where one of Spill's modules (shared libraries loaded on first use, so the
// program does not pay for them at start) is looked for, first found wins:
// the file named by the environment variable, the file beside the program (a
// build tree), then the installed location, relative to the program's folder.
// Works before any Qt application object exists.
QStringList candidatePaths(const char *environmentVariable, const QString &fileName,
                           const QString &installedPath);

// The folder the running program is in. Works before any Qt application
// object exists (QCoreApplication::applicationDirPath() needs one).
QString programDir();

struct Resolved
{
    QFunctionPointer function = nullptr;
    QString problems; // what each path gave, "; "-separated, when function is null
};

// Loads the first of `paths` that exports `symbol` and resolves it. The
// library is never unloaded: the libraries behind the modules keep global
// state.
Resolved resolve(const QStringList &paths, const char *symbol);

} // namespace Spill::SpillModule
