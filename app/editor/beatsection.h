// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/beats.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace Spill {

class BeatEdit;
class HeadingEdit;

// One beat on the page: its number and title, the heading readers will see
// above it, the question it asks, a hint,
// an example to expand, a strip for its media and the text editor.
class BeatSection : public QWidget
{
    Q_OBJECT

public:
    explicit BeatSection(Beat beat, QWidget *parent = nullptr);

    Beat beat() const { return m_beat; }
    BeatEdit *editor() const { return m_editor; }
    HeadingEdit *heading() const { return m_heading; }
    QToolButton *exampleToggle() const { return m_exampleToggle; }
    // Empty until media exist; its layout is a QHBoxLayout.
    QWidget *mediaArea() const { return m_mediaArea; }

    bool isExampleShown() const;
    void setExampleShown(bool shown);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();

    Beat m_beat;
    QLabel *m_step = nullptr;
    HeadingEdit *m_heading = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_hint = nullptr;
    QToolButton *m_exampleToggle = nullptr;
    QLabel *m_example = nullptr;
    QWidget *m_mediaArea = nullptr;
    BeatEdit *m_editor = nullptr;
    bool m_applyingFonts = false;
};

} // namespace Spill
