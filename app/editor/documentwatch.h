// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"

#include <QList>
#include <QObject>

#include <functional>
#include <initializer_list>

namespace Spill {

// Disconnects and forgets a view's connections to the document it showed.
inline void dropConnections(QList<QMetaObject::Connection> *connections)
{
    for (const QMetaObject::Connection &connection : std::as_const(*connections))
        QObject::disconnect(connection);
    connections->clear();
}

// For a view of one part of a story document (its setDocument()): drops the
// connections to the document shown before, then has `show` called, in
// `receiver`'s thread, whenever `document` changes one of `fields` or is
// reset. The caller shows the new document itself.
inline void watchDocument(QList<QMetaObject::Connection> *connections, StoryDocument *document,
                          QObject *receiver, std::initializer_list<StoryField> fields,
                          const std::function<void()> &show)
{
    dropConnections(connections);
    if (!document)
        return;
    const QList<StoryField> watched(fields);
    *connections = {
        QObject::connect(document, &StoryDocument::fieldChanged, receiver,
                         [watched, show](StoryField field) {
                             if (watched.contains(field))
                                 show();
                         }),
        QObject::connect(document, &StoryDocument::reset, receiver, show),
    };
}

// The same for a view of the story's media: `show` runs whenever the media
// list or one item changes, or the document is reset.
inline void watchDocumentMedia(QList<QMetaObject::Connection> *connections, StoryDocument *document,
                               QObject *receiver, const std::function<void()> &show)
{
    dropConnections(connections);
    if (!document)
        return;
    *connections = {
        QObject::connect(document, &StoryDocument::mediaListChanged, receiver, show),
        QObject::connect(document, &StoryDocument::mediaItemChanged, receiver, show),
        QObject::connect(document, &StoryDocument::reset, receiver, show),
    };
}

} // namespace Spill
