// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUndoStack>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace Spill {

// A short message at the foot of a place, gone after a while, with an Undo
// button when what it reports can be undone.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    // The stack whose last step a message with Undo offers to take back:
    // once that step is undone or another is taken (from the Edit menu,
    // Ctrl+Z, the other place), the message goes.
    void setUndoStack(QUndoStack *stack);

    void showMessage(const QString &text, bool offerUndo = false);
    void hideMessage();

    QLabel *label() const { return m_message; }
    QPushButton *undoButton() const { return m_undo; }

signals:
    void undoRequested();

private:
    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QUndoStack> m_stack;
    int m_offeredAt = -1; // the stack's index when Undo was offered
};

} // namespace Spill
