// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Spill::Detail {

// Lives on the autosaver's thread; everything but the pending list is only
// touched there.
class AutosaveWorker : public QObject
{
public:
    AutosaveWorker(Autosaver *owner, Library::Handle handle, const Autosaver::Options &options)
        : m_owner(owner)
        , m_handle(std::move(handle))
        , m_options(options)
        , m_timer(new QTimer(this))
    {
        if (!m_options.clock)
            m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
        m_timer->setSingleShot(true);
        m_timer->setInterval(m_options.delay);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { writePending(); });
    }

    struct Pending
    {
        Story story;
        quintptr key = 0;
        bool version = false; // a version of it was asked for

        // The same story: the same id, or the same new story's key.
        bool sameStory(const Pending &other) const
        {
            if (story.id != 0 && story.id == other.story.id)
                return true;
            return key == other.key && (key != 0 || (story.id == 0 && other.story.id == 0));
        }
    };

    // Called by update() on the editor's thread.
    void enqueue(const Story &story, quintptr key, bool version = false)
    {
        const Pending update {story, key, version};
        QMutexLocker locker(&m_mutex);
        // The newest waiting write of the story takes the newer state, unless
        // it is a version: that keeps the story as it was asked for, and the
        // newer state is written after it.
        for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
            Pending &pending = m_pending[i];
            if (!pending.sameStory(update))
                continue;
            if (pending.version)
                break;
            pending = update;
            return;
        }
        m_pending.append(update);
    }

    bool hasPending() const
    {
        QMutexLocker locker(&m_mutex);
        return !m_pending.isEmpty();
    }

    // The first change starts the clock; later ones ride along, so a write
    // happens at most `delay` after any change even during non-stop typing.
    void setRevisionInterval(std::chrono::milliseconds interval)
    {
        m_options.revisionInterval = interval;
    }

    void schedule()
    {
        if (!m_timer->isActive())
            m_timer->start();
    }

    bool writePending()
    {
        m_timer->stop();
        QList<Pending> stories;
        {
            QMutexLocker locker(&m_mutex);
            stories.swap(m_pending);
        }
        bool ok = true;
        for (qsizetype i = 0; i < stories.size(); ++i) {
            if (!write(stories.at(i).story, stories.at(i).key, stories.at(i).version)) {
                ok = false;
                // Keep what failed for the next attempt, unless newer is waiting.
                QMutexLocker locker(&m_mutex);
                for (qsizetype j = stories.size() - 1; j >= i; --j) {
                    const bool newer =
                        std::any_of(m_pending.cbegin(), m_pending.cend(),
                                    [&](const Pending &p) { return p.sameStory(stories.at(j)); });
                    if (!newer)
                        m_pending.prepend(stories.at(j));
                }
                break;
            }
        }
        return ok;
    }

    void shutdown()
    {
        m_timer->stop();
        m_library.reset();
    }

private:
    bool ensureLibrary()
    {
        if (m_library)
            return true;
        QString error;
        m_library = Library::connect(m_handle, &error);
        if (!m_library)
            emit m_owner->failed(error);
        return m_library != nullptr;
    }

    bool write(Story story, quintptr key, bool version)
    {
        if (!ensureLibrary())
            return false;
        if (story.id == 0)
            story.id = m_createdIds.value(key);
        const QDateTime now = m_options.clock();
        story.updated = now;

        if (story.id == 0) {
            if (!story.created.isValid())
                story.created = now;
            const qint64 id = m_library->createStory(story);
            if (id == 0) {
                emit m_owner->failed(m_library->lastError());
                return false;
            }
            m_createdIds.insert(key, id);
            m_lastStatus.insert(id, story.status);
            m_lastRevision.insert(id, now);
            if (version && m_library->saveRevision(id, Library::RevisionManual) == 0) {
                emit m_owner->failed(m_library->lastError());
                return false;
            }
            emit m_owner->storyCreated(id, key);
            emit m_owner->saved(id, now);
            return true;
        }

        if (!m_lastStatus.contains(story.id)) {
            // First write of this story here: learn the status it had.
            const std::optional<Story> stored = m_library->story(story.id);
            m_lastStatus.insert(story.id, stored ? stored->status : story.status);
            m_lastRevision.insert(story.id, now);
        }
        QString reason;
        if (version)
            reason = Library::RevisionManual;
        else if (m_lastStatus.value(story.id) != story.status)
            reason = Library::RevisionStatusChange;
        else if (m_lastRevision.value(story.id).msecsTo(now) >= m_options.revisionInterval.count())
            reason = Library::RevisionPeriodic;
        if (!m_library->saveStory(story, reason)) {
            emit m_owner->failed(m_library->lastError());
            return false;
        }
        m_lastStatus.insert(story.id, story.status);
        if (!reason.isEmpty())
            m_lastRevision.insert(story.id, now);
        emit m_owner->saved(story.id, now);
        return true;
    }

    Autosaver *m_owner;
    Library::Handle m_handle;
    Autosaver::Options m_options;
    QTimer *m_timer;
    std::unique_ptr<Library> m_library;
    QHash<quintptr, qint64> m_createdIds; // new stories' ids, by their update() key
    QHash<qint64, Status> m_lastStatus;
    QHash<qint64, QDateTime> m_lastRevision;

    mutable QMutex m_mutex;
    QList<Pending> m_pending;
};

} // namespace Spill::Detail

namespace Spill {

Autosaver::Autosaver(const Library::Handle &library, QObject *parent)
    : Autosaver(library, Options(), parent)
{
}

Autosaver::Autosaver(const Library::Handle &library, const Options &options, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Detail::AutosaveWorker(this, library, options))
{
    m_thread->setObjectName(QStringLiteral("Spill autosave"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

Autosaver::~Autosaver()
{
    flush();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void Autosaver::update(const Story &story, quintptr key)
{
    m_worker->enqueue(story, key);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->schedule(); }, Qt::QueuedConnection);
}

void Autosaver::setRevisionInterval(std::chrono::milliseconds interval)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, interval] { worker->setRevisionInterval(interval); },
        Qt::QueuedConnection);
}

QFuture<bool> Autosaver::saveVersion(const Story &story, quintptr key)
{
    m_worker->enqueue(story, key, true);
    return writeNow();
}

QFuture<bool> Autosaver::writeNow()
{
    auto promise = std::make_shared<QPromise<bool>>();
    QFuture<bool> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [promise, worker = m_worker] {
            promise->addResult(worker->writePending());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

bool Autosaver::flush()
{
    bool ok = true;
    QMetaObject::invokeMethod(
        m_worker, [&ok, worker = m_worker] { ok = worker->writePending(); },
        Qt::BlockingQueuedConnection);
    return ok;
}

bool Autosaver::hasPendingChanges() const
{
    return m_worker->hasPending();
}

} // namespace Spill
