// SPDX-License-Identifier: GPL-3.0-or-later
// The Write place's story list actions: duplicate, trash, restore (library
// commands on the workspace's undo stack, undone from the message bar or
// the Edit menu) and emptying the trash. They live beside writeplace.cpp
// because each one first settles the story being edited.
#include "async/continuation.h"
#include "editor/storyeditor.h"
#include "editor/welcomepanel.h"
#include "library/librarycommands.h"
#include "library/libraryservice.h"
#include "messagebar.h"
#include "shell/workspace.h"
#include "storycontroller.h"
#include "storylistmodel.h"
#include "storylistpanel.h"
#include "trashpreview.h"
#include "writeplace.h"

#include <QMessageBox>
#include <QPushButton>

namespace Spill {

void WritePlace::duplicateStory(qint64 id)
{
    if (m_readOnly)
        return;
    // The copy holds what is on screen: the pending edits are written first.
    afterPendingWrites([this, id] {
        auto *command = new DuplicateStoryCommand(m_workspace.service(), id);
        m_workspace.libraryUndoStack()->push(command);
        onResult(command->copy(), this, [this](const LibraryResult<qint64> &copy) {
            if (!copy.ok()) {
                showMessage(tr("Could not duplicate: %1").arg(copy.error));
                return;
            }
            connect(
                this, &WritePlace::storyOpened, this, [this] { m_editor->focusTitle(); },
                Qt::SingleShotConnection);
            openStory(copy.value);
        });
    });
}

void WritePlace::trashStory(qint64 id)
{
    if (m_readOnly)
        return;
    const bool open = id == currentStoryId();
    if (open) {
        savePosition();
        // Its document stays, and its pending edits are still written: a
        // trashed story keeps what was typed into it.
        m_controller->close();
    }
    m_workspace.libraryUndoStack()->push(new TrashStoriesCommand(m_workspace.service(), {id}));
    m_lastTrashed = id;
    m_lastTrashedAt = m_workspace.libraryUndoStack()->index();
    // Queued behind the trashing: the newest story is another one.
    if (open)
        showEmptyState();
    showMessage(tr("Story moved to the trash."), true);
}

void WritePlace::restoreStory(qint64 id)
{
    if (m_readOnly)
        return;
    m_lastTrashed = 0;
    m_workspace.libraryUndoStack()->push(new TrashStoriesCommand(
        m_workspace.service(), {id}, TrashStoriesCommand::Direction::OutOfTrash));
    if (isShowingWelcome())
        openStory(id);
    showMessage(tr("Story restored."), true);
}

void WritePlace::showTrash(bool shown)
{
    const bool showing = m_pages->currentWidget() == m_trashPreview;
    if (shown == showing)
        return;
    if (shown) {
        m_pageBeforeTrash = m_pages->currentWidget();
        m_pages->setCurrentWidget(m_trashPreview);
        previewTrashed(0, {});
    } else {
        m_trashShown = 0;
        m_pages->setCurrentWidget(m_pageBeforeTrash ? m_pageBeforeTrash
                                                    : static_cast<QWidget *>(m_welcome));
    }
    // History and the spelling language belong to the story being edited.
    const bool editing = m_pages->currentWidget() == m_editor;
    m_history->setVisible(editing);
    m_languages->setVisible(editing && m_languages->count() > 0);
}

void WritePlace::previewTrashed(qint64 id, const QDateTime &trashedAt)
{
    m_trashShown = id;
    if (id == 0) {
        const StoryListModel *trash = m_list->trashModel();
        m_trashPreview->showMessage(trash->rowCount() == 0 && !trash->isLoading()
                                        ? tr("The trash is empty.")
                                        : tr("Select a story in the trash to see it here."));
        return;
    }
    onResult(m_workspace.service().story(id), this,
             [this, id, trashedAt](const LibraryResult<Story> &result) {
                 if (id != m_trashShown)
                     return; // another one was selected meanwhile
                 if (!result.ok())
                     m_trashPreview->showMessage(
                         tr("Could not read this story: %1").arg(result.error));
                 else
                     m_trashPreview->showStory(id, result.value, trashedAt);
             });
}

void WritePlace::emptyTrash()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Empty the Trash?"),
                                tr("The stories in the trash and their versions will be deleted "
                                   "for good, with photos no other story uses. This cannot be "
                                   "undone."),
                                QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("Empty Trash"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("emptyTrashConfirmation"));
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button != confirm)
            return;
        onResult(m_workspace.service().emptyTrash(), this,
                 [this](const LibraryResult<QStringList> &result) {
                     if (!result.ok()) {
                         showMessage(tr("Could not empty the trash: %1").arg(result.error));
                         return;
                     }
                     showMessage(result.value.isEmpty()
                                     ? tr("The trash is empty.")
                                     : tr("The trash is empty, but some photos stayed: %1")
                                           .arg(result.value.join(QStringLiteral("; "))));
                 });
    });
    box->open();
}

} // namespace Spill
