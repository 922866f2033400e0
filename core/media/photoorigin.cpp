// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoorigin.h"

namespace Spill {

namespace {

// A camera writes its modification time as it saves the shot, within a
// second or two of the capture time.
constexpr qint64 SaveSlackSeconds = 2;

} // namespace

MediaOrigin photoOrigin(const PhotoMetadata &metadata)
{
    MediaOrigin origin;
    origin.known = true;
    origin.captured = metadata.captureTime;
    origin.camera = metadata.camera;
    origin.software = metadata.software;
    origin.modified = metadata.modifyTime;
    for (const QString &key : mediaEditKeys()) {
        if (metadata.edits.contains(key))
            origin.edits << key;
    }
    const bool changedLater = origin.captured.isValid() && origin.modified.isValid() &&
        origin.captured.secsTo(origin.modified) > SaveSlackSeconds;
    origin.edited = metadata.historyEdited || !origin.edits.isEmpty() || changedLater ||
        isPhotoEditor(origin.software);
    return origin;
}

} // namespace Spill
