// SPDX-License-Identifier: GPL-3.0-or-later
// The photo metadata module: exiv2 behind one exported function.
#include "photometadatamodule.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT Spill::PhotoMetadata spillReadPhotoMetadata(QByteArrayView file)
{
    return Spill::readPhotoMetadata(file);
}

// Checked at compile time: the exported function has the type the loader expects.
static_assert(std::is_same_v<decltype(&spillReadPhotoMetadata), SpillReadPhotoMetadata>);
