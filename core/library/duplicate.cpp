// SPDX-License-Identifier: GPL-3.0-or-later
// What a duplicate copies: one rule for every place that offers it.
#include "library.h"

namespace Spill {

qint64 Library::duplicateStory(qint64 id)
{
    std::optional<Story> story = this->story(id);
    if (!story)
        return 0;
    story->id = 0;
    story->slug.clear();
    story->title = story->title.isEmpty() ? QString() : tr("%1 (copy)").arg(story->title);
    story->status = Status::Draft;
    story->publishedUrl.clear();
    story->created = {};
    story->updated = {};
    for (MediaItem &item : story->media)
        item.id = 0;
    return createStory(*story);
}

} // namespace Spill
