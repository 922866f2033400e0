// SPDX-License-Identifier: GPL-3.0-or-later
// The Write place's story list actions: duplicate, trash with undo, restore
// and emptying the trash. They live beside writeplace.cpp because each one
// first settles the story being edited.
#include "editor/storyeditor.h"
#include "library/autosaver.h"
#include "shell/workspace.h"
#include "storylistmodel.h"
#include "storylistpanel.h"
#include "writeplace.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Spill {

void WritePlace::duplicateStory(qint64 id)
{
    flush();
    std::optional<Story> story = m_workspace.library().story(id);
    if (!story) {
        showMessage(tr("Could not duplicate: %1").arg(m_workspace.library().lastError()));
        return;
    }
    story->id = 0;
    story->slug.clear();
    story->title = story->title.isEmpty() ? QString() : tr("%1 (copy)").arg(story->title);
    story->status = Status::Draft;
    story->publishedUrl.clear();
    story->created = {};
    story->updated = {};
    for (MediaItem &item : story->media)
        item.id = 0;
    const qint64 copy = m_workspace.library().createStory(*story);
    if (copy == 0) {
        showMessage(tr("Could not duplicate: %1").arg(m_workspace.library().lastError()));
        return;
    }
    emit m_workspace.storiesChanged();
    openStory(copy);
    m_editor->focusTitle();
}

void WritePlace::trashStory(qint64 id)
{
    const bool open = id == m_storyId;
    if (open)
        flush();
    if (!m_workspace.library().moveToTrash(id)) {
        showMessage(tr("Could not move to the trash: %1").arg(m_workspace.library().lastError()));
        return;
    }
    m_lastTrashed = id;
    emit m_workspace.storiesChanged();
    if (open)
        showEmptyState();
    showMessage(tr("Story moved to the trash."), true);
}

void WritePlace::undoTrash()
{
    const qint64 id = m_lastTrashed;
    m_lastTrashed = 0;
    m_messageTimer->stop();
    m_message->setVisible(false);
    m_undo->setVisible(false);
    if (id == 0)
        return;
    if (!m_workspace.library().restoreFromTrash(id)) {
        showMessage(tr("Could not restore: %1").arg(m_workspace.library().lastError()));
        return;
    }
    emit m_workspace.storiesChanged();
    openStory(id);
}

void WritePlace::restoreStory(qint64 id)
{
    if (!m_workspace.library().restoreFromTrash(id)) {
        showMessage(tr("Could not restore: %1").arg(m_workspace.library().lastError()));
        return;
    }
    emit m_workspace.storiesChanged();
    if (isShowingWelcome())
        openStory(id);
    showMessage(tr("Story restored."));
}

void WritePlace::emptyTrash()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Empty the Trash?"),
                                tr("The stories in the trash and their versions will be deleted "
                                   "for good, with photos no other story uses."),
                                QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("Empty Trash"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("emptyTrashConfirmation"));
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button != confirm)
            return;
        Library &library = m_workspace.library();
        const std::optional<QList<MediaFile>> files = library.emptyTrash();
        if (!files) {
            showMessage(tr("Could not empty the trash: %1").arg(library.lastError()));
            return;
        }
        const QStringList errors = removeMediaFiles(library.folder(), *files);
        m_list->trashModel()->refresh();
        emit m_workspace.storiesChanged();
        showMessage(errors.isEmpty() ? tr("The trash is empty.")
                                     : tr("The trash is empty, but some photos stayed: %1")
                                           .arg(errors.join(QStringLiteral("; "))));
    });
    box->open();
}

} // namespace Spill
