// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <memory>

namespace Spill {

class Autosaver;
class Workspace;

// Which story the Write place has open, and getting it in and out of the
// library: opening one (read through the library service, so it arrives a
// moment later), starting a new one, autosaving edits, keeping versions.
// Knows no widgets: the place shows what it reports.
class StoryController : public QObject
{
    Q_OBJECT

public:
    StoryController(Workspace &workspace, std::chrono::milliseconds autosaveDelay,
                    QObject *parent = nullptr);
    ~StoryController() override;

    qint64 storyId() const { return m_storyId; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }
    bool isLoading() const { return m_loading != 0; }

    // Reads the story; storyLoaded() or loadFailed() follows. A newer open()
    // makes an older one's result be dropped.
    void open(qint64 id);
    // Opens the newest story, or reports noStories().
    void openNewest();
    // A new, empty story, created in the library on its first save.
    void startNew();
    // Nothing open (the story went to the trash): stops autosaving it.
    void close();
    // Hands the edited story to the autosaver.
    void edited(Story story);
    // Writes pending edits now; false when that failed.
    bool flush();
    bool hasPendingChanges() const;
    // Keeps a version of the open story (after flush()); versionSaved() or failed() follows.
    void saveVersion();

signals:
    void storyLoaded(const Spill::Story &story);
    void loadFailed(const QString &error);
    void noStories();
    void storyCreated(qint64 id);
    void saved(const QDateTime &when);
    void saveFailed(const QString &error);
    void versionSaved();
    void versionFailed(const QString &error);

private:
    void startAutosaver();

    Workspace &m_workspace;
    std::chrono::milliseconds m_autosaveDelay;
    std::unique_ptr<Autosaver> m_autosaver;
    qint64 m_storyId = 0;
    QString m_language;
    int m_generation = 0; // of open(): a newer one drops older results
    int m_loading = 0; // the generation being loaded; 0: none
};

} // namespace Spill
