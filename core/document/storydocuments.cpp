// SPDX-License-Identifier: GPL-3.0-or-later
#include "storydocuments.h"

#include "storydocument.h"

namespace Spill {

StoryDocuments::StoryDocuments(QObject *parent)
    : QObject(parent)
{
}

StoryDocuments::~StoryDocuments() = default;

StoryDocument *StoryDocuments::open(const Story &stored)
{
    if (StoryDocument *document = m_byId.value(stored.id))
        return document;
    auto *document = new StoryDocument(stored, this);
    if (stored.id != 0)
        m_byId.insert(stored.id, document);
    return document;
}

StoryDocument *StoryDocuments::create(const QString &language)
{
    Story story;
    story.language = language;
    return new StoryDocument(story, this);
}

void StoryDocuments::assignId(StoryDocument *document, qint64 id)
{
    document->setId(id);
    m_byId.insert(id, document);
}

StoryDocument *StoryDocuments::find(qint64 id) const
{
    return m_byId.value(id);
}

void StoryDocuments::close(qint64 id)
{
    if (StoryDocument *document = m_byId.take(id))
        document->deleteLater();
}

} // namespace Spill
