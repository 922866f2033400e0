// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Spill {

class LibraryService;
class StoryListModel;

// The narrow list of stories beside the editor, with a second view for the
// trash. It asks for actions; the Write place carries them out, since they
// touch the story being edited.
class StoryListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StoryListPanel(LibraryService &service, QWidget *parent = nullptr);

    // Starts loading the list (once the window is up).
    void start();
    // Marks the open story in the list (0: none).
    void setCurrentStory(qint64 id);
    void setReadOnly(bool readOnly);
    bool isShowingTrash() const;
    void showTrash(bool trash);

    StoryListModel *storiesModel() const { return m_stories; }
    StoryListModel *trashModel() const { return m_trash; }
    QListView *storiesView() const { return m_storiesView; }
    QListView *trashView() const { return m_trashView; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *trashAction() const { return m_moveToTrash; }
    QAction *restoreAction() const { return m_restore; }
    QPushButton *emptyTrashButton() const { return m_emptyTrash; }

signals:
    void openRequested(qint64 id);
    void newRequested();
    void duplicateRequested(qint64 id);
    void trashRequested(qint64 id);
    void restoreRequested(qint64 id);
    void emptyTrashRequested();
    // The trash was opened or closed.
    void trashShown(bool shown);
    // The story selected in the trash (0: none), with when it was trashed.
    void trashCurrentChanged(qint64 id, const QDateTime &trashedAt);

private:
    QListView *createView(StoryListModel *model, const QString &name);
    qint64 selectedId(QListView *view) const;
    void updateActions();

    StoryListModel *m_stories = nullptr;
    StoryListModel *m_trash = nullptr;
    QStackedWidget *m_views = nullptr;
    QListView *m_storiesView = nullptr;
    QListView *m_trashView = nullptr;
    QLabel *m_heading = nullptr;
    QToolButton *m_new = nullptr;
    QPushButton *m_trashToggle = nullptr;
    QPushButton *m_emptyTrash = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_moveToTrash = nullptr;
    QAction *m_restore = nullptr;
    qint64 m_current = 0;
    bool m_readOnly = false;
};

} // namespace Spill
