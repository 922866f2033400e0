// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "photometadata.h"
#include "story/mediaorigin.h"

namespace Spill {

// The ledger entry for a photo with this metadata. It counts as edited when
// its file says it was changed after it was taken: an XMP history event
// that changed the picture, editing settings that crop or adjust it, a
// modification time more than a few seconds after the capture time, or a
// last writer that is a photo editor (Lightroom, Photoshop, GIMP, Snapseed
// and the like). A camera or phone naming its own firmware is not an edit.
MediaOrigin photoOrigin(const PhotoMetadata &metadata);

} // namespace Spill
