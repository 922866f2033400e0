// SPDX-License-Identifier: GPL-3.0-or-later
#include "postchanges.h"

#include "markdownpost.h"
#include "post.h"

#include <QStringList>

namespace Spill {

namespace {

QString row(const QStringList &cells)
{
    return u"| " + cells.join(QStringLiteral(" | ")) + u" |";
}

} // namespace

QString changesMarkdown(const Post &post)
{
    const PostWords &words = post.words;
    QStringList rows;
    for (const Deviation &change : post.story.changes) {
        if (change.isBlank())
            continue;
        QString what = words.translate("Story", deviationKindSource(change.kind));
        if (!change.subject.trimmed().isEmpty())
            what += u": " + change.subject;
        rows << row(
            {escapeMarkdownText(what), escapeMarkdownText(change.planned),
             escapeMarkdownText(change.actual),
             change.causedFail ? u"**" +
                     escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "Caused it"))) +
                     u"**"
                               : QString()});
    }
    if (rows.isEmpty())
        return {};
    const QStringList header {
        escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "Change"))),
        escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "The recipe said"))),
        escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "I did"))),
        escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "The fail")))};
    return u"### " + escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "What I changed"))) +
        QStringLiteral("\n\n") + row(header) + u'\n' +
        row({QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---"),
             QStringLiteral("---")}) +
        u'\n' + rows.join(u'\n');
}

} // namespace Spill
