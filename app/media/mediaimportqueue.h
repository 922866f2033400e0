// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/mediastore.h"
#include "story/story.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QImage;
class QTemporaryDir;

namespace Spill {

class MediaImporter;
class StoryMedia;
class ThumbnailCache;
struct ImportedMedia;

// The photos and clips on their way into one beat of a story: the file
// dialog, drops and paste all end here. Batches run one at a time through
// the MediaImporter, off the GUI thread. When one ends, the files that
// arrived join the story (under this beat, the first of the beat's kind as
// its dream or reality) and the others are named with what went wrong.
class MediaImportQueue : public QObject
{
    Q_OBJECT

public:
    MediaImportQueue(Beat beat, StoryMedia *media, const MediaStore &store,
                     ThumbnailCache *thumbnails, QObject *parent = nullptr);
    ~MediaImportQueue() override;

    // Files Spill does not take are refused at once; `role` presets the
    // role of every new item.
    void importFiles(const QStringList &paths, std::optional<MediaRole> role = std::nullopt);
    // A pasted image: saved as PNG off the GUI thread, then imported.
    void importImage(const QImage &image);
    void cancel();
    bool isImporting() const { return m_running.has_value(); }

signals:
    void batchStarted(int files);
    void progress(int done, int total, const QString &file);
    // A batch ended: how many arrived, and a message for each that did not.
    void batchFinished(int imported, const QStringList &failures);
    // Something failed before any batch could start (a paste not saved).
    void failed(const QString &message);

private:
    struct Batch
    {
        QStringList paths;
        std::optional<MediaRole> role;
        QStringList refused; // messages for files never sent to the importer
    };

    void startNextBatch();
    void finishBatch(const QList<ImportedMedia> &results);
    std::optional<MediaRole> defaultRole() const;

    Beat m_beat;
    StoryMedia *m_media;
    MediaStore m_store;
    MediaImporter *m_importer;
    QList<Batch> m_queue;
    std::optional<Batch> m_running;
    std::unique_ptr<QTemporaryDir> m_pasteDir;
};

} // namespace Spill
