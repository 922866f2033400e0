// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

// cmark-gfm takes time or memory out of all proportion on some inputs: a
// table row of thousands of cells is quadratic, as are paragraphs of
// thousands of emphasis marks, brackets or angle brackets, and every short
// line and every level of quoting is a node of its own (10 MB of "a\n" is
// gigabytes). Text that could only be such an input is made plain before
// it is parsed: the marks are escaped (so they show as written), a
// paragraph of very many lines becomes one line, and deep quoting is
// cut to a level a reader can follow.
// Returns `markdown` itself, unchanged, for any ordinary text.
QString defusePathologicalMarkdown(const QString &markdown);

} // namespace Spill
