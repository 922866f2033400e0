// SPDX-License-Identifier: GPL-3.0-or-later
// The video module's entry points: see app/media/videomodule.h.
#include "media/ffmpeglog.h"
#include "media/videomoduleabi.h"
#include "media/videoprobe.h"
#include "videoplayerdialog.h"

extern "C" Q_DECL_EXPORT int spillVideoRunProbe(const QStringList &arguments, QTextStream &out)
{
    Spill::quietFfmpeg();
    return Spill::runProbeCommand(arguments, out);
}

extern "C" Q_DECL_EXPORT Spill::VideoPlayer *
spillVideoCreatePlayer(const QString &path, const Spill::MediaItem &item, QWidget *parent,
                       Spill::VideoPlayer::PosterChosen chosen)
{
    Spill::quietFfmpeg();
    return new Spill::VideoPlayerDialog(path, item, std::move(chosen), parent);
}

// Both sides agree on the signatures, checked where the compiler can see both.
static_assert(std::is_same_v<decltype(&spillVideoRunProbe), SpillVideoRunProbe>);
static_assert(std::is_same_v<decltype(&spillVideoCreatePlayer), SpillVideoCreatePlayer>);
