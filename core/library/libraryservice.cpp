// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryservice.h"

#include <QThread>

namespace Spill {

// The worker thread's own Library, created and destroyed on that thread: a
// QSqlDatabase connection must not cross threads.
class LibraryService::Worker : public QObject
{
public:
    explicit Worker(Library::Handle handle)
        : m_handle(std::move(handle))
    {
    }

    // Null with `error` set when the library cannot be opened; tried again
    // on the next call.
    Library *library(QString *error)
    {
        if (!m_library)
            m_library = Library::connect(m_handle, error);
        return m_library.get();
    }

    void close() { m_library.reset(); }

private:
    Library::Handle m_handle;
    std::unique_ptr<Library> m_library;
};

namespace {

template<typename T> LibraryResult<T> fromOptional(std::optional<T> value, Library &library)
{
    LibraryResult<T> result;
    if (value)
        result.value = std::move(*value);
    else
        result.error = library.lastError();
    return result;
}

LibraryResult<bool> fromBool(bool ok, Library &library)
{
    LibraryResult<bool> result;
    result.value = ok;
    if (!ok)
        result.error = library.lastError();
    return result;
}

} // namespace

LibraryResult<QList<qint64>> addMissingTag(Library &library, const QList<qint64> &ids,
                                           const QString &tag, LibraryChanges &changes)
{
    LibraryResult<QList<qint64>> result;
    StoryQuery query;
    query.ids = ids;
    query.trash = StoryQuery::Trash::Include;
    query.limit = 0;
    for (const StorySummary &row : library.listStories(query)) {
        if (!row.tags.contains(tag.trimmed(), Qt::CaseInsensitive))
            result.value.append(row.id);
    }
    if (!library.lastError().isEmpty() || !library.addTag(ids, tag)) {
        result.value.clear();
        result.error = library.lastError();
        return result;
    }
    changes.changed = result.value;
    changes.tags = true;
    return result;
}

LibraryService::LibraryService(Library::Handle handle, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker(std::move(handle)))
{
    qRegisterMetaType<Spill::StorySummary>();
    m_thread->setObjectName(QStringLiteral("Spill library"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

LibraryService::~LibraryService()
{
    // Calls already made run first: they were queued before this one, and
    // the thread stops only once it has run them (quit() from here would
    // drop them).
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, thread = m_thread] {
            worker->close();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void LibraryService::post(std::function<void(Library *, const QString &)> job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job = std::move(job)] {
            QString error;
            Library *library = worker->library(&error);
            job(library, error);
        },
        Qt::QueuedConnection);
}

void LibraryService::announce(Library &library, const LibraryChanges &changes)
{
    QList<StorySummary> rows;
    if (!changes.changed.isEmpty()) {
        StoryQuery query;
        query.ids = changes.changed;
        query.trash = StoryQuery::Trash::Include;
        query.limit = 0;
        rows = library.listStories(query);
    }
    if (rows.isEmpty() && changes.deleted.isEmpty() && !changes.tags && changes.failure.isEmpty())
        return;
    // Queued to this object on the GUI thread, ahead of the caller's
    // continuation, which is queued when the call's future finishes.
    QMetaObject::invokeMethod(
        this,
        [this, rows, deleted = changes.deleted, tags = changes.tags, failure = changes.failure] {
            for (const StorySummary &row : rows)
                emit storyChanged(row);
            if (!deleted.isEmpty())
                emit storiesDeleted(deleted);
            if (tags)
                emit tagsChanged();
            if (!failure.isEmpty())
                emit commandFailed(failure);
        },
        Qt::QueuedConnection);
}

QFuture<LibraryResult<Story>> LibraryService::story(qint64 id)
{
    return call<Story>([id](Library &library, LibraryChanges &) {
        return fromOptional(library.story(id), library);
    });
}

QFuture<LibraryResult<QList<Story>>> LibraryService::stories(const QList<qint64> &ids)
{
    return call<QList<Story>>([ids](Library &library, LibraryChanges &) {
        LibraryResult<QList<Story>> result;
        for (const qint64 id : ids) {
            std::optional<Story> story = library.story(id);
            if (!story) {
                result.error = library.lastError();
                return result;
            }
            result.value.append(std::move(*story));
        }
        return result;
    });
}

QFuture<LibraryResult<qint64>> LibraryService::createStory(const Story &story)
{
    return call<qint64>([story](Library &library, LibraryChanges &changes) {
        LibraryResult<qint64> result;
        result.value = library.createStory(story);
        if (result.value == 0) {
            result.error = library.lastError();
        } else {
            changes.changed.append(result.value);
            changes.tags = !story.tags.isEmpty();
        }
        return result;
    });
}

QFuture<LibraryResult<QList<StorySummary>>> LibraryService::listStories(const StoryQuery &query)
{
    return call<QList<StorySummary>>([query](Library &library, LibraryChanges &) {
        LibraryResult<QList<StorySummary>> result;
        bool ok = false;
        result.value = library.listStories(query, &ok);
        if (!ok)
            result.error = library.lastError();
        return result;
    });
}

QFuture<LibraryResult<int>> LibraryService::countStories(const StoryQuery &query)
{
    return call<int>([query](Library &library, LibraryChanges &) {
        return fromOptional(library.countStories(query), library);
    });
}

void LibraryService::noteSaved(qint64 id)
{
    call<bool>([id](Library &, LibraryChanges &changes) {
        changes.changed.append(id);
        changes.tags = true;
        return LibraryResult<bool> {true, {}};
    });
}

QFuture<LibraryResult<QList<RevisionInfo>>> LibraryService::revisions(qint64 storyId)
{
    return call<QList<RevisionInfo>>([storyId](Library &library, LibraryChanges &) {
        LibraryResult<QList<RevisionInfo>> result;
        result.value = library.revisions(storyId);
        result.error = library.lastError();
        return result;
    });
}

QFuture<LibraryResult<Story>> LibraryService::revision(qint64 revisionId)
{
    return call<Story>([revisionId](Library &library, LibraryChanges &) {
        return fromOptional(library.revision(revisionId), library);
    });
}

QFuture<LibraryResult<qint64>> LibraryService::saveRevision(qint64 storyId, const QString &reason)
{
    return call<qint64>([storyId, reason](Library &library, LibraryChanges &) {
        LibraryResult<qint64> result;
        result.value = library.saveRevision(storyId, reason);
        if (result.value == 0)
            result.error = library.lastError();
        return result;
    });
}

QFuture<LibraryResult<bool>> LibraryService::restoreRevision(qint64 revisionId)
{
    return call<bool>([revisionId](Library &library, LibraryChanges &changes) {
        const std::optional<Story> snapshot = library.revision(revisionId);
        if (!snapshot)
            return fromBool(false, library);
        const bool ok = library.restoreRevision(revisionId);
        if (ok) {
            changes.changed.append(snapshot->id);
            changes.tags = true;
        }
        return fromBool(ok, library);
    });
}

QFuture<LibraryResult<bool>> LibraryService::moveToTrash(const QList<qint64> &ids)
{
    return call<bool>([ids](Library &library, LibraryChanges &changes) {
        changes.tags = true;
        for (const qint64 id : ids) {
            if (!library.moveToTrash(id))
                return fromBool(false, library);
            changes.changed.append(id);
        }
        return fromBool(true, library);
    });
}

QFuture<LibraryResult<bool>> LibraryService::restoreFromTrash(const QList<qint64> &ids)
{
    return call<bool>([ids](Library &library, LibraryChanges &changes) {
        changes.tags = true;
        for (const qint64 id : ids) {
            if (!library.restoreFromTrash(id))
                return fromBool(false, library);
            changes.changed.append(id);
        }
        return fromBool(true, library);
    });
}

QFuture<LibraryResult<qint64>> LibraryService::duplicateStory(qint64 id)
{
    return call<qint64>([id](Library &library, LibraryChanges &changes) {
        LibraryResult<qint64> result;
        result.value = library.duplicateStory(id);
        if (result.value == 0)
            result.error = library.lastError();
        else
            changes.changed.append(result.value);
        return result;
    });
}

QFuture<LibraryResult<QStringList>> LibraryService::emptyTrash()
{
    return call<QStringList>([](Library &library, LibraryChanges &changes) {
        LibraryResult<QStringList> result;
        StoryQuery trashed;
        trashed.trash = StoryQuery::Trash::Only;
        trashed.limit = 0;
        const QList<StorySummary> rows = library.listStories(trashed);
        const std::optional<QList<MediaFile>> files = library.emptyTrash();
        if (!files) {
            result.error = library.lastError();
            return result;
        }
        for (const StorySummary &row : rows)
            changes.deleted.append(row.id);
        result.value = removeMediaFiles(library.folder(), *files);
        return result;
    });
}

QFuture<LibraryResult<QStringList>> LibraryService::allTags()
{
    return call<QStringList>([](Library &library, LibraryChanges &) {
        LibraryResult<QStringList> result;
        result.value = library.allTags();
        result.error = library.lastError();
        return result;
    });
}

QFuture<LibraryResult<QList<qint64>>> LibraryService::addTag(const QList<qint64> &ids,
                                                             const QString &tag)
{
    return call<QList<qint64>>([ids, tag](Library &library, LibraryChanges &changes) {
        return addMissingTag(library, ids, tag, changes);
    });
}

QFuture<LibraryResult<bool>> LibraryService::removeTag(const QList<qint64> &ids, const QString &tag)
{
    return call<bool>([ids, tag](Library &library, LibraryChanges &changes) {
        const bool ok = library.removeTag(ids, tag);
        if (ok) {
            changes.changed = ids;
            changes.tags = true;
        }
        return fromBool(ok, library);
    });
}

QFuture<LibraryResult<QList<KindCount>>> LibraryService::failuresByKind()
{
    return call<QList<KindCount>>([](Library &library, LibraryChanges &) {
        return fromOptional(library.failuresByKind(), library);
    });
}

QFuture<LibraryResult<QList<MonthCount>>> LibraryService::failuresByMonth(const QDate &today)
{
    return call<QList<MonthCount>>([today](Library &library, LibraryChanges &) {
        return fromOptional(library.failuresByMonth(today), library);
    });
}

QFuture<LibraryResult<OutcomeCounts>> LibraryService::outcomeCounts()
{
    return call<OutcomeCounts>([](Library &library, LibraryChanges &) {
        return fromOptional(library.outcomeCounts(), library);
    });
}

QFuture<LibraryResult<qint64>> LibraryService::onThisDay(const QDate &today)
{
    return call<qint64>([today](Library &library, LibraryChanges &) {
        return fromOptional(library.onThisDay(today), library);
    });
}

} // namespace Spill
