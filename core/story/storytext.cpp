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

QString stripLine(QString line)
{
    // Block markers first: quotes can hold headings and lists, so repeat.
    static const QRegularExpression blockMarker =
        pattern(R"(^\s*(?:>\s*|#{1,6}(?:\s+|$)|(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ x]\]\s+)?))");
    for (;;) {
        const QRegularExpressionMatch match = blockMarker.match(line);
        if (!match.hasMatch() || match.capturedLength() == 0)
            break;
        line.remove(0, match.capturedLength());
    }
    // A closing ### on an ATX heading.
    static const QRegularExpression closingHashes = pattern(R"(\s+#+\s*$)");
    line.remove(closingHashes);

    static const QRegularExpression image = pattern(R"(!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\]))");
    static const QRegularExpression link = pattern(R"(\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\]))");
    static const QRegularExpression autolink = pattern(R"(<(?:[a-z][a-z0-9+.-]*:|www\.)[^>\s]*>)");
    static const QRegularExpression bareUrl = pattern(R"(\b(?:https?|ftp)://\S+|\bwww\.\S+)");
    static const QRegularExpression tag = pattern(R"(</?[a-z][^>]*>)");
    static const QRegularExpression markers = pattern(R"([*`~]+|(?<!\w)_+|_+(?!\w))");
    line.remove(image);
    line.replace(link, QStringLiteral("\\1"));
    line.remove(autolink);
    line.remove(bareUrl);
    line.remove(tag);
    line.remove(markers);
    return line;
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
    int words = 0;
    bool inWord = false;
    bool wordHasText = false;
    const QString text = plainText(markdown);
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
