// SPDX-License-Identifier: GPL-3.0-or-later
#include "storycontroller.h"

#include "async/continuation.h"
#include "document/storydocument.h"
#include "document/storydocuments.h"
#include "library/autosaver.h"
#include "shell/workspace.h"

#include <QUndoStack>

namespace Spill {

StoryController::StoryController(Workspace &workspace, std::chrono::milliseconds autosaveDelay,
                                 QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_documents(new StoryDocuments(this))
{
    // Published elsewhere (the Publish dialog): an open story shows it too,
    // and its next save keeps it.
    connect(&workspace, &Workspace::storyPublished, this,
            [this](qint64 id, Status status, const QString &url) {
                if (StoryDocument *document = m_documents->find(id))
                    document->followPost(status, url);
            });
    if (workspace.isReadOnly())
        return;
    Autosaver::Options options;
    options.delay = autosaveDelay;
    options.revisionInterval = workspace.preferences().versionIntervalDuration();
    m_autosaver = std::make_unique<Autosaver>(workspace.handle(), options);
    connect(
        &workspace.preferences(), &PreferencesStore::versionIntervalChanged, this,
        [this](int minutes) { m_autosaver->setRevisionInterval(std::chrono::minutes(minutes)); });
    connect(m_autosaver.get(), &Autosaver::storyCreated, this, &StoryController::onStoryCreated);
    // The service reads the saved row back, so every list shows the change.
    connect(m_autosaver.get(), &Autosaver::saved, this, [this](qint64 id, const QDateTime &when) {
        m_workspace.service().noteSaved(id);
        emit saved(when);
    });
    connect(m_autosaver.get(), &Autosaver::failed, this, &StoryController::saveFailed);
}

StoryController::~StoryController() = default;

qint64 StoryController::storyId() const
{
    return m_document ? m_document->id() : 0;
}

QString StoryController::language() const
{
    return m_document ? m_document->story().language : QString();
}

void StoryController::open(qint64 id)
{
    // A story opened before keeps its document: it may hold edits the
    // autosaver has not written yet, and it holds the story's undo.
    if (StoryDocument *document = m_documents->find(id)) {
        ++m_generation;
        m_loading = 0;
        show(document);
        return;
    }
    load(id, false);
}

void StoryController::load(qint64 id, bool replace)
{
    const int generation = ++m_generation;
    m_loading = generation;
    onResult(m_workspace.service().story(id), this,
             [this, generation, replace](const LibraryResult<Story> &result) {
                 if (generation != m_generation)
                     return; // another story was asked for meanwhile
                 m_loading = 0;
                 if (!result.ok()) {
                     emit loadFailed(result.error);
                     return;
                 }
                 // Opened meanwhile through another path: keep that document.
                 StoryDocument *document = m_documents->find(result.value.id);
                 if (!document) {
                     document = m_documents->open(result.value);
                     track(document);
                 } else if (replace) {
                     // The restored text is a new start: undo cannot go back past it.
                     document->replace(result.value);
                 }
                 show(document);
             });
}

void StoryController::openNewest()
{
    StoryQuery newest;
    newest.limit = 1;
    const int generation = ++m_generation;
    m_loading = generation;
    onResult(m_workspace.service().listStories(newest), this,
             [this, generation](const LibraryResult<QList<StorySummary>> &result) {
                 if (generation != m_generation)
                     return;
                 m_loading = 0;
                 if (!result.ok() || result.value.isEmpty()) {
                     close();
                     emit noStories();
                     return;
                 }
                 open(result.value.first().id);
             });
}

StoryDocument *StoryController::startNew()
{
    ++m_generation;
    m_loading = 0;
    StoryDocument *document = m_documents->create(m_workspace.preferences().spellingLanguage());
    track(document);
    m_document = document;
    return document;
}

void StoryController::close()
{
    ++m_generation;
    m_loading = 0;
    m_document = nullptr;
}

void StoryController::reload(qint64 id)
{
    load(id, true);
}

void StoryController::forget(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (m_document && m_document->id() == id)
            close();
        m_documents->close(id);
    }
}

void StoryController::show(StoryDocument *document)
{
    m_document = document;
    emit documentShown(document);
}

// Every change of a story opened this session is saved, also an undo in a
// story the editor no longer shows.
void StoryController::track(StoryDocument *document)
{
    connect(document, &StoryDocument::changed, this, [this, document] {
        if (m_autosaver)
            m_autosaver->update(document->story(), quintptr(document));
        emit documentChanged(document);
    });
}

void StoryController::onStoryCreated(qint64 id, quintptr key)
{
    const QList<StoryDocument *> documents = m_documents->findChildren<StoryDocument *>();
    const auto found = std::find_if(documents.cbegin(), documents.cend(),
                                    [key](StoryDocument *each) { return quintptr(each) == key; });
    if (found == documents.cend())
        return;
    m_documents->assignId(*found, id);
    emit storyCreated(*found, id);
}

QFuture<bool> StoryController::writeNow()
{
    if (!m_autosaver)
        return QtFuture::makeReadyFuture(true);
    return m_autosaver->writeNow();
}

bool StoryController::flush()
{
    return !m_autosaver || !m_autosaver->hasPendingChanges() || m_autosaver->flush();
}

bool StoryController::hasPendingChanges() const
{
    return m_autosaver && m_autosaver->hasPendingChanges();
}

void StoryController::saveVersion()
{
    StoryDocument *document = m_document;
    if (!document || !m_autosaver)
        return;
    if (document->id() == 0 && !document->undoStack()->canUndo()) {
        emit versionFailed(tr("there is nothing to keep yet, so write something first"));
        return;
    }
    // The version holds the story as it is on screen now, written in order
    // with the autosaves, whatever is typed while it is being written.
    onResult(m_autosaver->saveVersion(document->story(), quintptr(document)), this,
             [this](bool written) {
                 if (written)
                     emit versionSaved();
                 else
                     emit versionFailed(tr("its last changes could not be saved"));
             });
}

} // namespace Spill
