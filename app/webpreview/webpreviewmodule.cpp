// SPDX-License-Identifier: GPL-3.0-or-later
// The web preview module's entry point: see app/export/webpreviewmodule.h.
#include "export/webpreviewmoduleabi.h"
#include "webpreviewstarter.h"

extern "C" Q_DECL_EXPORT Spill::WebPreviewStart *spillWebPreviewStart(QWidget *parent)
{
    return new Spill::WebPreviewStarter(parent);
}

// Both sides agree on the signature, checked where the compiler can see both.
static_assert(std::is_same_v<decltype(&spillWebPreviewStart), SpillWebPreviewStart>);
