// SPDX-License-Identifier: GPL-3.0-or-later
// Coming in: one spill-story/1 file, its media copied into the library's
// media store, stored as a new story. The command line's `spill import` and
// the window's opening of a story file both use it.
#pragma once

#include "story/story.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Spill {

class Library;
class MediaStore;

// Reads one story file and stores its media. Either the whole story is
// imported or nothing of it: media copied into the store for a story that
// is then refused are removed again.
class StoryFileImport
{
public:
    StoryFileImport(const QString &path, const MediaStore &store, Library &library);
    ~StoryFileImport();
    StoryFileImport(const StoryFileImport &) = delete;
    StoryFileImport &operator=(const StoryFileImport &) = delete;

    // The stored story, or nullopt with error() set.
    std::optional<Story> run();

    QString error() const { return m_error; }
    // Said, but the story was imported: a link to a story not here, tags
    // kept in the library's spelling. Each names the file.
    QStringList notes() const { return m_notes; }

private:
    void resolveRedemption(Story &story);
    bool importMedia(Story &story);

    QString m_path;
    const MediaStore &m_store;
    Library &m_library;
    QString m_error;
    QStringList m_notes;
    QStringList m_newHashes; // copied into the store by this import
    qint64 m_storedId = 0;
};

// Reads `path` as a spill-story/1 file without storing anything (the
// import's first step, and the window's question "Import ...?" with the
// story's title). nullopt with `error` set, naming the file, when it is
// missing, not a file, cannot be read or is not such a story.
std::optional<Story> peekStoryFile(const QString &path, QString *error);

} // namespace Spill
