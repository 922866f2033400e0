// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writing/markdownspans.h"

#include <QFont>
#include <QHash>
#include <QPalette>
#include <QTextCharFormat>

#include <array>

namespace Spill {

// The look of each kind of Markdown span, derived from a palette and the
// editor's font so light and dark themes both read well: headings bold and
// a little larger, emphasis italic, links in the palette's link colour, code
// in the monospace font on a faint background, markup characters dimmed,
// misspelt words with a wavy underline.
class MarkdownFormats
{
public:
    // Spans overlap; formats are merged in this order, later ones winning.
    enum Layer : quint8 {
        BlockQuoteLayer,
        CodeBlockLayer,
        Heading1Layer,
        Heading6Layer = Heading1Layer + 5,
        StrongLayer,
        EmphasisLayer,
        StrikethroughLayer,
        ImageLayer,
        LinkTextLayer,
        LinkUrlLayer,
        InlineCodeLayer,
        HtmlLayer,
        ListMarkerLayer,
        MarkupLayer,
        MisspelledLayer,
        LayerCount
    };
    using LayerMask = quint32;
    static_assert(LayerCount <= 32);

    MarkdownFormats(const QPalette &palette, const QFont &font);

    static Layer layerOf(MarkdownKind kind, int level);
    QTextCharFormat format(Layer layer) const { return m_formats[layer]; }
    // The merged format of every layer in the mask; cached.
    const QTextCharFormat &merged(LayerMask mask) const;

private:
    std::array<QTextCharFormat, LayerCount> m_formats;
    mutable QHash<LayerMask, QTextCharFormat> m_merged;
};

} // namespace Spill
