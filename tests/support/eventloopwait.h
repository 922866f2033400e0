// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace Spill::Test {

// Waiting as the application's own event loop waits: blocked until an event
// comes, and never asleep while one is waiting. QTest::qWait and qWaitFor
// sleep up to 10 ms between passes over the events: a worker's answer then
// waits out the sleep, and the sleep joins the next turn's work in one
// stretch without a timer tick, a stall the application itself does not have.
// For tests that time the GUI thread.

// Runs the event loop until `done` holds (checked every few milliseconds)
// or `timeoutMs` passed; returns whether it holds.
bool waitInEventLoop(const std::function<bool()> &done, int timeoutMs);

// Runs the event loop for `ms`.
void runEventLoopFor(int ms);

} // namespace Spill::Test
