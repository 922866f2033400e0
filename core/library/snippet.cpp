// SPDX-License-Identifier: GPL-3.0-or-later
// Search snippets cut from highlighted text in one pass (see search.h).
#include "search.h"
#include "storyquery.h"

#include <QHash>
#include <QList>

namespace Spill {

namespace {

struct Token
{
    qsizetype start = 0; // including an opening mark
    qsizetype end = 0; // including a closing mark
    bool matched = false;
    QString word; // case-folded, for matched tokens only
};

// The words of a highlighted column, as FTS5's unicode61 tokenizer sees
// them; the marks around a match belong to its token.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    bool inMatch = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == SearchMatchStart) {
            inMatch = true;
            ++i;
            continue;
        }
        if (c == SearchMatchEnd) {
            inMatch = false;
            if (!tokens.isEmpty() && tokens.last().end == i)
                tokens.last().end = i + 1;
            ++i;
            continue;
        }
        const auto codeAt = [&](qsizetype at, qsizetype *width) {
            *width = 1;
            if (text.at(at).isHighSurrogate() && at + 1 < text.size() &&
                text.at(at + 1).isLowSurrogate()) {
                *width = 2;
                return QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
            }
            return char32_t(text.at(at).unicode());
        };
        qsizetype width = 1;
        if (!isSearchTokenChar(codeAt(i, &width))) {
            i += width;
            continue;
        }
        Token token;
        token.start = i > 0 && text.at(i - 1) == SearchMatchStart ? i - 1 : i;
        token.matched = inMatch;
        const qsizetype wordStart = i;
        while (i < text.size() && isSearchTokenChar(codeAt(i, &width)))
            i += width;
        token.end = i;
        if (token.matched)
            token.word = text.mid(wordStart, i - wordStart).toCaseFolded();
        tokens.append(token);
    }
    return tokens;
}

struct Window
{
    qsizetype first = 0; // token index
    qsizetype distinct = 0;
    qsizetype matches = 0;
};

// The `size` tokens holding the most different matched words (then the
// most matches), earliest first: one pass with a sliding window.
Window bestWindow(const QList<Token> &tokens, qsizetype size)
{
    QHash<QString, int> inWindow;
    Window best;
    Window current;
    bool haveBest = false;
    for (qsizetype end = 0; end < tokens.size(); ++end) {
        if (tokens.at(end).matched) {
            if (inWindow[tokens.at(end).word]++ == 0)
                ++current.distinct;
            ++current.matches;
        }
        const qsizetype first = end - size + 1;
        if (first > 0 && tokens.at(first - 1).matched) {
            if (--inWindow[tokens.at(first - 1).word] == 0)
                --current.distinct;
            --current.matches;
        }
        current.first = std::max<qsizetype>(0, first);
        if (!haveBest || current.distinct > best.distinct ||
            (current.distinct == best.distinct && current.matches > best.matches)) {
            best = current;
            haveBest = true;
        }
    }
    return best;
}

} // namespace

QString snippetFromHighlights(const QStringList &columns, int tokens)
{
    // The column with the most different matched words, then the most matches.
    qsizetype bestColumn = -1;
    QList<Token> bestTokens;
    Window bestFound;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!columns.at(c).contains(SearchMatchStart))
            continue;
        QList<Token> words = tokenize(columns.at(c));
        const Window window = bestWindow(words, tokens);
        if (bestColumn < 0 || window.distinct > bestFound.distinct ||
            (window.distinct == bestFound.distinct && window.matches > bestFound.matches)) {
            bestColumn = c;
            bestTokens = std::move(words);
            bestFound = window;
        }
    }
    if (bestColumn < 0 || bestTokens.isEmpty())
        return {};
    const QString &text = columns.at(bestColumn);
    const qsizetype count = bestTokens.size();
    qsizetype first = 0;
    if (count > tokens) {
        // Centre the matches of the chosen window, as FTS5 does.
        qsizetype firstMatch = bestFound.first;
        qsizetype lastMatch = bestFound.first;
        const qsizetype windowEnd = std::min(count, bestFound.first + tokens);
        for (qsizetype i = bestFound.first; i < windowEnd; ++i) {
            if (bestTokens.at(i).matched) {
                if (!bestTokens.at(firstMatch).matched)
                    firstMatch = i;
                lastMatch = i;
            }
        }
        first = firstMatch - (tokens - (lastMatch - firstMatch + 1)) / 2;
        first = std::clamp<qsizetype>(first, 0, count - tokens);
    }
    const qsizetype last = std::min(count, first + tokens) - 1;
    const qsizetype from = first == 0 ? 0 : bestTokens.at(first).start;
    const qsizetype to = last == count - 1 ? text.size() : bestTokens.at(last).end;
    QString snippet = text.mid(from, to - from);
    if (first > 0)
        snippet.prepend(QChar(0x2026));
    if (last < count - 1)
        snippet.append(QChar(0x2026));
    return snippet;
}

} // namespace Spill
