// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Spill {

// The bar Edit ▸ Find opens above the story: a field, Next and Previous.
// Enter finds the next match, Shift+Enter the previous one, Escape closes
// the bar and returns to the text.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    // Shows the bar with `text` (when not empty) selected in the field.
    void activate(const QString &text);
    // Says whether the last search found anything.
    void setFound(bool found);

signals:
    void findRequested(const QString &text, bool backward);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_status;
    QToolButton *m_next;
    QToolButton *m_previous;
};

} // namespace Spill
