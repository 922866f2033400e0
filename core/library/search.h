// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

// Turns what a person typed into a safe FTS5 query: the words (runs of
// letters, digits and combining marks, as the index's unicode61 tokenizer
// sees them) each in double quotes, all required, the last one as a prefix
// unless the text ends after it. Operators and punctuation become plain
// text or vanish: `AND (` gives `"AND"*`, `"` gives an empty query.
QString toFtsQuery(const QString &text);

} // namespace Spill
