// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "writing/markdownspans.h"

#include <iostream>

using namespace Spill;

TEST_CASE("dump")
{
    const QString text = QString::fromUtf8(qgetenv("MD"));
    for (const auto &s : markdownSpans(text))
        std::cout << int(s.kind) << " [" << s.start << "," << s.length << "] '" << text.mid(s.start, s.length).toStdString() << "'\n";
}
