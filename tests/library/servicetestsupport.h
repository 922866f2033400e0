// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QCoreApplication>
#include <QFuture>
#include <QTest>

namespace Spill::Test {

// Waits for a service call and delivers what it posted to the GUI thread
// (its change signals) before returning the result.
template<typename T> T await(QFuture<T> future)
{
    REQUIRE(QTest::qWaitFor([&] { return future.isFinished(); }, 10000));
    QCoreApplication::processEvents();
    REQUIRE(future.resultCount() == 1);
    return future.result();
}

} // namespace Spill::Test
