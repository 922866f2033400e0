// SPDX-License-Identifier: GPL-3.0-or-later
#include "galleryworker.h"

namespace Spill {

// The worker thread's own Library. It is created and destroyed on that
// thread: a QSqlDatabase connection must not cross threads.
class GalleryWorker::Connection : public QObject
{
public:
    explicit Connection(Library::Handle handle)
        : m_handle(std::move(handle))
    {
    }

    // Null with `error` set when the library cannot be opened; tried again
    // on the next request.
    Library *library(QString *error)
    {
        if (!m_library)
            m_library = Library::connect(m_handle, error);
        return m_library.get();
    }

private:
    Library::Handle m_handle;
    std::unique_ptr<Library> m_library;
};

GalleryWorker::GalleryWorker(Library::Handle handle, QObject *receiver)
    : m_connection(new Connection(std::move(handle)))
    , m_receiver(receiver)
    , m_latest(std::make_shared<std::atomic_int>(0))
{
    m_thread.setObjectName(QStringLiteral("gallery queries"));
    m_connection->moveToThread(&m_thread);
    // Deleted on its own thread, after the last request ran.
    QObject::connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread.start();
}

GalleryWorker::~GalleryWorker()
{
    m_latest->store(-1); // queued requests return unrun
    m_thread.quit();
    m_thread.wait();
}

void GalleryWorker::requestPage(int generation, const GalleryFilters &filters, int offset,
                                int limit, GalleryCounts counts, PageCallback done)
{
    post(
        generation,
        [filters, offset, limit, counts](Library &library) {
            return loadGalleryPage(library, filters, offset, limit, counts);
        },
        std::move(done));
}

void GalleryWorker::requestRows(int generation, const GalleryFilters &filters,
                                const QList<qint64> &ids, PageCallback done)
{
    post(
        generation,
        [filters, ids](Library &library) { return loadGalleryRows(library, filters, ids); },
        std::move(done));
}

void GalleryWorker::post(int generation, std::function<GalleryPage(Library &)> query,
                         PageCallback done)
{
    QMetaObject::invokeMethod(
        m_connection,
        [connection = m_connection, latest = m_latest, receiver = m_receiver, generation,
         query = std::move(query), done = std::move(done)] {
            if (latest->load() != generation)
                return; // a newer request is queued behind this one
            GalleryPage page;
            Library *library = connection->library(&page.error);
            if (library) {
                library->clearError();
                page = query(*library);
            }
            if (latest->load() != generation)
                return;
            QMetaObject::invokeMethod(
                receiver, [done, page] { done(page); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Spill
