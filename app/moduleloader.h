// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Spill::ModuleLoader {

// Spill's own modules, the parts of it a short command must not load (the
// window, import and export): each is found, first found wins, at the path
// its environment variable names, beside the program (a build tree), then
// at its installed location relative to the program. Works before any Qt
// application object exists; nothing is ever unloaded.
struct Module
{
    const char *environmentVariable; // e.g. "SPILL_WINDOW_MODULE"
    const char *fileName; // beside the program
    const char *installedPath; // relative to the program's folder
};

QStringList candidatePaths(const Module &module, const QString &programDir);

// Loads the first candidate that exports every entry point and writes their
// addresses to `resolved`, in order. False when none does, with `problems`
// naming each path tried and why it failed (untranslated when called before
// a translator is installed).
bool load(const Module &module, const QString &programDir,
          std::initializer_list<const char *> entryPoints, QFunctionPointer *resolved,
          QStringList *problems);

// The folder the running program is in, read before any application object
// exists (QCoreApplication::applicationDirPath() needs one).
QString programDir(const char *argv0);

} // namespace Spill::ModuleLoader
