// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"

#include <QStringList>

namespace Spill {

struct Post;

// Every change Spill makes to a story's media on its way out in `format`,
// one plain sentence each, in the order of the media: a photo scaled down,
// a file renamed, metadata removed, a clip too large to embed. The Export
// place shows this list before an export and `spill export` prints it after
// one; both get it from here. For html-single the post's clips must have
// gone through embedClips() first. The interchange format copies media as
// they are: nothing changes.
QStringList exportChanges(const Post &post, ExportFormat format);

} // namespace Spill
