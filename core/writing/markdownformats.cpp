// SPDX-License-Identifier: GPL-3.0-or-later
#include "writing/markdownformats.h"

#include <QFontDatabase>

namespace Spill {

namespace {

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const auto blend = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(blend(from.redF(), to.redF())),
                            float(blend(from.greenF(), to.greenF())),
                            float(blend(from.blueF(), to.blueF())));
}

bool isDark(const QColor &color)
{
    return color.lightnessF() < 0.5;
}

void setScaledSize(QTextCharFormat &format, const QFont &font, qreal factor)
{
    if (font.pointSizeF() > 0)
        format.setFontPointSize(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        format.setProperty(QTextFormat::FontPixelSize, qRound(font.pixelSize() * factor));
}

} // namespace

MarkdownFormats::MarkdownFormats(const QPalette &palette, const QFont &font)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor link = palette.color(QPalette::Link);
    const QColor dim = mix(text, base, 0.45);

    QTextCharFormat &quote = m_formats[BlockQuoteLayer];
    quote.setFontItalic(true);
    quote.setForeground(mix(text, base, 0.2));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTextCharFormat code;
    code.setFontFamilies(QStringList {fixed.family()});
    code.setFontFixedPitch(true);
    code.setFontStyleHint(QFont::Monospace);
    code.setFontItalic(false);
    code.setBackground(mix(base, text, isDark(base) ? 0.10 : 0.06));
    m_formats[CodeBlockLayer] = code;
    m_formats[InlineCodeLayer] = code;

    static constexpr std::array<qreal, 6> HeadingScale {1.5, 1.3, 1.15, 1.05, 1.0, 1.0};
    for (int level = 0; level < 6; ++level) {
        QTextCharFormat &heading = m_formats[Heading1Layer + level];
        heading.setFontWeight(QFont::Bold);
        heading.setFontItalic(false);
        setScaledSize(heading, font, HeadingScale[size_t(level)]);
    }

    m_formats[StrongLayer].setFontWeight(QFont::Bold);
    m_formats[EmphasisLayer].setFontItalic(true);
    m_formats[StrikethroughLayer].setFontStrikeOut(true);

    QTextCharFormat &image = m_formats[ImageLayer];
    image.setForeground(link);
    image.setFontItalic(true);

    QTextCharFormat &linkText = m_formats[LinkTextLayer];
    linkText.setForeground(link);
    linkText.setFontUnderline(true);
    linkText.setUnderlineColor(mix(link, base, 0.4));

    m_formats[LinkUrlLayer].setForeground(mix(link, base, 0.4));

    m_formats[HtmlLayer].setForeground(dim);

    QTextCharFormat &marker = m_formats[ListMarkerLayer];
    marker.setForeground(mix(link, text, 0.5));
    marker.setFontWeight(QFont::Bold);

    QTextCharFormat &markup = m_formats[MarkupLayer];
    markup.setForeground(dim);
    markup.setFontUnderline(false);
    markup.setFontStrikeOut(false);

    QTextCharFormat &misspelled = m_formats[MisspelledLayer];
    misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelled.setUnderlineColor(isDark(base) ? QColor(255, 110, 110) : QColor(205, 30, 30));
}

MarkdownFormats::Layer MarkdownFormats::layerOf(MarkdownKind kind, int level)
{
    switch (kind) {
    case MarkdownKind::Heading:
        return Layer(Heading1Layer + qBound(1, level, 6) - 1);
    case MarkdownKind::Emphasis:
        return EmphasisLayer;
    case MarkdownKind::Strong:
        return StrongLayer;
    case MarkdownKind::Strikethrough:
        return StrikethroughLayer;
    case MarkdownKind::LinkText:
        return LinkTextLayer;
    case MarkdownKind::LinkUrl:
        return LinkUrlLayer;
    case MarkdownKind::Image:
        return ImageLayer;
    case MarkdownKind::ListMarker:
        return ListMarkerLayer;
    case MarkdownKind::BlockQuote:
        return BlockQuoteLayer;
    case MarkdownKind::InlineCode:
        return InlineCodeLayer;
    case MarkdownKind::CodeBlock:
        return CodeBlockLayer;
    case MarkdownKind::Html:
        return HtmlLayer;
    case MarkdownKind::Markup:
        break;
    }
    return MarkupLayer;
}

const QTextCharFormat &MarkdownFormats::merged(LayerMask mask) const
{
    auto it = m_merged.find(mask);
    if (it == m_merged.end()) {
        QTextCharFormat format;
        for (int layer = 0; layer < LayerCount; ++layer) {
            if (mask & (LayerMask(1) << layer))
                format.merge(m_formats[size_t(layer)]);
        }
        it = m_merged.insert(mask, format);
    }
    return *it;
}

} // namespace Spill
