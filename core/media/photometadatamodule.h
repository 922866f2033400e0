// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The entry point the photo metadata module exports, resolved by name. Both
// sides are built from this tree with the same compiler, so C++ types may cross.

#include "photometadata.h"

using SpillReadPhotoMetadata = Spill::PhotoMetadata (*)(QByteArrayView file);

#define SPILL_READ_PHOTO_METADATA "spillReadPhotoMetadata"
