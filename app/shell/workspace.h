// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/library.h"
#include "library/libraryservice.h"
#include "media/mediastore.h"
#include "media/thumbnailcache.h"
#include "preferences/preferences.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace Spill {

// One open library and what the places share about it: the library service
// (every read and write after start-up), the library's undo stack, the media
// store and the thumbnail cache. The GUI thread's own connection is for
// start-up only. Other workers open their own connection from handle().
class Workspace : public QObject
{
    Q_OBJECT

public:
    // Opens (or creates) the library in `folder`. On failure returns null and
    // sets `error`, naming the file; the library is never modified then.
    // The prober probes clips for the media store, thumbnails and exports.
    static std::unique_ptr<Workspace> open(const QString &folder, QString *error,
                                           VideoProber prober = {});
    ~Workspace() override;

    QString folder() const { return m_library->folder(); }
    Library &library() { return *m_library; }
    LibraryService &service() { return m_service; }
    // Trash, restore, duplicate and add tag, undoable from any place.
    QUndoStack *libraryUndoStack() { return &m_undoStack; }
    Library::Handle handle() const { return m_library->handle(); }
    MediaStore &mediaStore() { return m_mediaStore; }
    ThumbnailCache &thumbnails() { return m_thumbnails; }
    // The creator's preferences (the user's, not the library's): the places
    // follow its signals.
    PreferencesStore &preferences() { return m_preferences; }

    // Saves what the story open in Write has not saved yet, so work that
    // reads the library (export, publish) has the creator's last words. True
    // at once when nothing is open or pending; false when the save failed
    // (the Write place says why).
    QFuture<bool> writePendingEdits();
    // The Write place tells how, for as long as `owner` lives.
    void setPendingEditsWriter(QObject *owner, std::function<QFuture<bool>()> writer);

    bool isReadOnly() const { return m_library->isReadOnly(); }
    QString readOnlyMessage() const { return m_readOnlyMessage; }
    QString warning() const { return m_warning; }

signals:
    // Somewhere asked to open a story in the Write place.
    void openStoryRequested(qint64 storyId);
    // A tag was added to these stories outside the Write place (the Gallery):
    // a story open there takes it too, or its next save would drop it.
    void tagAdded(const QList<qint64> &storyIds, const QString &tag);
    // Somewhere asked to export these stories: the Export place shows them checked.
    void exportStoriesRequested(const QList<qint64> &storyIds);
    // A story went to a blog and its status followed the post's (saved in
    // the library already): an open document takes the same status.
    void storyPublished(qint64 storyId, Spill::Status status, const QString &publishedUrl);
    // The daily backup, run in the background, did not succeed.
    void backupFailed(const QString &error);

private:
    Workspace(std::unique_ptr<Library> library, QString readOnlyMessage, QString warning,
              const VideoProber &prober);
    void startDailyBackup();

    std::unique_ptr<Library> m_library;
    LibraryService m_service;
    QUndoStack m_undoStack;
    MediaStore m_mediaStore;
    ThumbnailCache m_thumbnails;
    PreferencesStore m_preferences;
    QString m_readOnlyMessage;
    QString m_warning;
    QPointer<QObject> m_pendingEditsOwner;
    std::function<QFuture<bool>()> m_pendingEditsWriter;
};

} // namespace Spill
