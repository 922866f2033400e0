// SPDX-License-Identifier: GPL-3.0-or-later
// The sample story shipped for first-time creators must itself be a good
// example: it reads cleanly and the coach has nothing to warn about.
#include "story/coach.h"
#include "story/storyjson.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Spill;

TEST_CASE("sample story: a model post")
{
    const QString path = QStringLiteral(SPILL_SOURCE_DIR "/resources/samples/souffle/story.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const StoryJsonResult result = readStoryJson(file.readAll(), path);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    const Story &story = *result.story;

    SECTION("nominal: every beat is written and its photos exist")
    {
        for (Beat beat : AllBeats)
            CHECK_FALSE(story.beat(beat).trimmed().isEmpty());
        REQUIRE(story.media.size() == 2);
        for (const MediaItem &item : story.media) {
            const MediaPathResult media = resolveMediaPath(path, item.file);
            INFO(item.file.toStdString());
            REQUIRE(media.ok());
            CHECK(QFileInfo(media.path).size() > 1000);
        }
    }

    SECTION("nominal: the coach has no warnings or suggestions for it")
    {
        for (const CoachFinding &finding : coachStory(story)) {
            INFO(finding.id.toStdString() << ": " << finding.why.toStdString());
            CHECK(finding.severity == CoachSeverity::Good);
        }
    }
}
