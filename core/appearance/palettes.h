// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appearance/appearance.h"

#include <QPalette>

namespace Spill {

// Spill's two designed palettes, for the Fusion style: warm paper and ink
// in light, warm charcoal in dark, a terracotta accent in both. Every role
// is set, the disabled group too, so nothing falls back on the platform's.
QPalette designedPalette(ColourScheme scheme);

} // namespace Spill
