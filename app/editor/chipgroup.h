// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QList>
#include <QWidget>

class QToolButton;

namespace Spill {

// The failure kinds as a row of toggle chips that wrap like text. Each chip
// is a checkable tool button, so Tab reaches it and Space toggles it.
class ChipGroup : public QWidget
{
    Q_OBJECT

public:
    explicit ChipGroup(QWidget *parent = nullptr);

    QList<FailureKind> selected() const;
    // Sets the chips without emitting selectionEdited().
    void setSelected(const QList<FailureKind> &kinds);

    QToolButton *chip(FailureKind kind) const;
    // The chips in tab order, for the page's focus chain.
    QList<QToolButton *> chips() const { return m_chips; }

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

signals:
    // The creator toggled a chip.
    void selectionEdited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    QList<QToolButton *> m_chips; // in allFailureKinds() order
};

} // namespace Spill
