// SPDX-License-Identifier: GPL-3.0-or-later
// The story JSON reader on arbitrary bytes: never crashes, always either a
// story or an error naming the file; a story read back from what Spill
// writes for it is the same story.
#include "story/storyjson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Spill::StoryJsonResult result = Spill::readStoryJson(json, QStringLiteral("fuzz.json"));
    if (result.ok() == !result.error.isEmpty())
        std::abort(); // exactly one of story and error
    if (!result.ok()) {
        if (!result.error.startsWith(QStringLiteral("fuzz.json")))
            std::abort(); // the error names the file
        return 0;
    }
    const QByteArray written = Spill::writeStoryJson(*result.story);
    const Spill::StoryJsonResult again =
        Spill::readStoryJson(written, QStringLiteral("again.json"));
    if (!again.ok() || Spill::writeStoryJson(*again.story) != written)
        std::abort(); // what Spill writes, it reads back unchanged
    return 0;
}
