// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

class QDialog;

namespace Spill {

// A clip player, made by the video module (see videomodule.h). The dialog
// behind it is the module's; this interface is all the rest of Spill sees.
class VideoPlayer
{
public:
    using PosterChosen = std::function<void(qint64 ms)>;

    virtual ~VideoPlayer() = default;

    virtual QDialog *dialog() = 0;
    // Where the player is, or was last asked to go, in milliseconds.
    virtual qint64 position() const = 0;
    virtual void setPosition(qint64 ms) = 0;
    virtual void togglePlaying() = 0;
    // Makes the frame at position() the clip's poster.
    virtual void usePosterFrame() = 0;
};

} // namespace Spill
