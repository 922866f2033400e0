// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace Spill {

// The evidence timeline under "What went wrong": the story's photos and
// clips in the order they were taken ("18:42 The door opened"), the ones
// whose files give no time said to have none. A view of the document,
// shown only when at least two items have a capture time; it follows every
// media change. Read-only: the times come from the files.
class EvidenceTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceTimelineView(QWidget *parent = nullptr);

    void setDocument(StoryDocument *document);

    // The lines shown, as plain text, one per photo or clip (tests).
    QStringList lines() const { return m_lines; }

private:
    void showTimeline();

    QPointer<StoryDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    QLabel *m_heading = nullptr;
    QLabel *m_list = nullptr;
    QStringList m_lines;
};

} // namespace Spill
