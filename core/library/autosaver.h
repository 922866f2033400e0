// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library.h"
#include "story/story.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QThread;

namespace Spill {

// Where the autosaver gets the time from; tests pass a fake one.
using Clock = std::function<QDateTime()>;

namespace Detail {
class AutosaveWorker;
}

// Saves the story being edited in the background. The editor calls update()
// on every change; that only hands over a copy. A worker thread with its own
// connection to the library writes the newest state at most `delay` after a
// change (so at most `delay` of typing can be lost, even while typing goes on)
// in one transaction. A new story (id 0) is created on the first write, even
// untitled; storyCreated() tells its id, and later updates with id 0 and the
// same key go to that story. One Autosaver serves any number of stories:
// give each new story a key of its own (its document, say).
//
// Revisions are added with the write every `revisionInterval` of editing
// (at most one per interval, none while idle) and when the status changes.
// When saved() is emitted, the write is committed and synced to disk.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    // How often a version is kept while the creator writes, unless the
    // creator chose otherwise in Preferences; the History window says which.
    static constexpr std::chrono::minutes DefaultRevisionInterval {10};

    struct Options
    {
        std::chrono::milliseconds delay {1000};
        std::chrono::milliseconds revisionInterval {DefaultRevisionInterval};
        Clock clock; // empty: QDateTime::currentDateTimeUtc
    };

    explicit Autosaver(const Library::Handle &library, QObject *parent = nullptr);
    Autosaver(const Library::Handle &library, const Options &options, QObject *parent = nullptr);
    // Writes what is pending, then stops the worker.
    ~Autosaver() override;

    // Cheap: copies the story and wakes the worker. No I/O on this thread.
    // `key` tells new stories (id 0) apart until they have their ids.
    void update(const Story &story, quintptr key = 0);
    // Writes pending changes as soon as the worker is free; the future
    // finishes once they are committed (false when a write failed), after
    // saved() and storyCreated() for them. Library calls made after it has
    // finished see the writes. Never waits.
    QFuture<bool> writeNow();
    // Keeps a version of the story exactly as given (the creator asked for
    // one): written with a manual revision as soon as the worker is free,
    // in order with the other writes. The future is writeNow()'s.
    QFuture<bool> saveVersion(const Story &story, quintptr key = 0);
    // Writes pending changes now and waits for it (closing, quitting).
    // Returns false when a write failed (failed() has the message).
    bool flush();
    bool hasPendingChanges() const;
    // From the next write on, a version every `interval` of editing
    // (Preferences changed it). Never waits.
    void setRevisionInterval(std::chrono::milliseconds interval);

signals:
    void storyCreated(qint64 id, quintptr key);
    void saved(qint64 id, const QDateTime &when);
    void failed(const QString &error);

private:
    friend class Detail::AutosaveWorker;
    QThread *m_thread = nullptr;
    Detail::AutosaveWorker *m_worker = nullptr;
};

} // namespace Spill
