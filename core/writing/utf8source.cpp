// SPDX-License-Identifier: GPL-3.0-or-later
#include "writing/utf8source.h"

#include <algorithm>

namespace Spill {

namespace {

constexpr char32_t ReplacementCharacter = 0xFFFD;

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

} // namespace

Utf8Source::Utf8Source(const QString &text)
{
    const qsizetype n = text.size();
    m_bytes.reserve(size_t(n) + size_t(n) / 4 + 1);
    m_utf16.reserve(size_t(n) + size_t(n) / 4 + 2);
    m_lineStarts.push_back(0);

    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text.at(i).unicode();
        const int index = int(i);
        char32_t c = unit;
        int units = 1;
        if (QChar::isHighSurrogate(unit) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(unit, text.at(i + 1).unicode());
            units = 2;
        } else if (QChar::isSurrogate(unit) || unit == 0) {
            c = ReplacementCharacter;
        } else if (unit == 0xFEFF && i == 0) {
            c = U' ';
        }
        const size_t before = m_bytes.size();
        appendUtf8(m_bytes, c);
        m_utf16.insert(m_utf16.end(), m_bytes.size() - before, index);
        i += units - 1;

        if (c == U'\n' || (c == U'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
            m_lineStarts.push_back(qsizetype(m_bytes.size()));
    }
    m_utf16.push_back(int(n));
}

char Utf8Source::at(qsizetype byte) const
{
    return byte >= 0 && byte < size() ? m_bytes[size_t(byte)] : '\0';
}

qsizetype Utf8Source::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return size();
    return m_lineStarts[size_t(line - 1)];
}

qsizetype Utf8Source::lineEnd(int line) const
{
    if (line < 1)
        return 0;
    if (line >= lineCount())
        return size();
    qsizetype end = m_lineStarts[size_t(line)];
    const qsizetype start = m_lineStarts[size_t(line - 1)];
    if (end > start && at(end - 1) == '\n')
        --end;
    if (end > start && at(end - 1) == '\r')
        --end;
    return end;
}

qsizetype Utf8Source::byteOffset(int line, int column) const
{
    const qsizetype start = lineStart(line);
    return std::clamp(start + qsizetype(column) - 1, start, lineEnd(line));
}

int Utf8Source::utf16Offset(qsizetype byte) const
{
    return m_utf16[size_t(std::clamp<qsizetype>(byte, 0, size()))];
}

} // namespace Spill
