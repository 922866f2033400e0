// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencetimelineview.h"

#include "documentwatch.h"
#include "story/evidencetimeline.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Spill {

EvidenceTimelineView::EvidenceTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evidenceTimeline"));
    m_heading = new QLabel(tr("How it unfolded"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setToolTip(tr("Your photos and clips in the order they were taken, by the times "
                             "their files give; the post shows the same list"));
    m_list = new QLabel;
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setTextFormat(Qt::RichText);
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    // In line with the beats' questions and text (BeatSection's indent).
    layout->setContentsMargins(fontMetrics().height(), 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    setVisible(false);
}

void EvidenceTimelineView::setDocument(StoryDocument *document)
{
    watchDocumentMedia(&m_connections, document, this, [this] { showTimeline(); });
    m_document = document;
    showTimeline();
}

void EvidenceTimelineView::showTimeline()
{
    const QList<MediaItem> media = m_document ? m_document->story().media : QList<MediaItem>();
    const QList<TimelineEntry> entries = evidenceTimeline(media);
    m_lines.clear();
    QStringList rows;
    const QLocale locale;
    const bool withDate = timelineSpansDays(entries);
    for (const TimelineEntry &entry : entries) {
        const MediaItem &item = media.at(entry.media);
        QString what = item.caption.simplified();
        if (what.isEmpty())
            what = item.alt.simplified();
        const QString number = QString::number(entry.media + 1);
        const QString kind =
            item.kind == MediaKind::Video ? tr("clip %1").arg(number) : tr("photo %1").arg(number);
        what = what.isEmpty() ? kind : tr("%1 (%2)").arg(what, kind);
        const QString when = !entry.captured.isValid() ? tr("no capture time")
            : withDate ? locale.toString(entry.captured, QLocale::ShortFormat)
                       : locale.toString(entry.captured.time(), QLocale::ShortFormat);
        m_lines << when + u' ' + what;
        rows << QStringLiteral(
                    "<tr><td style=\"padding-right: 1em\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(when.toHtmlEscaped(), what.toHtmlEscaped());
    }
    m_list->setText(rows.isEmpty() ? QString() : u"<table>" + rows.join(QString()) + u"</table>");
    setVisible(!entries.isEmpty());
}

} // namespace Spill
