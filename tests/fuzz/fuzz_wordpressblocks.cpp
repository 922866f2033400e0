// SPDX-License-Identifier: GPL-3.0-or-later
// A story's text as WordPress block markup: never crashes, and nothing the
// creator typed becomes a block delimiter, an HTML comment or a live tag.
// The input is split at 0x1e into the five beats and the dish.
#include "export/post.h"
#include "livemarkup.h"
#include "wordpress/blocks/blockmarkup.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // keep each run fast; size is not what this target looks for
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = input.split(QChar(0x1e));
    Spill::Post post;
    post.words = Spill::PostWords(QStringLiteral("en"));
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(Spill::AllBeats.size()); ++i)
        post.story.beat(Spill::AllBeats[size_t(i)]) = parts.at(i);
    if (parts.size() > qsizetype(Spill::AllBeats.size()))
        post.story.dish = parts.last();
    post.comments = size % 2 == 0;
    const QString markup = Spill::wordpressBlockMarkup(post, {});

    // Spill's own delimiters, taken out: what is left is the blocks' HTML.
    static const QRegularExpression delimiter(
        QStringLiteral(R"(<!-- /?wp:(heading|paragraph|list|list-item|quote|code|separator|)"
                       R"(table|columns|column|image|video)( \{[^{}]*\})? /?-->)"));
    QString html = markup;
    html.remove(delimiter);
    if (html.contains(QStringLiteral("<!--")) || html.contains(QStringLiteral("-->")))
        std::abort();
    if (liveMarkup().match(html).hasMatch())
        std::abort();
    return 0;
}
