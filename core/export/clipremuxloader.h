// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clipremux.h"

#include <QStringList>

namespace Spill {

// libavformat and libavcodec live in a module that Spill loads the first
// time a clip is exported: linked into the program they would load on every
// start, also for `spill list`.
namespace ClipRemuxModule {

// Where the module is looked for, first found wins: $SPILL_REMUX_MODULE,
// beside the program (a build tree), then the installed location.
QStringList candidatePaths();

// Loads the module once (thread-safe); false with *error naming what was tried.
bool load(QString *error);

} // namespace ClipRemuxModule

// remuxClip() through the module; an error naming the clip when the module
// cannot be loaded.
ClipRemux remuxClipThroughModule(const QString &sourcePath, const QString &suffix, QIODevice &out,
                                 qint64 maxBytes = 0);

} // namespace Spill
