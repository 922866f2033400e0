// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The entry point the clip remux module exports, resolved by name. Both
// sides are built from this tree with the same compiler, so C++ types may cross.

#include "clipremux.h"

using SpillRemuxClip = void (*)(const QString &sourcePath, const QString &suffix, QIODevice &out,
                                qint64 maxBytes, Spill::ClipRemux *result);

#define SPILL_REMUX_CLIP "spillRemuxClip"
