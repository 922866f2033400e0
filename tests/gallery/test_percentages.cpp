// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallery/percentages.h"
#include "testsupport.h"

#include <cstdlib>
#include <numeric>

using namespace Spill;

namespace {

int sum(const QList<int> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0);
}

} // namespace

TEST_CASE("gallery: outcome shares as whole percentages")
{
    SECTION("nominal: shares that each round up still add up to 100")
    {
        // 1/6 = 16.7, 1/6 = 16.7, 4/6 = 66.7: rounded alone, 17 + 17 + 67 = 101.
        // The remainders tie, so the earlier shares get the points.
        const QList<int> percents = wholePercentages({1, 1, 4});
        CHECK(percents == QList<int> {17, 17, 66});
        CHECK(sum(percents) == 100);
    }

    SECTION("nominal: shares that each round down still add up to 100")
    {
        CHECK(wholePercentages({1, 1, 1}) == QList<int> {34, 33, 33});
        CHECK(wholePercentages({1, 2}) == QList<int> {33, 67});
    }

    SECTION("nominal: exact shares are kept and the largest remainder wins")
    {
        CHECK(wholePercentages({1, 1, 2}) == QList<int> {25, 25, 50});
        CHECK(wholePercentages({0, 7, 0}) == QList<int> {0, 100, 0});
        // 28.57 + 28.57 + 42.86: the two missing points go to .86, then to
        // the first .57.
        CHECK(wholePercentages({2, 2, 3}) == QList<int> {29, 28, 43});
    }

    SECTION("nominal: every mix of up to 12 stories adds up to 100")
    {
        for (int a = 0; a <= 12; ++a) {
            for (int b = 0; a + b <= 12; ++b) {
                for (int c = 0; a + b + c <= 12; ++c) {
                    if (a + b + c == 0)
                        continue;
                    const QList<int> percents = wholePercentages({a, b, c});
                    INFO(a << " " << b << " " << c);
                    CHECK(sum(percents) == 100);
                    // Never more than one point away from the exact share.
                    const int values[] = {a, b, c};
                    for (int i = 0; i < 3; ++i)
                        CHECK(std::abs(percents.at(i) * (a + b + c) - 100 * values[i]) < a + b + c);
                }
            }
        }
    }

    SECTION("robustness: nothing to share, negatives and large counts")
    {
        CHECK(wholePercentages({}).isEmpty());
        CHECK(wholePercentages({0, 0, 0}) == QList<int> {0, 0, 0});
        CHECK(wholePercentages({-5, 5}) == QList<int> {0, 100});
        const QList<int> large = wholePercentages({2000000000, 2000000000, 1});
        CHECK(large == QList<int> {50, 50, 0});
    }
}
