// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown to sanitised HTML and Markdown: never crashes, no raw HTML tag
// or script URL from the input survives into the HTML, and the sanitised
// Markdown stays safe when rendered on the other side with raw HTML allowed
// (as a site generator configured to trust its input would).
#include "export/markdown.h"
#include "livemarkup.h"

#include <QRegularExpression>

#include <cmark-gfm.h>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // keep each run fast; size is not what this target looks for
    const QString markdown =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString html = Spill::markdownToHtml(markdown);
    if (liveMarkup().match(html).hasMatch())
        std::abort();
    const QByteArray sanitized = Spill::sanitizedMarkdown(markdown).toUtf8();
    char *rendered =
        cmark_markdown_to_html(sanitized.constData(), size_t(sanitized.size()), CMARK_OPT_UNSAFE);
    const QString unsafeHtml = QString::fromUtf8(rendered);
    std::free(rendered);
    if (liveMarkup().match(unsafeHtml).hasMatch())
        std::abort();
    (void)Spill::markdownToPlainText(markdown);
    return 0;
}
