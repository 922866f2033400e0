// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace Spill {

// The interchange format's version string; a file with another one is refused.
inline constexpr char StoryJsonFormat[] = "spill-story/1";

// Either a story or the reason there is none. The error names the file and
// the key, e.g. `souffle.json: "beats.lesson" is missing`.
struct StoryJsonResult
{
    std::optional<Story> story;
    QString error;

    bool ok() const { return story.has_value(); }
};

// Reads one story in the `spill-story/1` format (see docs/design.md). `fileName`
// is only used in error messages, as given. Media items keep `file` exactly
// as written (relative to the JSON file's folder): see resolveMediaPath().
// Read stories have id 0, no media hashes, and media kind Photo: probing the
// files is the importer's job. A missing created/updated stays a null
// QDateTime for the caller to fill. Dates keep their UTC offset.
StoryJsonResult readStoryJson(const QByteArray &json, const QString &fileName);

// Writes `story` as indented UTF-8 JSON, keys in the documented order. Each
// media item's "file" is what `mediaFileName` returns for it (a path relative
// to the JSON file); with an empty function, the item's own `file` is used.
// Dates without an offset (local time) are written with the offset they have.
QByteArray writeStoryJson(const Story &story,
                          const std::function<QString(const MediaItem &)> &mediaFileName = {});

// Either an absolute, clean path or the reason there is none.
struct MediaPathResult
{
    QString path;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Resolves a media item's `file` against the folder of the JSON file it came
// from. Refuses absolute paths (also Windows drive and UNC paths), `..` that
// climbs out of that folder, and symbolic links that lead out of it, so a
// shared story cannot make Spill read files elsewhere on the disk.
// Backslashes count as folder separators. The file need not exist.
MediaPathResult resolveMediaPath(const QString &jsonFilePath, const QString &mediaFile);

// The lexical part of resolveMediaPath(): true if `mediaFile` is a relative
// path that stays inside its folder. readStoryJson() refuses the others.
bool isContainedMediaPath(const QString &mediaFile);

} // namespace Spill
