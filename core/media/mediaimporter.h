// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mediastore.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace Spill {

class ThumbnailCache;

// Imports a batch of files into a MediaStore off the GUI thread, on as many
// workers as there are cores. Each file ends as a success or as an error
// naming it; one bad file never stops the others. Signals arrive on the
// thread that owns the importer.
class MediaImporter : public QObject
{
    Q_OBJECT

public:
    // `thumbnails` (optional, must outlive the importer) receives each
    // import's preview as its thumbnail of thumbnailSize().
    explicit MediaImporter(MediaStore store, ThumbnailCache *thumbnails = nullptr,
                           QObject *parent = nullptr);
    // Cancels and waits for the workers.
    ~MediaImporter() override;

    void setThumbnailSize(int size) { m_thumbnailSize = size; }
    int thumbnailSize() const { return m_thumbnailSize; }
    void setMaxThreads(int count);

    // Returns at once; progress() and finally finished() follow. Ignored
    // while a batch is running.
    void start(const QStringList &paths);
    // Files not yet started end as "cancelled"; the file being copied stops
    // at its next chunk.
    void cancel();
    bool isRunning() const { return m_batch != nullptr; }

signals:
    // After each file: how many are done, of how many, and which file it was.
    void progress(int done, int total, const QString &currentFile);
    // In the order of the paths given to start().
    void finished(const QList<Spill::ImportedMedia> &results);

private:
    struct Batch;
    void workOn(const std::shared_ptr<Batch> &batch);
    void fileDone(const std::shared_ptr<Batch> &batch, int index, const ImportedMedia &result);
    void workerDone(const std::shared_ptr<Batch> &batch);

    MediaStore m_store;
    ThumbnailCache *m_thumbnails;
    int m_thumbnailSize = 256;
    std::shared_ptr<Batch> m_batch;
    QThreadPool m_pool; // last: destroyed (and waited for) first
};

} // namespace Spill
