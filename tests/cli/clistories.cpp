// SPDX-License-Identifier: GPL-3.0-or-later
#include "clistories.h"

#include "clitestsupport.h"
#include "mediafixtures.h"
#include "testsupport.h"

namespace Spill::Test {

StoryFiles::StoryFiles()
{
    REQUIRE(m_dir.isValid());
    for (const char *name : {"souffle.json", "minimal.json", "rtl.json"}) {
        const QString file = QString::fromLatin1(name);
        copyFileTo(dataPath(QStringLiteral("story/") + file),
                   path(QStringLiteral("stories/") + file));
    }
    copyFileTo(samplePath(QStringLiteral("souffle/media/dream.jpg")),
               path(QStringLiteral("stories/media/dream.jpg")));
    copyFileTo(samplePath(QStringLiteral("souffle/media/reality.jpg")),
               path(QStringLiteral("stories/media/cake.jpg")));
    const QString clipError = makeColourClip(path(QStringLiteral("stories/media/collapse.mp4")));
    INFO(clipError.toStdString());
    REQUIRE(clipError.isEmpty());
}

QString sampleStory()
{
    return samplePath(QStringLiteral("souffle/story.json"));
}

} // namespace Spill::Test
