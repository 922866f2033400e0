// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Spill {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit)
    , m_status(new QLabel)
    , m_next(new QToolButton)
    , m_previous(new QToolButton)
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in the story"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in this story"));
    m_field->setAccessibleName(tr("Text to find"));
    m_next->setText(tr("Next"));
    m_next->setAccessibleName(tr("Find next"));
    m_next->setToolTip(tr("Find the next match (Enter)"));
    m_previous->setText(tr("Previous"));
    m_previous->setAccessibleName(tr("Find previous"));
    m_previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    auto *close = new QToolButton;
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setToolTip(tr("Close the find bar (Escape)"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    const int line = fontMetrics().height();
    layout->setContentsMargins(line, line / 3, line, line / 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::returnPressed, this,
            [this] { emit findRequested(m_field->text(), false); });
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_status->clear(); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { emit findRequested(m_field->text(), false); });
    connect(m_previous, &QToolButton::clicked, this,
            [this] { emit findRequested(m_field->text(), true); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

void FindBar::activate(const QString &text)
{
    if (!text.isEmpty())
        m_field->setText(text);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setFound(bool found)
{
    m_status->setText(found ? QString() : tr("Not found"));
}

// On the field, before it: it would take Shift+Enter for a plain Enter.
bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return true;
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        (key->modifiers() & Qt::ShiftModifier)) {
        emit findRequested(m_field->text(), true);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Spill
