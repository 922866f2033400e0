// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashpreview.h"

#include "story/beats.h"
#include "story/story.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Spill {

TrashPreview::TrashPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trashPreview"));
    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_trashed = new QLabel;
    m_trashed->setForegroundRole(QPalette::PlaceholderText);
    m_trashed->setTextFormat(Qt::PlainText);
    m_trashed->setWordWrap(true);
    m_restore = new QPushButton(tr("Restore"));
    m_restore->setObjectName(QStringLiteral("restoreFromTrash"));
    m_restore->setToolTip(tr("Take the story out of the trash and open it (Enter in the list)"));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_id != 0)
            emit restoreRequested(m_id);
    });
    // Plain text: a trashed story is read, not edited, and its Markdown is
    // shown as the creator wrote it.
    m_text = new QPlainTextEdit;
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("The trashed story"));
    m_text->setFrameShape(QFrame::NoFrame);

    auto *top = new QHBoxLayout;
    auto *words = new QVBoxLayout;
    words->addWidget(m_title);
    words->addWidget(m_trashed);
    top->addLayout(words, 1);
    top->addWidget(m_restore, 0, Qt::AlignTop);

    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line * 2, line, line * 2, line);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_message, 1);
    showMessage(QString()); // the Write place says what to do when it shows this
}

void TrashPreview::showStory(qint64 id, const Story &story, const QDateTime &trashedAt)
{
    m_id = id;
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setText(story.title.isEmpty() ? tr("Untitled story") : story.title);
    m_title->show();
    m_message->hide();
    const QLocale locale;
    m_trashed->setText(
        trashedAt.isValid()
            ? tr("In the trash since %1. Restore it to edit it again.")
                  .arg(locale.toString(trashedAt.toLocalTime().date(), QLocale::LongFormat) +
                       QStringLiteral(", ") +
                       locale.toString(trashedAt.toLocalTime().time(), QLocale::ShortFormat))
            : tr("In the trash. Restore it to edit it again."));
    m_trashed->show();
    // Each beat under its step's name, in bold; the text as it was written.
    m_text->clear();
    QTextCursor cursor(m_text->document());
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    bool first = true;
    for (Beat beat : AllBeats) {
        const QString beatText = story.beat(beat).trimmed();
        if (beatText.isEmpty())
            continue;
        if (!first)
            cursor.insertText(QStringLiteral("\n\n"), QTextCharFormat());
        first = false;
        cursor.insertText(beatTitle(beat), heading);
        cursor.insertText(u'\n' + beatText, QTextCharFormat());
    }
    m_text->moveCursor(QTextCursor::Start);
    m_text->show();
    m_restore->show();
    m_restore->setEnabled(!m_readOnly);
}

void TrashPreview::showMessage(const QString &text)
{
    m_id = 0;
    m_message->setText(text);
    m_message->show();
    m_title->hide();
    m_trashed->hide();
    m_text->clear();
    m_text->hide();
    m_restore->hide();
}

void TrashPreview::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_restore->setEnabled(!readOnly && m_id != 0);
}

} // namespace Spill
