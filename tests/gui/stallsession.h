// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {
class MainWindow;
}

namespace Spill::Test {

class StallDetector;

// A creator's session in the real main window, driven by keyboard and
// mouse as they would: open a story from the list, type into a beat at
// 30 ms a key, switch beats and stories, trash a story and restore it, open
// History, open Export (until its preview, the browser engine started, shows
// the post), search the Gallery. Each step is one action of
// `detector`, left to settle before the next begins.
//
// `window` must be shown on a library with stories, its workspace attached.
// Returns what did not happen, naming the action; empty when all did.
QString runStallSession(MainWindow &window, StallDetector &detector);

// The name of the first action: the Write place built after the first frame.
QString startActionName();

} // namespace Spill::Test
