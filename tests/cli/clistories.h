// SPDX-License-Identifier: GPL-3.0-or-later
// Story files for the command-line tests, laid out the way a creator would
// have them: JSON files with their media beside them.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Spill::Test {

class StoryFiles
{
public:
    // Copies the good fixtures of tests/data/story/ into a temporary folder
    // and gives them the media they refer to (the sample's photos and a
    // clip made with ffmpeg).
    StoryFiles();

    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QString souffle() const { return path(QStringLiteral("stories/souffle.json")); }
    QString minimal() const { return path(QStringLiteral("stories/minimal.json")); }
    QString rtl() const { return path(QStringLiteral("stories/rtl.json")); }
    QString library(const QString &name = QStringLiteral("library")) const { return path(name); }

private:
    QTemporaryDir m_dir;
};

// The shipped sample story, with its two photos.
QString sampleStory();

// The slugs the fixtures get.
inline const char SouffleSlug[] = "souffle-that-wasnt";
inline const char MinimalSlug[] = "creme-brulee-take-2";
inline const char SampleSlug[] = "the-souffle-that-sighed";

} // namespace Spill::Test
