// SPDX-License-Identifier: GPL-3.0-or-later
#include "videoplayerdialog.h"

#include "media/clipduration.h"
#include "shell/widgetkeys.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <algorithm>

namespace Spill {

namespace {

// One arrow key press moves this far; with Shift, one frame-ish step.
constexpr qint64 StepMs = 1000;
constexpr qint64 FineStepMs = 40;

} // namespace

VideoPlayerDialog::VideoPlayerDialog(const QString &path, const MediaItem &item,
                                     PosterChosen posterChosen, QWidget *parent)
    : QDialog(parent)
    , m_posterChosen(std::move(posterChosen))
    , m_position(item.posterMs.value_or(0))
    , m_duration(item.durationMs)
{
    setWindowTitle(item.caption.isEmpty() ? tr("Clip") : item.caption);
    setObjectName(QStringLiteral("videoPlayer"));

    m_player = new QMediaPlayer(this);
    m_video = new QVideoWidget;
    m_video->setMinimumSize(480, 270);
    m_video->setAccessibleName(tr("Clip"));
    m_player->setVideoOutput(m_video);

    m_play = new QPushButton;
    m_play->setObjectName(QStringLiteral("playPause"));
    m_play->setFocusPolicy(Qt::NoFocus);
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("seek"));
    m_slider->setAccessibleName(tr("Position in the clip"));
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_slider->setRange(0, int(std::max<qint64>(m_duration, 1)));
    m_slider->setSingleStep(int(StepMs));
    m_time = new QLabel;
    m_time->setObjectName(QStringLiteral("time"));
    m_status = new QLabel;
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    // No button takes focus, so Space and the arrows always reach the player;
    // the poster button has its mnemonic (Alt+P).
    m_poster = new QPushButton(tr("Use this frame as &poster"));
    m_poster->setFocusPolicy(Qt::NoFocus);
    m_poster->setObjectName(QStringLiteral("usePoster"));
    m_poster->setToolTip(tr("Shown before the clip plays, in the editor and the exported post"));
    auto *close = new QPushButton(tr("Close"));
    close->setFocusPolicy(Qt::NoFocus);

    auto *transport = new QHBoxLayout;
    transport->addWidget(m_play);
    transport->addWidget(m_slider, 1);
    transport->addWidget(m_time);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_poster);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_video, 1);
    layout->addLayout(transport);
    layout->addLayout(buttons);

    connect(m_play, &QPushButton::clicked, this, &VideoPlayerDialog::togglePlaying);
    connect(m_poster, &QPushButton::clicked, this, &VideoPlayerDialog::usePosterFrame);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_slider, &QSlider::sliderMoved, this, [this](int value) { setPosition(value); });
    connect(m_slider, &QSlider::actionTriggered, this,
            [this] { setPosition(m_slider->sliderPosition()); });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        m_position = ms;
        showPosition();
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        // The probe's duration stays the authority when the player has none
        // (WebM on some backends reports 0).
        if (ms > 0) {
            m_duration = ms;
            m_slider->setRange(0, int(ms));
        }
        showPosition();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            &VideoPlayerDialog::updatePlayButton);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                // Paused rather than stopped, so a frame shows before playing.
                if (status == QMediaPlayer::LoadedMedia) {
                    m_player->pause();
                    if (m_position > 0)
                        m_player->setPosition(m_position);
                }
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this, path](QMediaPlayer::Error, const QString &message) {
                m_status->setText(
                    tr("%1 cannot be played: %2").arg(QFileInfo(path).fileName(), message));
            });

    m_player->setSource(QUrl::fromLocalFile(path));
    updatePlayButton();
    showPosition();
    setFocusPolicy(Qt::StrongFocus);
    m_video->setFocusPolicy(Qt::NoFocus);
    setFocus();
}

VideoPlayerDialog::~VideoPlayerDialog()
{
    m_player->stop();
}

void VideoPlayerDialog::setPosition(qint64 ms)
{
    m_position = std::clamp<qint64>(ms, 0, std::max<qint64>(m_duration, 0));
    m_player->setPosition(m_position);
    showPosition();
}

void VideoPlayerDialog::togglePlaying()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void VideoPlayerDialog::usePosterFrame()
{
    m_status->setText(tr("Poster frame set to %1").arg(formatDuration(m_position)));
    if (m_posterChosen)
        m_posterChosen(m_position);
}

void VideoPlayerDialog::showPosition()
{
    m_time->setText(formatDuration(m_position) + QStringLiteral(" / ") +
                    formatDuration(m_duration));
    if (!m_slider->isSliderDown()) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(m_position));
    }
}

void VideoPlayerDialog::updatePlayButton()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void VideoPlayerDialog::keyPressEvent(QKeyEvent *event)
{
    if (isWidgetKey(event, WidgetKey::ClipPlayPause))
        togglePlaying();
    else if (isWidgetKey(event, WidgetKey::ClipSecondBack))
        setPosition(m_position - StepMs);
    else if (isWidgetKey(event, WidgetKey::ClipSecondOn))
        setPosition(m_position + StepMs);
    else if (isWidgetKey(event, WidgetKey::ClipFrameBack))
        setPosition(m_position - FineStepMs);
    else if (isWidgetKey(event, WidgetKey::ClipFrameOn))
        setPosition(m_position + FineStepMs);
    else if (isWidgetKey(event, WidgetKey::ClipStart))
        setPosition(0);
    else if (isWidgetKey(event, WidgetKey::ClipEnd))
        setPosition(m_duration);
    else
        QDialog::keyPressEvent(event);
}

} // namespace Spill
