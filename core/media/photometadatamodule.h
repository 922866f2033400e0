// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The entry point the photo metadata module exports, resolved by name. Both
// sides are built from this tree with the same compiler, so C++ types may cross.

#include "photometadata.h"

// Reads the metadata of the `size` bytes at `data` into *out.
using SpillReadPhotoMetadata = void (*)(const char *data, qint64 size, Spill::PhotoMetadata *out);

#define SPILL_READ_PHOTO_METADATA "spillReadPhotoMetadata"
