// SPDX-License-Identifier: GPL-3.0-or-later
#include "writing/spellwords.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace Spill {

namespace {

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC';
}

bool isWordChar(char32_t c)
{
    if (QChar::isLetter(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

char32_t codePointAt(const QString &text, qsizetype i, int *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

bool isSchemeChar(QChar c)
{
    return (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'+' || c == u'.' || c == u'-';
}

bool isMailChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-';
}

// Where a URL or an e-mail address starts inside a whitespace-delimited
// chunk ("[text](https://..." starts at "https"), or -1.
qsizetype addressStart(QStringView chunk)
{
    qsizetype start = -1;
    const auto earliest = [&start](qsizetype candidate) {
        if (candidate >= 0 && (start < 0 || candidate < start))
            start = candidate;
    };
    if (const qsizetype scheme = chunk.indexOf(u"://"); scheme > 0) {
        qsizetype i = scheme;
        while (i > 0 && isSchemeChar(chunk.at(i - 1)))
            --i;
        earliest(i);
    }
    for (QStringView prefix : {QStringView(u"www."), QStringView(u"mailto:")}) {
        const qsizetype found = chunk.indexOf(prefix, 0, Qt::CaseInsensitive);
        if (found >= 0 && (found == 0 || !chunk.at(found - 1).isLetterOrNumber()))
            earliest(found);
    }
    if (const qsizetype at = chunk.indexOf(u'@'); at > 0 && chunk.indexOf(u'.', at) > at + 1) {
        qsizetype i = at;
        while (i > 0 && isMailChar(chunk.at(i - 1)))
            --i;
        if (i < at)
            earliest(i);
    }
    return start;
}

using Ranges = std::vector<std::pair<int, int>>; // [start, end)

Ranges skippedRanges(const QString &text, const QList<MarkdownSpan> &spans)
{
    Ranges ranges;
    for (const MarkdownSpan &span : spans) {
        if (isVerbatim(span.kind))
            ranges.emplace_back(span.start, span.end());
    }
    // Bare URLs and addresses the parser may not know yet (while typing), and
    // chunks with digits: "220°C", "3.5kg", "2nd".
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype chunkStart = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        if (i == chunkStart)
            continue;
        const QStringView chunk = QStringView(text).mid(chunkStart, i - chunkStart);
        const bool hasDigit =
            std::any_of(chunk.begin(), chunk.end(), [](QChar c) { return c.isDigit(); });
        if (hasDigit) {
            ranges.emplace_back(int(chunkStart), int(i));
        } else if (const qsizetype address = addressStart(chunk); address >= 0) {
            ranges.emplace_back(int(chunkStart + address), int(i));
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

} // namespace

QList<WordRange> checkableWords(const QString &text, const QList<MarkdownSpan> &spans)
{
    const Ranges skipped = skippedRanges(text, spans);
    size_t nextSkip = 0;
    auto isSkipped = [&](int start, int end) {
        while (nextSkip < skipped.size() && skipped[nextSkip].second <= start)
            ++nextSkip;
        for (size_t k = nextSkip; k < skipped.size() && skipped[k].first < end; ++k) {
            if (skipped[k].second > start)
                return true;
        }
        return false;
    };

    QList<WordRange> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        int units = 1;
        char32_t c = codePointAt(text, i, &units);
        if (!isWordChar(c) && !QChar::isDigit(c)) {
            i += units;
            continue;
        }
        const qsizetype start = i;
        bool hasDigit = false;
        while (i < n) {
            c = codePointAt(text, i, &units);
            if (isWordChar(c) || QChar::isDigit(c)) {
                hasDigit = hasDigit || QChar::isDigit(c);
                i += units;
                continue;
            }
            // An apostrophe between letters belongs to the word.
            int nextUnits = 1;
            if (isApostrophe(c) && i + 1 < n && isWordChar(codePointAt(text, i + 1, &nextUnits))) {
                i += units;
                continue;
            }
            break;
        }
        if (!hasDigit && !isSkipped(int(start), int(i)))
            words.append(WordRange {int(start), int(i - start)});
    }
    return words;
}

QString normalizedWord(const QString &word)
{
    QString normalized = word;
    normalized.replace(QChar(0x2019), u'\'');
    normalized.replace(QChar(0x02BC), u'\'');
    return normalized;
}

} // namespace Spill
