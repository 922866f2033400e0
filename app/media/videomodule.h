// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "videoplayer.h"

#include <QString>
#include <QStringList>

class QTextStream;
class QWidget;

namespace Spill {

struct MediaItem;

// Qt Multimedia, and the audio libraries it brings, live in a module that
// Spill loads the first time a clip is probed or played: linked into the
// program they would add about a third to its start-up.
namespace VideoModule {

// Where the module is looked for, first found wins: $SPILL_VIDEO_MODULE,
// beside the program (a build tree), then the installed location.
QStringList candidatePaths();

// Loads the module once; false with *error naming what was tried.
bool load(QString *error);

// The player for a clip, or null with *error set. The dialog has `parent`.
VideoPlayer *createPlayer(const QString &path, const MediaItem &item, QWidget *parent,
                          VideoPlayer::PosterChosen posterChosen, QString *error);

// The hidden `spill __probe` command (see core/media/videoprobe.h). Needs a
// QGuiApplication. Without the module it answers with an error object.
int runProbe(const QStringList &arguments, QTextStream &out);

} // namespace VideoModule

} // namespace Spill
