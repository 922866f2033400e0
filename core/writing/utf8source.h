// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace Spill {

// A UTF-8 copy of a QString for C parsers that report positions as
// (1-based line, 1-based byte column), with the way back to the QString's
// UTF-16 offsets. Lines end at "\n", "\r\n" or "\r", as in CommonMark.
//
// The copy has the same number of characters as the QString, so every
// position maps back: NUL and lone surrogates become U+FFFD (cmark would
// replace NUL itself, shifting its columns), and a leading byte order mark
// becomes a space (cmark would skip it, shifting line 1).
class Utf8Source
{
public:
    explicit Utf8Source(const QString &text);

    const std::string &bytes() const { return m_bytes; }
    qsizetype size() const { return qsizetype(m_bytes.size()); }
    char at(qsizetype byte) const;

    int lineCount() const { return int(m_lineStarts.size()); }
    // Byte offset where a 1-based line starts; clamped to the text.
    qsizetype lineStart(int line) const;
    // Byte offset just past the line's last character, before its line end.
    qsizetype lineEnd(int line) const;
    // Byte offset of a 1-based (line, byte column), clamped into the line.
    qsizetype byteOffset(int line, int column) const;

    // UTF-16 offset in the original QString of a byte offset (clamped).
    int utf16Offset(qsizetype byte) const;

private:
    std::string m_bytes;
    std::vector<int> m_utf16; // per byte, plus one entry for the end
    std::vector<qsizetype> m_lineStarts;
};

} // namespace Spill
