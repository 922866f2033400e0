// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace Spill {

namespace {

constexpr int MessageMs = 10000;

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
{
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("writeMessage"));
    m_message->setVisible(false);
    m_undo = new QPushButton(tr("Undo"));
    m_undo->setFlat(true);
    m_undo->setAccessibleName(tr("Undo what was just done"));
    m_undo->setVisible(false);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        hideMessage();
        emit undoRequested();
    });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(MessageMs);
    connect(m_timer, &QTimer::timeout, this, &MessageBar::hideMessage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_undo);
}

void MessageBar::setUndoStack(QUndoStack *stack)
{
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    if (!stack)
        return;
    connect(stack, &QUndoStack::indexChanged, this, [this](int index) {
        if (m_undo->isVisible() && index != m_offeredAt)
            hideMessage();
    });
}

void MessageBar::showMessage(const QString &text, bool offerUndo)
{
    m_message->setText(text);
    m_message->setVisible(true);
    m_undo->setVisible(offerUndo);
    m_offeredAt = offerUndo && m_stack ? m_stack->index() : -1;
    m_timer->start();
}

void MessageBar::hideMessage()
{
    m_timer->stop();
    m_message->setVisible(false);
    m_undo->setVisible(false);
}

} // namespace Spill
