// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "async/backgroundpool.h"
#include "async/continuation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

std::unique_ptr<Workspace> Workspace::open(const QString &folder, QString *error,
                                           VideoProber prober)
{
    // The daily backup can take seconds on a large library: it runs on a
    // worker after the window is up, never during start-up.
    OpenResult result = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
    if (!result) {
        if (error)
            *error = result.error;
        return nullptr;
    }
    const bool backupDue = result.backupDue;
    std::unique_ptr<Workspace> workspace(
        new Workspace(std::move(result.library), result.readOnlyMessage, result.warning, prober));
    if (backupDue)
        workspace->startDailyBackup();
    return workspace;
}

Workspace::Workspace(std::unique_ptr<Library> library, QString readOnlyMessage, QString warning,
                     const VideoProber &prober)
    : m_library(std::move(library))
    , m_service(m_library->handle())
    , m_mediaStore(m_library->folder(), prober)
    , m_thumbnails(m_library->folder(), prober)
    , m_readOnlyMessage(std::move(readOnlyMessage))
    , m_warning(std::move(warning))
{
}

Workspace::~Workspace() = default;

QFuture<bool> Workspace::writePendingEdits()
{
    if (!m_pendingEditsOwner || !m_pendingEditsWriter)
        return QtFuture::makeReadyFuture(true);
    return m_pendingEditsWriter();
}

void Workspace::setPendingEditsWriter(QObject *owner, std::function<QFuture<bool>()> writer)
{
    m_pendingEditsOwner = owner;
    m_pendingEditsWriter = std::move(writer);
}

void Workspace::startDailyBackup()
{
    // The handle keeps the write lock alive for as long as the backup runs.
    const QFuture<QString> backup = QtConcurrent::run(backgroundPool(), [handle = handle()] {
        QString error;
        Library::backupIfDue(handle, &error);
        return error;
    });
    onResult(backup, this, [this](const QString &error) {
        if (!error.isEmpty())
            emit backupFailed(error);
    });
}

} // namespace Spill
