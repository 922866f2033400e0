// SPDX-License-Identifier: GPL-3.0-or-later
#include "storytext.h"

#include <QRegularExpression>

namespace Spill {

namespace {

QRegularExpression pattern(const char *source)
{
    return QRegularExpression(QString::fromUtf8(source),
                              QRegularExpression::UseUnicodePropertiesOption |
                                  QRegularExpression::CaseInsensitiveOption);
}

bool isFence(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"));
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Emphasis, strike-through and code markers; underscores inside a word
// (snake_case) are not emphasis and stay.
QString withoutInlineMarkers(const QString &line)
{
    QString out;
    out.reserve(line.size());
    const qsizetype size = line.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = line.at(i);
        if (c == u'*' || c == u'`' || c == u'~')
            continue;
        if (c != u'_') {
            out += c;
            continue;
        }
        qsizetype end = i;
        while (end < size && line.at(end) == u'_')
            ++end;
        const bool inWord =
            i > 0 && isWordChar(line.at(i - 1)) && end < size && isWordChar(line.at(end));
        if (inWord)
            out += line.mid(i, end - i);
        i = end - 1;
    }
    return out;
}

QString stripLine(QString line)
{
    // Block markers first: quotes can hold headings and lists, so repeat.
    static const QRegularExpression blockMarker =
        pattern(R"(^\s*(?:>\s*|(#{1,6})(?:\s+|$)|(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ x]\]\s+)?))");
    bool heading = false;
    for (;;) {
        const QRegularExpressionMatch match = blockMarker.match(line);
        if (!match.hasMatch() || match.capturedLength() == 0)
            break;
        heading = heading || match.capturedLength(1) > 0;
        line.remove(0, match.capturedLength());
    }
    if (heading) {
        static const QRegularExpression closingHashes = pattern(R"(\s+#+\s*$)");
        line.remove(closingHashes);
    }

    // Each pass only runs when its trigger is on the line: most prose lines
    // have no links or tags, and the coach strips every beat on each keystroke.
    if (line.contains(u'[')) {
        static const QRegularExpression image = pattern(R"(!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\]))");
        static const QRegularExpression link = pattern(R"(\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\]))");
        line.remove(image);
        line.replace(link, QStringLiteral("\\1"));
    }
    if (line.contains(u'<')) {
        static const QRegularExpression autolink =
            pattern(R"(<(?:[a-z][a-z0-9+.-]*:|www\.)[^>\s]*>)");
        static const QRegularExpression tag = pattern(R"(</?[a-z][^>]*>)");
        line.remove(autolink);
        line.remove(tag);
    }
    if (line.contains(QStringLiteral("://")) ||
        line.contains(QStringLiteral("www."), Qt::CaseInsensitive)) {
        static const QRegularExpression bareUrl = pattern(R"(\b(?:https?|ftp)://\S+|\bwww\.\S+)");
        line.remove(bareUrl);
    }
    return withoutInlineMarkers(line);
}

} // namespace

QString plainText(const QString &markdown)
{
    static const QRegularExpression referenceDefinition = pattern(R"(^\s{0,3}\[[^\]]+\]:\s*\S+)");
    QStringList lines;
    for (const QString &line : markdown.split(u'\n')) {
        if (isFence(line) || referenceDefinition.match(line).hasMatch())
            continue;
        lines.append(stripLine(line));
    }
    return lines.join(u'\n');
}

int wordCount(const QString &markdown)
{
    return countWords(plainText(markdown));
}

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    bool wordHasText = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            if (inWord && wordHasText)
                ++words;
            inWord = wordHasText = false;
            continue;
        }
        inWord = true;
        if (c.isLetterOrNumber())
            wordHasText = true;
    }
    if (inWord && wordHasText)
        ++words;
    return words;
}

int wordCount(const Story &story)
{
    int words = 0;
    for (const QString &beat : story.beats)
        words += wordCount(beat);
    return words;
}

int readingMinutes(int words)
{
    if (words <= 0)
        return 0;
    return (words + WordsPerMinute - 1) / WordsPerMinute;
}

} // namespace Spill
