// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gallery/galleryfilters.h"
#include "gallery/galleryqueries.h"
#include "library/library.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Spill {

// The gallery's query thread: one long-lived thread with one connection to
// the library, opened on first use and reused for every page, so a search
// pays for its query alone, not for opening SQLite and reading the schema.
//
// Requests run in order. Each carries the generation it was made for; one
// whose generation is no longer the latest when its turn comes is skipped
// unrun, so typing quickly runs only the newest search and the page queries
// it made stale never reach the database.
class GalleryWorker
{
public:
    using PageCallback = std::function<void(const GalleryPage &page)>;

    // Results are delivered to `receiver`'s thread (the GUI thread) as
    // queued calls on it; the receiver owns the worker, so it outlives every
    // query, and its pending calls go with it.
    GalleryWorker(Library::Handle handle, QObject *receiver);
    ~GalleryWorker(); // waits for the running query, skips the rest
    GalleryWorker(const GalleryWorker &) = delete;
    GalleryWorker &operator=(const GalleryWorker &) = delete;

    // Makes every request of an older generation stale.
    void setLatestGeneration(int generation) { m_latest->store(generation); }

    // Queues a page query. `done` runs on the receiver's thread, unless the
    // request was stale before it ran or when it finished.
    void requestPage(int generation, const GalleryFilters &filters, int offset, int limit,
                     GalleryCounts counts, PageCallback done);

    // Queues a query for those of `ids` that `filters` let through, e.g. to
    // place a story that changed.
    void requestRows(int generation, const GalleryFilters &filters, const QList<qint64> &ids,
                     PageCallback done);

private:
    class Connection;

    void post(int generation, std::function<GalleryPage(Library &)> query, PageCallback done);

    QThread m_thread;
    Connection *m_connection = nullptr; // lives on m_thread
    QObject *m_receiver = nullptr;
    std::shared_ptr<std::atomic_int> m_latest;
};

} // namespace Spill
