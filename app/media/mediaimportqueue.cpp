// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaimportqueue.h"

#include "async/backgroundpool.h"
#include "async/continuation.h"
#include "media/mediaformats.h"
#include "media/mediaimporter.h"
#include "storymedia.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <algorithm>

namespace Spill {

namespace {

QString refusedMessage(const QString &path)
{
    return MediaImportQueue::tr(
               "%1: Spill takes only JPEG, PNG and WebP photos and MP4, WebM and MOV clips")
        .arg(QFileInfo(path).fileName());
}

} // namespace

MediaImportQueue::MediaImportQueue(Beat beat, StoryMedia *media, const MediaStore &store,
                                   ThumbnailCache *thumbnails, QObject *parent)
    : QObject(parent)
    , m_beat(beat)
    , m_media(media)
    , m_store(store)
    , m_importer(new MediaImporter(m_store, thumbnails, this))
{
    connect(m_importer, &MediaImporter::progress, this, &MediaImportQueue::progress);
    connect(m_importer, &MediaImporter::finished, this, &MediaImportQueue::finishBatch);
}

MediaImportQueue::~MediaImportQueue() = default;

std::optional<MediaRole> MediaImportQueue::defaultRole() const
{
    // The first photo of what was intended is the dream, the first of what
    // went wrong the reality: the story's signature pair fills itself.
    if (m_beat == Beat::Intended && !m_media->firstWithRole(MediaRole::Dream))
        return MediaRole::Dream;
    if (m_beat == Beat::WentWrong && !m_media->firstWithRole(MediaRole::Reality))
        return MediaRole::Reality;
    return std::nullopt;
}

void MediaImportQueue::importFiles(const QStringList &paths, std::optional<MediaRole> role)
{
    Batch batch;
    batch.role = role;
    for (const QString &path : paths) {
        if (mediaKindForFileName(path))
            batch.paths << path;
        else
            batch.refused << refusedMessage(path);
    }
    m_queue.append(batch);
    startNextBatch();
}

void MediaImportQueue::importImage(const QImage &image)
{
    if (!m_pasteDir)
        m_pasteDir = std::make_unique<QTemporaryDir>();
    const QString name =
        tr("Pasted photo %1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm.ss.zzz")));
    const QString path = m_pasteDir->filePath(name);
    // Encoding a big screenshot takes a while: not on the GUI thread.
    onResult(QtConcurrent::run(backgroundPool(), [image, path] { return image.save(path, "PNG"); }),
             this, [this, path, name](bool saved) {
                 if (saved)
                     importFiles({path});
                 else
                     emit failed(
                         tr("%1: the pasted photo could not be saved for import").arg(name));
             });
}

void MediaImportQueue::startNextBatch()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_running = m_queue.takeFirst();
    if (m_running->paths.isEmpty()) {
        finishBatch({});
        return;
    }
    emit batchStarted(int(m_running->paths.size()));
    m_importer->start(m_running->paths);
}

void MediaImportQueue::cancel()
{
    m_queue.clear();
    m_importer->cancel();
}

void MediaImportQueue::finishBatch(const QList<ImportedMedia> &results)
{
    const Batch batch = m_running.value_or(Batch {});
    m_running.reset();

    QStringList failures = batch.refused;
    QList<MediaItem> added;
    int cancelled = 0;
    // The role the next file takes; none: the item's own default.
    const std::optional<MediaRole> first = batch.role ? batch.role : defaultRole();
    bool hasRole = first.has_value();
    const MediaRole role = first.value_or(MediaRole::Step);
    const QString cancelledSuffix =
        QCoreApplication::translate("MediaImporter", "%1: the import was cancelled").arg(QString());
    for (const ImportedMedia &result : results) {
        if (!result.ok()) {
            if (result.error.endsWith(cancelledSuffix))
                ++cancelled;
            else
                failures << result.error;
            continue;
        }
        const auto sameFile = [&](const MediaItem &item) { return item.hash == result.hash; };
        if (std::any_of(m_media->items().cbegin(), m_media->items().cend(), sameFile) ||
            std::any_of(added.cbegin(), added.cend(), sameFile)) {
            failures << tr("%1: this photo or clip is already in the story")
                            .arg(QFileInfo(result.sourcePath).fileName());
            continue;
        }
        MediaItem item = result.toMediaItem(m_store.filePath(result.hash, result.suffix));
        item.beat = m_beat;
        if (hasRole) {
            item.role = role;
            // Only one dream and one reality are presets; later ones are steps.
            if (!batch.role && (role == MediaRole::Dream || role == MediaRole::Reality))
                hasRole = false;
        }
        added.append(item);
    }
    if (cancelled > 0)
        failures << tr("%n file(s) not imported: the import was cancelled", nullptr, cancelled);

    if (!added.isEmpty())
        m_media->append(added);
    emit batchFinished(int(added.size()), failures);
    startNextBatch();
}

} // namespace Spill
