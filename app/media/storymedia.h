// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Spill {

// A story's photos and clips in display order, shared by the strips under
// each beat and the signature pair, so all of them show one list and every
// change reaches the editor once. Indices are into the whole list.
class StoryMedia : public QObject
{
    Q_OBJECT

public:
    explicit StoryMedia(QObject *parent = nullptr);

    // Replaces the list without emitting edited() (a story being opened).
    void setItems(const QList<MediaItem> &items);
    const QList<MediaItem> &items() const { return m_items; }
    const MediaItem &at(int index) const { return m_items.at(index); }
    int count() const { return int(m_items.size()); }

    // Whole-list indices of one beat's items, in order.
    QList<int> indicesOf(Beat beat) const;
    // The first item with this role, if any.
    std::optional<int> firstWithRole(MediaRole role) const;

    void append(const QList<MediaItem> &items);
    void remove(int index);
    void update(int index, const MediaItem &item);
    // Moves an item to `beat`, before the beat's item number `slot`
    // (counted without the moved item; past the end appends). Returns the
    // item's new whole-list index.
    int move(int index, Beat beat, int slot);

    // Every change through the functions above can be undone, back to the
    // list setItems() gave. Edits of one item in a row are one step, so a
    // caption typed letter by letter comes back whole.
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    void undo();
    void redo();

signals:
    // The list changed in any way, including setItems().
    void changed();
    // The creator changed the list (everything but setItems()).
    void edited();

private:
    // Call before changing m_items; index is the updated item, or -1.
    void remember(int updatedIndex = -1);
    void notifyEdited();

    QList<MediaItem> m_items;
    QList<QList<MediaItem>> m_undo;
    QList<QList<MediaItem>> m_redo;
    int m_lastUpdated = -1; // the item the newest undo step is editing
};

} // namespace Spill
