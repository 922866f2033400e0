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

signals:
    // The list changed in any way, including setItems().
    void changed();
    // The creator changed the list (everything but setItems()).
    void edited();

private:
    void notifyEdited();

    QList<MediaItem> m_items;
};

} // namespace Spill
