// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gallery/gallerymodel.h"
#include "testsupport.h"

#include <QTest>

namespace Spill::Test {

// Waits (as a test REQUIRE) until the model has no query in flight.
inline void waitIdle(GalleryModel &model, int timeoutMs = 10000)
{
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs));
}

} // namespace Spill::Test
