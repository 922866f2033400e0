// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Spill {

// Turns what a person typed into a safe FTS5 query: the words (runs of
// letters, digits and combining marks, as the index's unicode61 tokenizer
// sees them) each in double quotes, all required, the last one as a prefix
// unless the text ends after it. Operators and punctuation become plain
// text or vanish: `AND (` gives `"AND"*`, `"` gives an empty query.
QString toFtsQuery(const QString &text);

// A snippet like FTS5's snippet() with `tokens` words, built from each
// column with its matches marked (between SearchMatchStart and
// SearchMatchEnd, see SearchMarker): the column with the most different matched words, and
// in it the window of `tokens` words holding the most, centred on them.
// "…" marks text left out at either end. Linear in the text: FTS5's own
// snippet() scores every window against every match, so a beat that
// repeats the searched word thousands of times took minutes.
QString snippetFromHighlights(const QStringList &columns, int tokens = 16);

} // namespace Spill
