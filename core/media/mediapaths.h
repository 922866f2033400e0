// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QString>
#include <QStringList>

namespace Spill {

// Where the media store keeps its files, in Qt Core alone: `spill check`
// finds a story's files through these without linking the store, which
// decodes photos with Qt Gui.

// A content hash as the store names files: 64 lowercase hex digits.
bool isValidMediaHash(const QString &hash);

// The suffixes the store writes: jpg, png, webp, mp4, mov, webm.
const QStringList &mediaStoreSuffixes();

// <libraryDir>/media/<hash>.<suffix>, or an empty string when the hash or
// the suffix is malformed (so a value from a database or JSON file cannot
// point outside the store).
QString mediaStorePath(const QString &libraryDir, const QString &hash, const QString &suffix);

// The file the media store keeps for an item (<library>/media/<hash>.<suffix>),
// or an empty string when the item has no valid hash or the file is missing.
// An item named with another spelling of its suffix (photo.jpeg, stored as
// jpg) is found too.
QString storedMediaFile(const QString &libraryFolder, const MediaItem &item);

} // namespace Spill
