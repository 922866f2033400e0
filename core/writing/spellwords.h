// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writing/markdownspans.h"

#include <QList>
#include <QString>

namespace Spill {

struct WordRange
{
    int start = 0; // UTF-16 offset into the text
    int length = 0;

    int end() const { return start + length; }
    bool operator==(const WordRange &other) const = default;
};

// The words of a Markdown text worth a spelling check, in order. A word is
// a run of letters (and combining marks), with apostrophes inside it
// ("don't", "cook’s"); hyphens split words. Left out: anything inside a
// verbatim span (link targets, autolinks, code, HTML; see isVerbatim), bare
// URLs and e-mail addresses, and words holding digits ("220°C", "2nd").
// `spans` are the text's Markdown spans, with offsets into `text`.
QList<WordRange> checkableWords(const QString &text, const QList<MarkdownSpan> &spans);

// The spelling a dictionary expects: typographic apostrophes become '.
QString normalizedWord(const QString &word);

} // namespace Spill
