// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Spill {

class PhotoFrame;
struct Story;

// The selected story up close: the intended and the actual photo side by
// side, the title, the lesson as a tip, each beat's first line, and a way
// into the Write place. The window feeds it; it loads nothing itself.
class LookCloserPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LookCloserPanel(QWidget *parent = nullptr);

    void setStory(const Story &story);
    // The dream and the reality photo, decoded off the GUI thread by the
    // caller; a null image shows a placeholder that says it is missing.
    void setPair(const QImage &dream, const QImage &reality);
    void clear(); // back to "select a story"

    qint64 storyId() const { return m_storyId; }
    QString lessonText() const;
    QStringList beatLines() const; // "Title: first line", one per non-empty beat
    PhotoFrame *dreamFrame() const { return m_dream; }
    PhotoFrame *realityFrame() const { return m_reality; }

signals:
    void openRequested(qint64 storyId);

private:
    qint64 m_storyId = 0;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    PhotoFrame *m_dream = nullptr;
    PhotoFrame *m_reality = nullptr;
    QWidget *m_tip = nullptr;
    QLabel *m_lesson = nullptr;
    QWidget *m_beats = nullptr;
    QList<QLabel *> m_beatLabels;
    QPushButton *m_open = nullptr;
};

} // namespace Spill
