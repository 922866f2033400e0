// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace Spill {

// What an empty library shows: an invitation to write the first story, or
// to look at a finished sample first.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QPushButton *startButton() const { return m_start; }
    QPushButton *sampleButton() const { return m_sample; }

signals:
    void startRequested();
    void sampleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStartPalette();

    QPushButton *m_start = nullptr;
    QPushButton *m_sample = nullptr;
};

} // namespace Spill
