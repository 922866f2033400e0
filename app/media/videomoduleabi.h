// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The entry points the video module exports, resolved by name. Both sides
// are built from this tree with the same compiler, so C++ types may cross.

#include "videoplayer.h"

#include <QString>
#include <QStringList>

class QTextStream;
class QWidget;

namespace Spill {
struct MediaItem;
}

using SpillVideoRunProbe = int (*)(const QStringList &arguments, QTextStream &out);
using SpillVideoCreatePlayer = Spill::VideoPlayer *(*)(const QString &path,
                                                       const Spill::MediaItem &item,
                                                       QWidget *parent,
                                                       Spill::VideoPlayer::PosterChosen chosen);

#define SPILL_VIDEO_RUN_PROBE "spillVideoRunProbe"
#define SPILL_VIDEO_CREATE_PLAYER "spillVideoCreatePlayer"
