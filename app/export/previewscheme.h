// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPalette;

namespace Spill {

// The posts have a dark mode of their own (their themes' prefers-color-
// scheme rules). The preview shows the one that matches Spill's own
// appearance, whatever the browser engine would pick: a dark Spill shows
// the post as a reader in dark mode sees it.
//
// True when `palette` is a dark one (its window darker than its text).
bool paletteIsDark(const QPalette &palette);

// A script, run beside the page, that makes the page's prefers-color-scheme
// rules match `dark` and nothing else; run again with the other value, it
// switches back (each <style> keeps its original text). It changes only
// the page shown, never the written file. Its value is "dark" or "light".
QString previewSchemeScript(bool dark);

} // namespace Spill
