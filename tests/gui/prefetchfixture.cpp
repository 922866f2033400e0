// SPDX-License-Identifier: GPL-3.0-or-later
// A library for test_libraryprefetch to load: 4 MiB of constants that
// loading it maps but does not read.

#include <cstddef>

namespace {

constexpr std::size_t Size = std::size_t(4) << 20;
// One value set, so the table is data of the file, not zeroed memory.
const char table[Size] = {1};

} // namespace

extern "C" __attribute__((visibility("default"))) char spillPrefetchFixtureAt(std::size_t index)
{
    return table[index % Size];
}
