// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/windowmoduleabi.h"

#include <QString>
#include <QStringList>

namespace Spill::WindowModule {

// Qt Widgets and the whole GUI live in a module that main() loads only when
// Spill opens its window: linked into the program, they made every command
// (`spill list`, `spill search`) load some 50 shared libraries it never used.

// Where the module is looked for, first found wins: $SPILL_WINDOW_MODULE,
// beside the program (a build tree), then the installed location. Works
// before any Qt application object exists.
QStringList candidatePaths(const QString &programDir);

// The module's entry point, or null with *error naming each path tried and
// why it failed. Untranslated when called before a translator is installed.
SpillWindowMain load(const QString &programDir, QString *error);

// The folder the running program is in, read before any application object
// exists (QCoreApplication::applicationDirPath() needs one).
QString programDir(const char *argv0);

} // namespace Spill::WindowModule
