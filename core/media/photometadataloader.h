// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "photometadata.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Spill {

// exiv2, and the XML and compression libraries it brings, live in a module
// that Spill loads the first time a photo's metadata is read: linked into
// the program they would load on every start, also for commands that never
// see a photo.
namespace PhotoMetadataModule {

// Where the module is looked for, first found wins: $SPILL_METADATA_MODULE,
// beside the program (a build tree), then the installed location.
QStringList candidatePaths();

// Loads the module once (thread-safe); false with *error naming what was tried.
bool load(QString *error);

} // namespace PhotoMetadataModule

// readPhotoMetadata() through the module; nothing, with *error set, when
// the module cannot be loaded.
std::optional<PhotoMetadata> readPhotoMetadataFromModule(QByteArrayView file, QString *error);

} // namespace Spill
