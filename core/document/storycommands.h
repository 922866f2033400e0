// SPDX-License-Identifier: GPL-3.0-or-later
// One QUndoCommand per kind of story edit. They change the story only
// through StoryDocument's apply functions, which tell the views.
#pragma once

#include "storydocument.h"

#include <QUndoCommand>

namespace Spill {

// Command ids for QUndoCommand::mergeWith(): edits of one kind in a row
// become one step.
enum class StoryCommandId {
    Field = 1,
    BeatText,
    MediaItem,
};

// Sets one field (title, tags, status, ...). Text fields merge while the
// creator keeps typing in them.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(StoryDocument *document, StoryField field, const Story &before,
                    const Story &after, const QString &text, bool mergeable);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    StoryDocument *m_document;
    StoryField m_field;
    Story m_before;
    Story m_after;
    bool m_mergeable;
    int m_epoch;
};

// Typing in a beat: a span of its text replaced by another.
class EditBeatCommand : public QUndoCommand
{
public:
    // Only typed edits merge with each other.
    EditBeatCommand(StoryDocument *document, Beat beat, int position, const QString &removed,
                    const QString &inserted, bool typed);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    StoryDocument *m_document;
    Beat m_beat;
    int m_position;
    QString m_removed;
    QString m_inserted;
    bool m_typed;
    int m_epoch;
};

// Any change of the media list. `changedIndex` names the one item whose
// fields changed (then the list keeps its order and length), or is -1.
class SetMediaCommand : public QUndoCommand
{
public:
    SetMediaCommand(StoryDocument *document, const QList<MediaItem> &before,
                    const QList<MediaItem> &after, int changedIndex, const QString &text,
                    int mergeKey = 0);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    StoryDocument *m_document;
    QList<MediaItem> m_before;
    QList<MediaItem> m_after;
    int m_changedIndex;
    int m_mergeKey; // 0: never merges
    int m_epoch;
};

} // namespace Spill
