// SPDX-License-Identifier: GPL-3.0-or-later
#include "storycontroller.h"

#include "library/autosaver.h"
#include "library/whenready.h"
#include "shell/workspace.h"

namespace Spill {

StoryController::StoryController(Workspace &workspace, std::chrono::milliseconds autosaveDelay,
                                 QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_autosaveDelay(autosaveDelay)
{
}

StoryController::~StoryController() = default;

void StoryController::open(qint64 id)
{
    const int generation = ++m_generation;
    m_loading = generation;
    whenReady(m_workspace.service().story(id), this,
              [this, generation](const LibraryResult<Story> &result) {
                  if (generation != m_generation)
                      return; // another story was asked for meanwhile
                  m_loading = 0;
                  if (!result.ok()) {
                      emit loadFailed(result.error);
                      return;
                  }
                  startAutosaver();
                  m_storyId = result.value.id;
                  m_language = result.value.language;
                  emit storyLoaded(result.value);
              });
}

void StoryController::openNewest()
{
    StoryQuery newest;
    newest.limit = 1;
    const int generation = ++m_generation;
    m_loading = generation;
    whenReady(m_workspace.service().listStories(newest), this,
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

void StoryController::startNew()
{
    ++m_generation;
    m_loading = 0;
    startAutosaver();
    m_storyId = 0;
    m_language.clear();
}

void StoryController::close()
{
    ++m_generation;
    m_loading = 0;
    m_autosaver.reset();
    m_storyId = 0;
}

void StoryController::edited(Story story)
{
    if (!m_autosaver)
        return;
    story.id = m_storyId;
    story.language = m_language;
    m_autosaver->update(story);
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
    whenReady(m_workspace.service().saveRevision(m_storyId, Library::RevisionManual), this,
              [this](const LibraryResult<qint64> &result) {
                  if (result.ok())
                      emit versionSaved();
                  else
                      emit versionFailed(result.error);
              });
}

void StoryController::startAutosaver()
{
    m_autosaver.reset();
    if (m_workspace.isReadOnly())
        return;
    Autosaver::Options options;
    options.delay = m_autosaveDelay;
    m_autosaver = std::make_unique<Autosaver>(m_workspace.handle(), options);
    connect(m_autosaver.get(), &Autosaver::storyCreated, this, [this](qint64 id) {
        m_storyId = id;
        emit storyCreated(id);
    });
    // The service reads the saved row back, so every list shows the change.
    connect(m_autosaver.get(), &Autosaver::saved, this, [this](qint64 id, const QDateTime &when) {
        m_workspace.service().noteSaved(id);
        emit saved(when);
    });
    connect(m_autosaver.get(), &Autosaver::failed, this, &StoryController::saveFailed);
}

} // namespace Spill
