// SPDX-License-Identifier: GPL-3.0-or-later
#include "storycommands.h"

namespace Spill {

SetFieldCommand::SetFieldCommand(StoryDocument *document, StoryField field, const Story &before,
                                 const Story &after, const QString &text, bool mergeable)
    : QUndoCommand(text)
    , m_document(document)
    , m_field(field)
    , m_before(before)
    , m_after(after)
    , m_mergeable(mergeable)
    , m_epoch(document->mergeEpoch())
{
}

void SetFieldCommand::undo()
{
    m_document->applyField(m_field, m_before);
}

void SetFieldCommand::redo()
{
    m_document->applyField(m_field, m_after);
}

int SetFieldCommand::id() const
{
    return int(StoryCommandId::Field);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_field != m_field || next->m_epoch != m_epoch)
        return false;
    m_after = next->m_after;
    return true;
}

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar::ParagraphSeparator;
}

} // namespace

EditBeatCommand::EditBeatCommand(StoryDocument *document, Beat beat, int position,
                                 const QString &removed, const QString &inserted, bool typed)
    : QUndoCommand(inserted.isEmpty() ? StoryDocument::tr("Delete") : StoryDocument::tr("Typing"))
    , m_document(document)
    , m_beat(beat)
    , m_position(position)
    , m_removed(removed)
    , m_inserted(inserted)
    , m_typed(typed)
    , m_epoch(document->mergeEpoch())
{
}

void EditBeatCommand::undo()
{
    m_document->applyBeatEdit(m_beat, m_position, int(m_inserted.size()), m_removed);
}

void EditBeatCommand::redo()
{
    m_document->applyBeatEdit(m_beat, m_position, int(m_removed.size()), m_inserted);
}

int EditBeatCommand::id() const
{
    return int(StoryCommandId::BeatText);
}

// Typing merges a word at a time, as text editors do: letters and the
// spaces after them join one step, a new line or a word after a space
// starts the next. Backspace and Delete in a row join too.
bool EditBeatCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditBeatCommand *>(other);
    if (!m_typed || !next->m_typed || next->m_beat != m_beat || next->m_epoch != m_epoch)
        return false;

    const bool typing = next->m_removed.isEmpty() && !next->m_inserted.isEmpty() &&
        !m_inserted.isEmpty() && next->m_position == m_position + m_inserted.size();
    if (typing) {
        const QChar first = next->m_inserted.front();
        const QChar last = m_inserted.back();
        if (first == u'\n' || last == u'\n' || (isSpace(last) && !isSpace(first)))
            return false;
        m_inserted += next->m_inserted;
        return true;
    }

    const bool deleting = m_inserted.isEmpty() && next->m_inserted.isEmpty();
    if (deleting && next->m_position + next->m_removed.size() == m_position) { // Backspace
        m_removed.prepend(next->m_removed);
        m_position = next->m_position;
        return true;
    }
    if (deleting && next->m_position == m_position) { // Delete
        m_removed += next->m_removed;
        return true;
    }
    return false;
}

SetMediaCommand::SetMediaCommand(StoryDocument *document, const QList<MediaItem> &before,
                                 const QList<MediaItem> &after, int changedIndex,
                                 const QString &text, int mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_changedIndex(changedIndex)
    , m_mergeKey(mergeKey)
    , m_epoch(document->mergeEpoch())
{
}

void SetMediaCommand::undo()
{
    m_document->applyMediaList(m_before, m_changedIndex);
}

void SetMediaCommand::redo()
{
    m_document->applyMediaList(m_after, m_changedIndex);
}

int SetMediaCommand::id() const
{
    return int(StoryCommandId::MediaItem);
}

bool SetMediaCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetMediaCommand *>(other);
    if (m_mergeKey == 0 || next->m_mergeKey != m_mergeKey || next->m_epoch != m_epoch)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Spill
