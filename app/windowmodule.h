// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/windowmoduleabi.h"

#include <QString>

namespace Spill::WindowModule {

// Qt Widgets and the whole GUI live in a module that main() loads only when
// Spill opens its window: linked into the program, they made every command
// (`spill list`, `spill search`) load some 50 shared libraries it never used.
// Found as SpillModule::candidatePaths() says: $SPILL_WINDOW_MODULE, beside
// the program (a build tree), then the installed location.

// The module's entry point, or null with *error naming each path tried and
// why it failed. Works before any Qt application object exists; untranslated
// when called before a translator is installed.
SpillWindowMain load(QString *error);

} // namespace Spill::WindowModule
