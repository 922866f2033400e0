// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QDialog>

class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QVideoWidget;

namespace Spill {

// Plays a stored clip so the creator can look at it and pick the poster
// frame ("the moment it collapsed"). Only for looking: the clip's length and
// size come from the import's probe in a child process.
class VideoPlayerDialog : public QDialog
{
    Q_OBJECT

public:
    VideoPlayerDialog(const QString &path, const MediaItem &item, QWidget *parent = nullptr);
    ~VideoPlayerDialog() override;

    // Where the player is, or was last asked to go, in milliseconds.
    qint64 position() const { return m_position; }
    void setPosition(qint64 ms);
    void togglePlaying();
    // Makes the frame at position() the clip's poster: emits posterChosen().
    void usePosterFrame();

    QMediaPlayer *player() const { return m_player; }

signals:
    void posterChosen(qint64 ms);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showPosition();
    void updatePlayButton();

    QMediaPlayer *m_player = nullptr;
    QVideoWidget *m_video = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_poster = nullptr;
    qint64 m_position = 0;
    qint64 m_duration = 0;
};

} // namespace Spill
