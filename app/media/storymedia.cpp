// SPDX-License-Identifier: GPL-3.0-or-later
#include "storymedia.h"

namespace Spill {

namespace {

constexpr qsizetype MaxUndoSteps = 100;

} // namespace

StoryMedia::StoryMedia(QObject *parent)
    : QObject(parent)
{
}

void StoryMedia::setItems(const QList<MediaItem> &items)
{
    m_items = items;
    m_undo.clear();
    m_redo.clear();
    m_lastUpdated = -1;
    emit changed();
}

QList<int> StoryMedia::indicesOf(Beat beat) const
{
    QList<int> result;
    for (int i = 0; i < count(); ++i) {
        if (m_items.at(i).beat == beat)
            result.append(i);
    }
    return result;
}

std::optional<int> StoryMedia::firstWithRole(MediaRole role) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_items.at(i).role == role)
            return i;
    }
    return std::nullopt;
}

void StoryMedia::append(const QList<MediaItem> &items)
{
    if (items.isEmpty())
        return;
    remember();
    m_items.append(items);
    notifyEdited();
}

void StoryMedia::remove(int index)
{
    if (index < 0 || index >= count())
        return;
    remember();
    m_items.removeAt(index);
    notifyEdited();
}

void StoryMedia::update(int index, const MediaItem &item)
{
    if (index < 0 || index >= count() || m_items.at(index) == item)
        return;
    remember(index);
    m_items[index] = item;
    notifyEdited();
}

int StoryMedia::move(int index, Beat beat, int slot)
{
    if (index < 0 || index >= count())
        return index;
    const QList<MediaItem> before = m_items;
    MediaItem item = m_items.takeAt(index);
    item.beat = beat;

    // Insert before the slot-th remaining item of the beat; after the
    // beat's last item (or at the end) when the slot is past them.
    int insertAt = int(m_items.size());
    int seen = 0;
    int lastOfBeat = -1;
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (m_items.at(i).beat != beat)
            continue;
        if (seen == slot) {
            insertAt = i;
            break;
        }
        ++seen;
        lastOfBeat = i;
    }
    if (seen < slot || insertAt == int(m_items.size())) {
        if (lastOfBeat >= 0)
            insertAt = lastOfBeat + 1;
    }
    m_items.insert(insertAt, item);
    if (m_items != before) {
        const QList<MediaItem> after = m_items;
        m_items = before;
        remember();
        m_items = after;
        notifyEdited();
    }
    return insertAt;
}

void StoryMedia::remember(int updatedIndex)
{
    m_redo.clear();
    // Another change to the item being edited joins its step.
    if (updatedIndex >= 0 && updatedIndex == m_lastUpdated && !m_undo.isEmpty())
        return;
    m_lastUpdated = updatedIndex;
    m_undo.append(m_items);
    if (m_undo.size() > MaxUndoSteps)
        m_undo.removeFirst();
}

void StoryMedia::undo()
{
    if (m_undo.isEmpty())
        return;
    m_redo.append(m_items);
    m_items = m_undo.takeLast();
    m_lastUpdated = -1;
    notifyEdited();
}

void StoryMedia::redo()
{
    if (m_redo.isEmpty())
        return;
    m_undo.append(m_items);
    m_items = m_redo.takeLast();
    m_lastUpdated = -1;
    notifyEdited();
}

void StoryMedia::notifyEdited()
{
    emit changed();
    emit edited();
}

} // namespace Spill
