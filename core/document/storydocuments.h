// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QHash>
#include <QObject>

namespace Spill {

class StoryDocument;

// The stories opened in this session, each with its document and so its
// undo history: going back to a story brings back its Undo.
class StoryDocuments : public QObject
{
    Q_OBJECT

public:
    explicit StoryDocuments(QObject *parent = nullptr);
    ~StoryDocuments() override;

    // A document for a story loaded from the library. Look for one with
    // find() first: an open story's document is newer than the library
    // until its autosave has run, so it is never made again from it.
    StoryDocument *open(const Story &stored);
    // A document for a story not in the library yet (id 0).
    StoryDocument *create(const QString &language = {});
    // The library gave a new story its id.
    void assignId(StoryDocument *document, qint64 id);
    StoryDocument *find(qint64 id) const;
    // The story is gone for good (the trash was emptied).
    void close(qint64 id);

private:
    QHash<qint64, StoryDocument *> m_byId;
};

} // namespace Spill
