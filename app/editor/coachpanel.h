// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/coach.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Spill {

// The story coach beside the editor: what to look at, each with why it
// matters to readers, and the checks that already pass. Activating a
// finding (click, Enter or Space) asks the editor to jump to its place.
class CoachPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CoachPanel(QWidget *parent = nullptr);

    void setFindings(const QList<CoachFinding> &findings);
    QList<CoachFinding> findings() const { return m_findings; }

signals:
    void jumpRequested(const Spill::CoachLocation &location);

private:
    void rebuild();

    QList<CoachFinding> m_findings;
    QLabel *m_summary = nullptr;
    QVBoxLayout *m_todo = nullptr;
    QLabel *m_goodHeading = nullptr;
    QVBoxLayout *m_good = nullptr;
};

} // namespace Spill
