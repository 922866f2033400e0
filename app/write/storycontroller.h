// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <chrono>
#include <memory>

namespace Spill {

class Autosaver;
class StoryDocument;
class StoryDocuments;
class Workspace;

// Which story the Write place shows, and getting stories in and out of the
// library. Every story opened this session keeps its document (and so its
// undo) in documents(); opening it again shows that document at once. A
// story not opened before is read through the library service and arrives
// a moment later. One autosaver writes the changes of every document, also
// of one no longer shown. Knows no widgets: the place shows what it reports.
class StoryController : public QObject
{
    Q_OBJECT

public:
    StoryController(Workspace &workspace, std::chrono::milliseconds autosaveDelay,
                    QObject *parent = nullptr);
    ~StoryController() override;

    StoryDocuments *documents() const { return m_documents; }
    // The story shown, or null (the welcome, or loading the first one).
    StoryDocument *document() const { return m_document; }
    qint64 storyId() const;
    QString language() const;
    bool isLoading() const { return m_loading != 0; }

    // Shows the story: documentShown() follows, at once for a story opened
    // before, or loadFailed(). A newer call makes an older load be dropped.
    void open(qint64 id);
    // Opens the newest story, or reports noStories().
    void openNewest();
    // A new, empty story, created in the library on its first save.
    StoryDocument *startNew();
    // Nothing shown (the story went to the trash). Its document stays, so
    // undoing the trashing brings back its undo too.
    void close();
    // Reads the story again after a version was restored: its document
    // takes the restored text as a new start. documentShown() or loadFailed().
    void reload(qint64 id);
    // Stories deleted for good: their documents go, unsaved edits with them.
    void forget(const QList<qint64> &ids);

    // Queues the pending writes now; the future says whether they worked.
    // Library calls made after it has finished see them. Never blocks.
    QFuture<bool> writeNow();
    // Writes pending edits and waits (quitting); false when that failed.
    bool flush();
    bool hasPendingChanges() const;
    // Keeps a version of the shown story as it is now, through the
    // autosaver; versionSaved() or versionFailed() follows.
    void saveVersion();

signals:
    void documentShown(Spill::StoryDocument *document);
    void loadFailed(const QString &error);
    void noStories();
    // A document changed (an edit, undo or redo): also one not shown.
    void documentChanged(Spill::StoryDocument *document);
    // A new story got its id in the library.
    void storyCreated(Spill::StoryDocument *document, qint64 id);
    void saved(const QDateTime &when);
    void saveFailed(const QString &error);
    void versionSaved();
    void versionFailed(const QString &error);

private:
    // Reads the story through the library service; `replace`: its document,
    // if it has one, takes the stored text.
    void load(qint64 id, bool replace);
    void show(StoryDocument *document);
    void track(StoryDocument *document);
    void onStoryCreated(qint64 id, quintptr key);

    Workspace &m_workspace;
    StoryDocuments *m_documents = nullptr;
    StoryDocument *m_document = nullptr;
    std::unique_ptr<Autosaver> m_autosaver; // null in a read-only library
    int m_generation = 0; // of open(): a newer one drops older results
    int m_loading = 0; // the generation being loaded; 0: none
};

} // namespace Spill
