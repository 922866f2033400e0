// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <catch2/catch.hpp>
#include <ostream>

// Lets Catch2 print QStrings in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &value);

namespace Spill::Test {

// A file under tests/data/.
QString dataPath(const QString &relative);

} // namespace Spill::Test
