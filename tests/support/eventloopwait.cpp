// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloopwait.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace Spill::Test {

namespace {

constexpr int CheckMs = 5;

} // namespace

bool waitInEventLoop(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    check.setInterval(CheckMs);
    bool held = false;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        held = done();
        if (held || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return held || done();
}

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Spill::Test
