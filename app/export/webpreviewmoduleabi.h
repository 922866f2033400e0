// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The entry point the web preview module exports, resolved by name. Both
// sides are built from this tree with the same compiler, so C++ types may
// cross.

#include "webpreview.h"

class QWidget;

// Returns the steps that make the preview's view under `parent`; the caller
// owns them and runs them one per turn of the event loop.
using SpillWebPreviewStart = Spill::WebPreviewStart *(*)(QWidget *parent);

#define SPILL_WEBPREVIEW_START "spillWebPreviewStart"
