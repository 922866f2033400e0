// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace Spill {

// The culinary words Spill ships for a spelling language, in lower case:
// dishes, techniques, ingredients and loanwords with their accents, which
// general dictionaries flag ("soufflé", "gochujang", "centre" in English).
// Read from resources/foodwords/LANG.txt by the language's first part
// ("en_US" reads en.txt); empty for a language without a list.
QSet<QString> foodWords(const QString &language);

} // namespace Spill
