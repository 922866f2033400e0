// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplestory.h"

#include "async/backgroundpool.h"
#include "media/mediastore.h"
#include "story/storyjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent>

namespace Spill {

namespace {

const QString SampleFolder = QStringLiteral(":/samples/souffle/");

struct SampleStoryText
{
    Q_DECLARE_TR_FUNCTIONS(Spill::SampleStory)
};

} // namespace

SampleStoryResult loadSampleStory(const MediaStore &store)
{
    SampleStoryResult result;
    QFile json(SampleFolder + QStringLiteral("story.json"));
    if (!json.open(QIODevice::ReadOnly)) {
        result.error = SampleStoryText::tr("The sample story is missing from this build of Spill.");
        return result;
    }
    StoryJsonResult read = readStoryJson(json.readAll(), json.fileName());
    if (!read.ok()) {
        result.error = read.error;
        return result;
    }
    result.story = *read.story;

    // The media store imports from real files; resources are not.
    QTemporaryDir temp;
    if (!temp.isValid()) {
        result.error =
            SampleStoryText::tr("Could not create a temporary folder for the sample photos: %1")
                .arg(temp.errorString());
        return result;
    }
    for (MediaItem &item : result.story.media) {
        const QString source = SampleFolder + item.file;
        const QString copy = temp.filePath(QFileInfo(item.file).fileName());
        if (!QFile::copy(source, copy)) {
            result.error =
                SampleStoryText::tr("Could not copy the sample photo %1.").arg(item.file);
            return result;
        }
        const ImportedMedia imported = store.import(copy);
        if (!imported.ok()) {
            result.error = imported.error;
            return result;
        }
        const MediaItem stored = imported.toMediaItem(QFileInfo(item.file).fileName());
        item.hash = stored.hash;
        item.file = stored.file;
        item.kind = stored.kind;
        item.width = stored.width;
        item.height = stored.height;
        item.durationMs = stored.durationMs;
    }
    return result;
}

QFuture<SampleStoryResult> prepareSampleStory(const MediaStore &store)
{
    return QtConcurrent::run(backgroundPool(), [&store] { return loadSampleStory(store); });
}

} // namespace Spill
