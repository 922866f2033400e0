// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "media/mediapaths.h" // storedMediaFile()
#include "media/thumbnailcache.h"
#include "media/videoprober.h"

#include <QString>
#include <QStringList>

namespace Spill {

// The media of a library's stories as an exporter reads them: each item's
// stored file and, for a clip, its poster frame from the thumbnail cache
// (made by probing the clip when the cache has none, so an export never
// depends on which thumbnails a view happened to ask for). A poster that
// cannot be made is left out and noted, naming the story and the clip.
// Use it from one thread at a time; blocking.
class LibraryMedia
{
public:
    // Without posters, clips are never probed (the interchange format has
    // no use for them).
    enum class Posters { Resolve, None };
    explicit LibraryMedia(const QString &libraryFolder, VideoProber prober = {},
                          Posters posters = Posters::Resolve);
    LibraryMedia(const LibraryMedia &) = delete;
    LibraryMedia &operator=(const LibraryMedia &) = delete;

    MediaSource resolve(const MediaItem &item, const QString &storyTitle);
    // resolve() for one story, for ExportInput::resolveMedia. Holds a
    // pointer to this object: it must outlive the export.
    MediaResolver resolverFor(const QString &storyTitle);

    // The notes gathered since the last call.
    QStringList takeNotes();

private:
    QString m_folder;
    ThumbnailCache m_thumbnails;
    Posters m_posters;
    QStringList m_notes;
};

} // namespace Spill
