// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaimporter.h"

#include "thumbnailcache.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>

#include <atomic>

namespace Spill {

// Shared by the workers and the importer; results are only touched on the
// importer's thread.
struct MediaImporter::Batch
{
    QStringList paths;
    std::atomic_int next {0};
    std::atomic_bool cancel {false};
    QList<ImportedMedia> results;
    QList<bool> finishedFiles;
    int done = 0;
    int workers = 0;
};

MediaImporter::MediaImporter(MediaStore store, ThumbnailCache *thumbnails, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_thumbnails(thumbnails)
{
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
}

MediaImporter::~MediaImporter()
{
    if (m_batch)
        m_batch->cancel = true;
    m_pool.waitForDone();
}

void MediaImporter::setMaxThreads(int count)
{
    m_pool.setMaxThreadCount(qMax(1, count));
}

void MediaImporter::start(const QStringList &paths)
{
    if (m_batch)
        return;
    auto batch = std::make_shared<Batch>();
    batch->paths = paths;
    batch->results.resize(paths.size());
    batch->finishedFiles.fill(false, paths.size());
    m_batch = batch;
    if (paths.isEmpty()) {
        // Still asynchronous, like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, batch] { workerDone(batch); }, Qt::QueuedConnection);
        batch->workers = 1;
        return;
    }
    batch->workers = qMin(m_pool.maxThreadCount(), int(paths.size()));
    for (int i = 0; i < batch->workers; ++i)
        m_pool.start([this, batch] { workOn(batch); });
}

void MediaImporter::cancel()
{
    if (m_batch)
        m_batch->cancel = true;
}

void MediaImporter::workOn(const std::shared_ptr<Batch> &batch)
{
    ImportOptions options;
    options.previewSize = m_thumbnailSize;
    options.cancel = &batch->cancel;
    for (;;) {
        const int index = batch->next++;
        if (index >= batch->paths.size() || batch->cancel)
            break;
        ImportedMedia result = m_store.import(batch->paths.at(index), options);
        if (result.ok() && m_thumbnails && m_thumbnailSize > 0 && !result.preview.isNull())
            m_thumbnails->insert(result.hash, result.suffix, m_thumbnailSize, result.preview);
        result.preview = QImage(); // the cache has it; 200 previews would add up
        QMetaObject::invokeMethod(
            this, [this, batch, index, result] { fileDone(batch, index, result); },
            Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(
        this, [this, batch] { workerDone(batch); }, Qt::QueuedConnection);
}

void MediaImporter::fileDone(const std::shared_ptr<Batch> &batch, int index,
                             const ImportedMedia &result)
{
    batch->results[index] = result;
    batch->finishedFiles[index] = true;
    ++batch->done;
    emit progress(batch->done, int(batch->paths.size()), result.sourcePath);
}

void MediaImporter::workerDone(const std::shared_ptr<Batch> &batch)
{
    if (--batch->workers > 0)
        return;
    for (qsizetype i = 0; i < batch->paths.size(); ++i) {
        if (batch->finishedFiles.at(i))
            continue;
        ImportedMedia &skipped = batch->results[i];
        skipped.sourcePath = batch->paths.at(i);
        skipped.error = QCoreApplication::translate("MediaImporter", "%1: the import was cancelled")
                            .arg(QFileInfo(skipped.sourcePath).fileName());
    }
    if (m_batch == batch)
        m_batch.reset();
    emit finished(batch->results);
}

} // namespace Spill
