// SPDX-License-Identifier: GPL-3.0-or-later
// The clip remux module: libavformat behind one exported function.
#include "clipremuxmodule.h"

#include <QtGlobal>

#include <type_traits>

extern "C" Q_DECL_EXPORT void spillRemuxClip(const QString &sourcePath, const QString &suffix,
                                             QIODevice &out, qint64 maxBytes,
                                             Spill::ClipRemux *result)
{
    *result = Spill::remuxClip(sourcePath, suffix, out, maxBytes);
}

// Checked at compile time: the exported function has the type the loader expects.
static_assert(std::is_same_v<decltype(&spillRemuxClip), SpillRemuxClip>);
