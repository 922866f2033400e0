// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QList>
#include <QString>

namespace Spill {

// Reads the ledger entry (capture time, camera, software, whether it was
// edited) of each photo in `media` that has none yet, from its stored file
// in the library at `libraryFolder`: media stored by a Spill that did not
// keep it. A photo whose file cannot be read keeps origin.known false; clips
// are left as they are. Returns how many items were filled in. Blocking:
// reads files, so never on the GUI thread.
int readMissingOrigins(QList<MediaItem> &media, const QString &libraryFolder);

} // namespace Spill
