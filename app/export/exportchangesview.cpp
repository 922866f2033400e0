// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchangesview.h"

#include "paneheading.h"

#include <QFontMetrics>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Spill {

ExportChangesView::ExportChangesView(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QPlainTextEdit;
    m_list->setReadOnly(true);
    m_list->setAccessibleName(tr("Changes on the way out"));
    m_list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A few lines show; a longer list scrolls.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 12);
    m_heading = paneHeading(tr("Changes on the &way out"), m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    setVisible(false);
}

void ExportChangesView::showChanges(const QStringList &changes)
{
    m_changes = changes;
    QStringList lines;
    for (const QString &change : changes)
        lines << QStringLiteral("• ") + change;
    m_list->setPlainText(lines.join(u'\n'));
    setVisible(!changes.isEmpty());
}

} // namespace Spill
