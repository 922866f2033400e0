// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycommands.h"

namespace Spill {

namespace {

// A command has no caller to hand its error to: the service announces it.
template<typename T> LibraryResult<T> reported(LibraryResult<T> result, LibraryChanges &changes)
{
    changes.failure = result.error;
    return result;
}

LibraryResult<bool> trashOrRestore(Library &library, const QList<qint64> &ids, bool trash,
                                   LibraryChanges &changes)
{
    LibraryResult<bool> result {true, {}};
    changes.tags = true;
    for (const qint64 id : ids) {
        if (!(trash ? library.moveToTrash(id) : library.restoreFromTrash(id))) {
            result = {false, library.lastError()};
            break;
        }
        changes.changed.append(id);
    }
    return reported(result, changes);
}

} // namespace

TrashStoriesCommand::TrashStoriesCommand(LibraryService &service, QList<qint64> ids,
                                         Direction direction)
    : m_service(service)
    , m_ids(std::move(ids))
    , m_direction(direction)
{
    setText(direction == Direction::IntoTrash ? tr("Move to Trash") : tr("Restore"));
}

void TrashStoriesCommand::redo()
{
    move(m_direction == Direction::IntoTrash);
}

void TrashStoriesCommand::undo()
{
    move(m_direction != Direction::IntoTrash);
}

void TrashStoriesCommand::move(bool intoTrash)
{
    m_result =
        m_service.call<bool>([ids = m_ids, intoTrash](Library &library, LibraryChanges &changes) {
            return trashOrRestore(library, ids, intoTrash, changes);
        });
}

DuplicateStoryCommand::DuplicateStoryCommand(LibraryService &service, qint64 id)
    : m_service(service)
    , m_id(id)
    , m_copyId(std::make_shared<qint64>(0))
{
    setText(tr("Duplicate"));
}

void DuplicateStoryCommand::redo()
{
    QFuture<LibraryResult<qint64>> done = m_service.call<qint64>(
        [original = m_id, copyId = m_copyId](Library &library, LibraryChanges &changes) {
            LibraryResult<qint64> result;
            if (*copyId == 0) {
                result.value = library.duplicateStory(original);
                *copyId = result.value;
            } else if (library.restoreFromTrash(*copyId)) {
                result.value = *copyId;
            }
            if (result.value == 0)
                result.error = library.lastError();
            else
                changes.changed.append(result.value);
            changes.tags = true;
            return reported(result, changes);
        });
    if (!m_copy.isValid())
        m_copy = done;
}

void DuplicateStoryCommand::undo()
{
    m_service.call<bool>([copyId = m_copyId](Library &library, LibraryChanges &changes) {
        if (*copyId == 0)
            return LibraryResult<bool> {true, {}}; // the copy was never made
        return trashOrRestore(library, {*copyId}, true, changes);
    });
}

AddTagCommand::AddTagCommand(LibraryService &service, QList<qint64> ids, QString tag)
    : m_service(service)
    , m_ids(std::move(ids))
    , m_tag(std::move(tag))
    , m_added(std::make_shared<QList<qint64>>())
{
    setText(tr("Add Tag"));
}

void AddTagCommand::redo()
{
    m_result = m_service.call<QList<qint64>>(
        [ids = m_ids, tag = m_tag, added = m_added](Library &library, LibraryChanges &changes) {
            LibraryResult<QList<qint64>> result = addMissingTag(library, ids, tag, changes);
            *added = result.value;
            return reported(result, changes);
        });
}

void AddTagCommand::undo()
{
    m_service.call<bool>([tag = m_tag, added = m_added](Library &library, LibraryChanges &changes) {
        LibraryResult<bool> result {true, {}};
        if (!added->isEmpty() && !library.removeTag(*added, tag))
            result = {false, library.lastError()};
        changes.changed = *added;
        changes.tags = true;
        return reported(result, changes);
    });
}

} // namespace Spill
