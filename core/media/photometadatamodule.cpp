// SPDX-License-Identifier: GPL-3.0-or-later
// The photo metadata module: exiv2 behind one exported function.
#include "photometadatamodule.h"

#include <QtGlobal>

#include <type_traits>

extern "C" Q_DECL_EXPORT void spillReadPhotoMetadata(const char *data, qint64 size,
                                                     Spill::PhotoMetadata *out)
{
    *out = Spill::readPhotoMetadata(QByteArrayView(data, size));
}

// Checked at compile time: the exported function has the type the loader expects.
static_assert(std::is_same_v<decltype(&spillReadPhotoMetadata), SpillReadPhotoMetadata>);
