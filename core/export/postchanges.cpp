// SPDX-License-Identifier: GPL-3.0-or-later
#include "postchanges.h"

#include "markdownpost.h"
#include "post.h"

#include <QStringList>

#include <algorithm>

namespace Spill {

namespace {

QString row(const QStringList &cells)
{
    return u"| " + cells.join(QStringLiteral(" | ")) + u" |";
}

} // namespace

QString changesTableMarkdown(const Post &post)
{
    const PostWords &words = post.words;
    QStringList rows;
    for (const Deviation &change : post.story.changes) {
        if (change.isBlank())
            continue;
        QString what = words.translate("Story", deviationKindSource(change.kind));
        if (!change.subject.trimmed().isEmpty())
            what += u": " + change.subject;
        const QString cause = change.causedFail ? u"**" +
                escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "Caused it"))) + u"**"
                                                : QString();
        rows << row({escapeMarkdownText(what), escapeMarkdownText(change.planned),
                     escapeMarkdownText(change.actual), cause});
    }
    if (rows.isEmpty())
        return {};
    const QStringList header {
        escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "Change"))),
        escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "The recipe said"))),
        escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "I did"))),
        escapeMarkdownText(words.text(QT_TRANSLATE_NOOP("Export", "The fail")))};
    const QString rule = QStringLiteral("---");
    return row(header) + u'\n' + row({rule, rule, rule, rule}) + u'\n' + rows.join(u'\n');
}

QString changesHeading(const Post &post)
{
    const bool any = std::any_of(post.story.changes.cbegin(), post.story.changes.cend(),
                                 [](const Deviation &change) { return !change.isBlank(); });
    return any ? post.words.text(QT_TRANSLATE_NOOP("Export", "What I changed")) : QString();
}

QString changesMarkdown(const Post &post)
{
    const QString table = changesTableMarkdown(post);
    return table.isEmpty() ? QString() : subsectionMarkdown(changesHeading(post), table);
}

} // namespace Spill
