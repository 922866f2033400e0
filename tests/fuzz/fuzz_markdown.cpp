// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown to sanitised HTML and Markdown: never crashes, and no raw HTML
// tag or script URL from the input survives into the HTML.
#include "export/markdown.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // keep each run fast; size is not what this target looks for
    const QString markdown =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString html = Spill::markdownToHtml(markdown);
    // Text is escaped, so a "<" in the HTML starts a tag Spill wrote.
    static const QRegularExpression forbidden(
        QStringLiteral(R"(<(script|iframe|object|embed|style|form|input|svg|math)\b)"
                       R"(|<[a-z][^>]*\son[a-z]+\s*=)"
                       R"(|<[a-z][^>]*\s(href|src)\s*=\s*"\s*(javascript|vbscript|data):)"),
        QRegularExpression::CaseInsensitiveOption);
    if (forbidden.match(html).hasMatch())
        std::abort();
    const QString sanitized = Spill::sanitizedMarkdown(markdown);
    if (sanitized.contains(u'{'))
        std::abort(); // every "{" is written as an entity
    (void)Spill::markdownToPlainText(markdown);
    return 0;
}
