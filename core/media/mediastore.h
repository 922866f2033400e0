// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"
#include "videoprober.h"

#include <QDateTime>
#include <QImage>
#include <QString>

#include <atomic>

namespace Spill {

// The outcome of importing one file: a MediaItem-ready record, or an error.
struct ImportedMedia
{
    QString sourcePath;
    QString error; // translated, names the file; empty on success

    QString hash; // SHA-256 of the content, lowercase hex
    QString suffix; // the store's canonical suffix: jpg, png, webp, mp4, mov, webm
    MediaKind kind = MediaKind::Photo;
    int width = 0; // as shown, after EXIF orientation
    int height = 0;
    int orientation = 1; // EXIF 1..8, photos only
    qint64 durationMs = 0; // videos only
    MediaOrigin origin; // what the file says of how it came to be (clips: time and camera)
    bool alreadyStored = false; // the same content was in the store before
    QImage preview; // the validating decode, fitting ImportOptions::previewSize

    bool ok() const { return error.isEmpty(); }
    // A MediaItem for a story: hash, kind, size and duration; `file` is the
    // stored copy. Beat, role, alt and caption are left at their defaults.
    MediaItem toMediaItem(const QString &storedPath) const;
};

struct ImportOptions
{
    // Every import decodes the photo (or a video's first frame) once to
    // prove it is readable; the result fits this box and can seed the
    // thumbnail cache.
    int previewSize = 256;
    // Checked between chunks of the copy, so cancelling is prompt.
    const std::atomic_bool *cancel = nullptr;
};

// Content-addressed files in a library folder: <library>/media/<sha256>.<suffix>.
// The same content imported twice is stored once; originals are only read.
// Thread-safe: import() may run on several worker threads at once. Blocking:
// never call it on the GUI thread (MediaImporter does it off that thread).
class MediaStore
{
public:
    explicit MediaStore(QString libraryDir, VideoProber prober = {});

    QString libraryDir() const { return m_libraryDir; }
    QString mediaDir() const;

    ImportedMedia import(const QString &path, const ImportOptions &options = {}) const;

    // The stored file for a hash and suffix, or an empty string when either
    // is malformed (so a value from a database or JSON file cannot point
    // outside the store).
    QString filePath(const QString &hash, const QString &suffix) const;
    bool contains(const QString &hash, const QString &suffix) const;

    // Deletes every stored file with this hash. Callers check first that no
    // story or revision still uses it. False with *error set on failure.
    bool remove(const QString &hash, QString *error = nullptr) const;

    static bool isValidHash(const QString &hash);
    static bool isStoreSuffix(const QString &suffix);

private:
    QString m_libraryDir;
    VideoProber m_prober;
};

} // namespace Spill
