// SPDX-License-Identifier: GPL-3.0-or-later
// Library changes as undoable commands, one class per kind, for the
// library's QUndoStack. Each runs through the LibraryService, so undo and
// redo queue behind what came before and views follow its signals.
#pragma once

#include "libraryservice.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace Spill {

class LibraryService;

// Moves stories into the trash ("Move to Trash") or out of it ("Restore");
// undo moves them back.
class TrashStoriesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TrashStoriesCommand)

public:
    enum class Direction { IntoTrash, OutOfTrash };

    TrashStoriesCommand(LibraryService &service, QList<qint64> ids,
                        Direction direction = Direction::IntoTrash);
    void redo() override;
    void undo() override;
    // The last redo's or undo's result.
    QFuture<LibraryResult<bool>> result() const { return m_result; }

private:
    void move(bool intoTrash);

    LibraryService &m_service;
    QList<qint64> m_ids;
    Direction m_direction;
    QFuture<LibraryResult<bool>> m_result;
};

// Duplicates a story (Library::duplicateStory). Undo moves the copy to the
// trash rather than deleting it, so nothing written in it since is lost;
// redo takes it out again.
class DuplicateStoryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateStoryCommand)

public:
    DuplicateStoryCommand(LibraryService &service, qint64 id);
    void redo() override;
    void undo() override;
    // The first redo's result: the copy's id.
    QFuture<LibraryResult<qint64>> copy() const { return m_copy; }

private:
    LibraryService &m_service;
    qint64 m_id = 0;
    // The copy's id, only touched on the service's worker thread.
    std::shared_ptr<qint64> m_copyId;
    QFuture<LibraryResult<qint64>> m_copy;
};

// Adds a tag to stories; undo takes it off those that did not have it.
class AddTagCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTagCommand)

public:
    AddTagCommand(LibraryService &service, QList<qint64> ids, QString tag);
    void redo() override;
    void undo() override;
    // The last redo's result: the stories that gained the tag.
    QFuture<LibraryResult<QList<qint64>>> result() const { return m_result; }

private:
    LibraryService &m_service;
    QList<qint64> m_ids;
    QString m_tag;
    // The stories that gained the tag, only touched on the worker thread.
    std::shared_ptr<QList<qint64>> m_added;
    QFuture<LibraryResult<QList<qint64>>> m_result;
};

} // namespace Spill
