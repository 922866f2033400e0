// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/videoplayer.h"
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
class VideoPlayerDialog : public QDialog, public VideoPlayer
{
    Q_OBJECT

public:
    VideoPlayerDialog(const QString &path, const MediaItem &item, PosterChosen posterChosen,
                      QWidget *parent = nullptr);
    ~VideoPlayerDialog() override;

    QDialog *dialog() override { return this; }
    qint64 position() const override { return m_position; }
    void setPosition(qint64 ms) override;
    void togglePlaying() override;
    // Calls the PosterChosen callback with position().
    void usePosterFrame() override;

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
    PosterChosen m_posterChosen;
    qint64 m_position = 0;
    qint64 m_duration = 0;
};

} // namespace Spill
