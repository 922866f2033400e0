// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"
#include "story/story.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Spill {

// A story's photos and clips in display order, as the strips under each
// beat and the signature pair see them: a view of the story document's
// media list. Every change goes to the document as an undoable command,
// and the document's changes come back as the signals below. Indices are
// into the whole list.
class StoryMedia : public QObject
{
    Q_OBJECT

public:
    explicit StoryMedia(QObject *parent = nullptr);

    // Follows another document (null: shows no media).
    void setDocument(StoryDocument *document);
    StoryDocument *document() const { return m_document; }

    const QList<MediaItem> &items() const;
    const MediaItem &at(int index) const { return items().at(index); }
    int count() const { return int(items().size()); }

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
    // Items were added, removed or moved, or another story is shown.
    void changed();
    // Only this item's fields changed (caption, alt text, role, poster).
    void itemChanged(int index);

private:
    QPointer<StoryDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Spill
