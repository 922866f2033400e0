// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QFuture>
#include <QString>

namespace Spill {

class MediaStore;

struct SampleStoryResult
{
    Story story; // media stored and filled in; not yet in the library
    QString error; // translated; empty on success

    bool ok() const { return error.isEmpty(); }
};

// The finished sample story shipped with Spill (":/samples/souffle"): reads
// its JSON and puts its photos into the media store on a worker thread,
// since importing decodes them. The caller adds the story to the library.
QFuture<SampleStoryResult> prepareSampleStory(const MediaStore &store);

// The same, on the calling thread (the worker's body).
SampleStoryResult loadSampleStory(const MediaStore &store);

} // namespace Spill
