// SPDX-License-Identifier: GPL-3.0-or-later
// Where Spill runs one-shot work that has no pool of its own.
#pragma once

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Spill {

// Spill's pool for one-shot work off the GUI thread: loading a dictionary,
// asking the keyring or the desktop portal, composing a Gallery card.
//
// Never Qt's global pool (QtConcurrent::run without a pool): Qt 6.4's raster
// engine hands the segments of a large fill to that pool and the GUI thread
// waits until they are done, so a paint waits behind whatever Spill queued
// there. With two processors that was the whole dictionary load at start-up
// (the GUI thread blocked in QSemaphore::acquire under
// QRasterPaintEngine::drawLines until the load ended).
//
// Its threads finish their work when the application object goes, while Qt
// is still whole.
inline QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    static const bool once = [] {
        // Some of the work waits (the keyring, D-Bus, the network) rather
        // than computes: a few more threads than processors.
        pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        qAddPostRoutine([] { pool.waitForDone(); });
        return true;
    }();
    Q_UNUSED(once);
    return &pool;
}

} // namespace Spill
