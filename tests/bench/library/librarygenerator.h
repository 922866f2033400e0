// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill::Bench {

// Fills a new library in `folder` with `size` generated stories (see
// StoryGenerator), in one unsynced transaction. Says why on stderr and
// returns false when it cannot.
bool generateLibrary(const QString &folder, int size);

} // namespace Spill::Bench
