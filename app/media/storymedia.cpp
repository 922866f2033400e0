// SPDX-License-Identifier: GPL-3.0-or-later
#include "storymedia.h"

#include "document/storydocument.h"
#include "editor/documentwatch.h"

namespace Spill {

StoryMedia::StoryMedia(QObject *parent)
    : QObject(parent)
{
}

void StoryMedia::setDocument(StoryDocument *document)
{
    dropConnections(&m_connections);
    m_document = document;
    if (document) {
        m_connections = {
            connect(document, &StoryDocument::mediaListChanged, this, &StoryMedia::changed),
            connect(document, &StoryDocument::reset, this, &StoryMedia::changed),
            connect(document, &StoryDocument::mediaItemChanged, this, &StoryMedia::itemChanged),
        };
    }
    emit changed();
}

const QList<MediaItem> &StoryMedia::items() const
{
    static const QList<MediaItem> none;
    return m_document ? m_document->story().media : none;
}

QList<int> StoryMedia::indicesOf(Beat beat) const
{
    QList<int> result;
    for (int i = 0; i < count(); ++i) {
        if (at(i).beat == beat)
            result.append(i);
    }
    return result;
}

std::optional<int> StoryMedia::firstWithRole(MediaRole role) const
{
    for (int i = 0; i < count(); ++i) {
        if (at(i).role == role)
            return i;
    }
    return std::nullopt;
}

void StoryMedia::append(const QList<MediaItem> &items)
{
    if (m_document)
        m_document->addMedia(items);
}

void StoryMedia::remove(int index)
{
    if (m_document)
        m_document->removeMedia(index);
}

void StoryMedia::update(int index, const MediaItem &item)
{
    if (m_document)
        m_document->updateMedia(index, item);
}

int StoryMedia::move(int index, Beat beat, int slot)
{
    return m_document ? m_document->moveMedia(index, beat, slot) : index;
}

} // namespace Spill
