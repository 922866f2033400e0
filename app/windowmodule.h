// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "moduleloader.h"
#include "window/windowmoduleabi.h"

#include <QString>

namespace Spill::WindowModule {

// Qt Widgets and the whole GUI live in a module that main() loads only when
// Spill opens its window: linked into the program, they made every command
// (`spill list`, `spill search`) load some 50 shared libraries it never used.
// Found as ModuleLoader describes: $SPILL_WINDOW_MODULE, beside the
// program, then Spill's library folder.

// The module's entry point, or null with *error naming each path tried and
// why it failed. Untranslated when called before a translator is installed.
SpillWindowMain load(const QString &programDir, QString *error);

} // namespace Spill::WindowModule
