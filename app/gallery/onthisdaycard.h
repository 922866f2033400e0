// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Spill {

// A fail from a year ago, to resurface in the Patterns view.
struct OnThisDay
{
    qint64 storyId = 0;
    QString title;
    QString dish;
    QDateTime created;
    QImage thumbnail; // null: the failure kind's placeholder is drawn
    QString failureKind; // key, for the placeholder
};

// "On this day": the story's thumbnail, title and date, and an open button.
class OnThisDayCard : public QWidget
{
    Q_OBJECT

public:
    explicit OnThisDayCard(QWidget *parent = nullptr);

    void setStory(const OnThisDay &story);
    const OnThisDay &story() const { return m_story; }
    QPushButton *openButton() const { return m_open; }

signals:
    void openRequested(qint64 storyId);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    OnThisDay m_story;
    QWidget *m_thumbnail = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_when = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace Spill
