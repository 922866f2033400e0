// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

class QThread;

namespace Spill {

// What a service call gives back: the value, or an error naming the file.
template<typename T> struct LibraryResult
{
    T value {};
    QString error; // empty when the call worked

    bool ok() const { return error.isEmpty(); }
};

// What a write changed, filled in by the work that did it; the service reads
// the changed rows back and announces them.
struct LibraryChanges
{
    QList<qint64> changed; // stories whose row changed (or that are new)
    QList<qint64> deleted; // stories gone for good
    bool tags = false; // the set of tags in use may have changed
    // For calls without a caller to tell (undo commands): announced through
    // commandFailed().
    QString failure;
};

// Adds `tag` to the stories that lack it; the value lists them. Runs on the
// service's worker (the service's addTag() and AddTagCommand).
LibraryResult<QList<qint64>> addMissingTag(Library &library, const QList<qint64> &ids,
                                           const QString &tag, LibraryChanges &changes);

// The GUI's one way into the library: a long-lived worker thread with its
// own connection runs every call in the order it was made, so a read made
// after a write sees it. Each call returns at once with a QFuture of its
// result; continue on the GUI thread with onResult() (async/continuation.h).
//
// After each write the service says what changed: storyChanged() with the
// row's new content (trashed or not), storiesDeleted() for stories that are
// gone, tagsChanged() when the tags in use may differ. These are emitted on
// the service's thread (the GUI thread), before the call's future finishes,
// so views are up to date when the caller continues.
class LibraryService : public QObject
{
    Q_OBJECT

public:
    explicit LibraryService(Library::Handle handle, QObject *parent = nullptr);
    // Runs the calls already made, then stops the worker.
    ~LibraryService() override;

    // Stories.
    QFuture<LibraryResult<Story>> story(qint64 id);
    QFuture<LibraryResult<QList<Story>>> stories(const QList<qint64> &ids); // for export
    QFuture<LibraryResult<qint64>> createStory(const Story &story);
    QFuture<LibraryResult<QList<StorySummary>>> listStories(const StoryQuery &query);
    QFuture<LibraryResult<int>> countStories(const StoryQuery &query);
    // A story was saved elsewhere (the autosaver): reads its row and emits storyChanged().
    void noteSaved(qint64 id);

    // Revisions.
    QFuture<LibraryResult<QList<RevisionInfo>>> revisions(qint64 storyId);
    QFuture<LibraryResult<Story>> revision(qint64 revisionId);
    QFuture<LibraryResult<qint64>> saveRevision(qint64 storyId, const QString &reason);
    QFuture<LibraryResult<bool>> restoreRevision(qint64 revisionId);

    // Trash, copies, tags. Undoable versions are in librarycommands.h.
    QFuture<LibraryResult<bool>> moveToTrash(const QList<qint64> &ids);
    QFuture<LibraryResult<bool>> restoreFromTrash(const QList<qint64> &ids);
    QFuture<LibraryResult<qint64>> duplicateStory(qint64 id); // the copy's id
    // Deletes the trashed stories and then the media files no one uses any
    // more; the value lists the files that could not be removed.
    QFuture<LibraryResult<QStringList>> emptyTrash();
    QFuture<LibraryResult<QStringList>> allTags();
    // The value: the stories that did not have the tag and now do.
    QFuture<LibraryResult<QList<qint64>>> addTag(const QList<qint64> &ids, const QString &tag);
    QFuture<LibraryResult<bool>> removeTag(const QList<qint64> &ids, const QString &tag);

    // Patterns.
    QFuture<LibraryResult<QList<KindCount>>> failuresByKind();
    QFuture<LibraryResult<QList<MonthCount>>> failuresByMonth(const QDate &today);
    QFuture<LibraryResult<OutcomeCounts>> outcomeCounts();
    QFuture<LibraryResult<qint64>> onThisDay(const QDate &today);

    // Runs `work` on the worker, in order with every other call. For core's
    // own calls (librarycommands.cpp); the work must use only the Library it
    // is given and what it captured by value.
    template<typename T>
    QFuture<LibraryResult<T>>
    call(std::function<LibraryResult<T>(Library &, LibraryChanges &)> work);

signals:
    void storyChanged(const Spill::StorySummary &summary);
    void storiesDeleted(const QList<qint64> &ids);
    void tagsChanged();
    // An undoable command (librarycommands.h) failed: there is no caller to tell.
    void commandFailed(const QString &error);

private:
    class Worker;

    // Runs `job` on the worker thread; `job` gets the worker's library (null
    // with the error when it cannot be opened).
    void post(std::function<void(Library *, const QString &)> job);
    // Reads the changed rows and hands them to the GUI thread to announce.
    void announce(Library &library, const LibraryChanges &changes);

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives on m_thread
};

template<typename T>
QFuture<LibraryResult<T>>
LibraryService::call(std::function<LibraryResult<T>(Library &, LibraryChanges &)> work)
{
    auto promise = std::make_shared<QPromise<LibraryResult<T>>>();
    QFuture<LibraryResult<T>> future = promise->future();
    promise->start();
    post([this, promise, work = std::move(work)](Library *library, const QString &error) {
        LibraryResult<T> result;
        if (!library) {
            result.error = error;
        } else {
            LibraryChanges changes;
            library->clearError();
            result = work(*library, changes);
            announce(*library, changes);
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

} // namespace Spill
