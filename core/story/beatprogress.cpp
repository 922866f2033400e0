// SPDX-License-Identifier: GPL-3.0-or-later
#include "beatprogress.h"

namespace Spill {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Characters that may follow the full stop of a finished sentence.
bool isSentenceTrailer(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'*':
    case u'_':
    case u'\u2019': // ’
    case u'\u201D': // ”
    case u'\u00BB': // »
    case u'\u00AB': // «
        return true;
    default:
        return false;
    }
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool endsWithSentence(QStringView text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && (text[i].isSpace() || isSentenceTrailer(text[i])))
        --i;
    return i >= 0 && isSentenceEnd(text[i]);
}

} // namespace

int beatWordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isWordChar(c)) {
            if (!inWord)
                ++words;
            inWord = true;
        } else if (inWord && (c == u'\'' || c == u'\u2019' || c == u'-') && i + 1 < text.size() &&
                   isWordChar(text[i + 1])) {
            // "didn't" and "half-baked" are one word each.
            continue;
        } else {
            inWord = false;
        }
    }
    return words;
}

BeatProgress beatProgress(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return BeatProgress::Empty;
    const int words = beatWordCount(trimmed);
    if (words >= BeatDoneWords)
        return BeatProgress::Done;
    if (words >= BeatDoneSentenceWords && endsWithSentence(trimmed))
        return BeatProgress::Done;
    return BeatProgress::Started;
}

} // namespace Spill
