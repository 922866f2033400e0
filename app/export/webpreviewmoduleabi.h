// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The entry point the web preview module exports, resolved by name. Both
// sides are built from this tree with the same compiler, so C++ types may
// cross.

#include "webpreview.h"

class QWidget;

using SpillWebPreviewCreate = Spill::WebPreview *(*)(QWidget *parent);

#define SPILL_WEBPREVIEW_CREATE "spillWebPreviewCreate"
