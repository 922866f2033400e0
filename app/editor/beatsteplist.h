// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/beatprogress.h"
#include "story/beats.h"

#include <QListWidget>

namespace Spill {

// The five beats as steps beside the page, each marked empty, started or
// done. Clicking a step or pressing Enter on it asks to jump there.
class BeatStepList : public QListWidget
{
    Q_OBJECT

public:
    enum Role { ProgressRole = Qt::UserRole + 1, WordsRole };

    explicit BeatStepList(QWidget *parent = nullptr);

    void setProgress(Beat beat, BeatProgress progress, int words);
    BeatProgress progress(Beat beat) const;
    // Marks the beat being written, without asking to jump.
    void setCurrentBeat(Beat beat);

    QSize sizeHint() const override;
    // The narrowest the list can be with every beat's title whole.
    int minimumWidthForWords() const;

signals:
    void beatActivated(Spill::Beat beat);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Spill
