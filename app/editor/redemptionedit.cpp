// SPDX-License-Identifier: GPL-3.0-or-later
#include "redemptionedit.h"

#include "documentwatch.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spill {

RedemptionEdit::RedemptionEdit(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("redemption"));
    m_heading = new QLabel;
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("redemptionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link = new QPushButton;
    m_link->setObjectName(QStringLiteral("linkRedemption"));
    m_unlink = new QPushButton;
    m_unlink->setObjectName(QStringLiteral("unlinkRedemption"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    // In line with the beats' questions and text (BeatSection's indent).
    layout->setContentsMargins(fontMetrics().height(), 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    connect(m_link, &QPushButton::clicked, this, &RedemptionEdit::linkRequested);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (m_document)
            m_document->setRedemption({});
    });
    retranslate();
    showRedemption();
}

void RedemptionEdit::setDocument(StoryDocument *document)
{
    watchDocument(&m_connections, document, this, {StoryField::Redemption},
                  [this] { showRedemption(); });
    m_document = document;
    showRedemption();
}

void RedemptionEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showRedemption();
}

QString RedemptionEdit::summary(const Story &story)
{
    const Redemption &redemption = story.redemption;
    QStringList lines;
    if (redemption.isSet()) {
        const QString by = redemption.storyId > 0
            ? tr("“%1”").arg(redemption.story.title.isEmpty() ? tr("Untitled story")
                                                              : redemption.story.title)
            : redemption.url.trimmed();
        lines << (redemption.on.isValid()
                      ? tr("Redeemed by %1 on %2.")
                            .arg(by, QLocale().toString(redemption.on, QLocale::ShortFormat))
                      : tr("Redeemed by %1.").arg(by));
    }
    for (const StoryLink &fail : story.redeems)
        lines << tr("This story redeems “%1”.")
                     .arg(fail.title.isEmpty() ? tr("Untitled story") : fail.title);
    return lines.join(u'\n');
}

void RedemptionEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showRedemption();
    }
    QWidget::changeEvent(event);
}

void RedemptionEdit::retranslate()
{
    m_heading->setText(tr("Redemption"));
    m_heading->setToolTip(tr("Did you try again? Link the story or post where it worked: both "
                             "posts will mention each other"));
    m_link->setText(tr("Link Rede&mption…"));
    m_unlink->setText(tr("Unlink"));
    m_link->setAccessibleName(tr("Link Redemption"));
    m_unlink->setAccessibleName(tr("Unlink Redemption"));
}

void RedemptionEdit::showRedemption()
{
    const Story story = m_document ? m_document->story() : Story();
    const QString text = summary(story);
    m_summary->setText(text.isEmpty() ? tr("Not redeemed yet.") : text);
    m_link->setVisible(!m_readOnly && m_document);
    m_link->setEnabled(!m_readOnly);
    m_unlink->setVisible(!m_readOnly && story.redemption.isSet());
}

} // namespace Spill
