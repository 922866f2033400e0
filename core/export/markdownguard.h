// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace Spill {

// cmark-gfm takes time or memory out of all proportion on some inputs: a
// table row of thousands of cells is quadratic, as are paragraphs of
// thousands of emphasis marks, brackets or angle brackets, and every short
// line, every level of quoting and every escaped mark is a node of its own
// (10 MB of "a\n" or of "\\*" is gigabytes). Text that could only be such
// an input is taken out before parsing: each such run stands in the text to
// parse as a placeholder, and goes back into the parsed document as one
// text node holding it as written (restorePlainRuns() in markdown.cpp), so
// it shows exactly as typed, marks and all, as plain text. A paragraph of
// very many lines becomes one line; quoting deeper than a reader can follow
// keeps its first levels and the rest of the line is text. Short of all
// that, every construct still costs cmark-gfm memory in proportion to its
// nodes (and e-mail autolinks to the rest of their line, for each "@"), so
// the whole text has a budget: past it, the paragraphs with the most nodes
// for their length are taken out the same way.
struct GuardedMarkdown
{
    QString markdown; // what to parse: `markdown` itself for any ordinary text
    QChar marker; // a placeholder is marker, the run's index, marker
    QStringList plain; // the runs taken out, as written (line breaks as spaces)

    bool changed() const { return !plain.isEmpty(); }
    // The text with each placeholder replaced by its run.
    QString restored() const;
};

GuardedMarkdown guardMarkdown(const QString &markdown);

} // namespace Spill
