// SPDX-License-Identifier: GPL-3.0-or-later
// What must never appear in HTML Spill writes from a creator's text: a tag
// that runs or embeds, an event handler, a script URL. Text is escaped, so
// a "<" in such HTML starts a tag Spill wrote; attribute values are always
// double-quoted, with quotes inside escaped.
#pragma once

#include <QRegularExpression>

inline const QRegularExpression &liveMarkup()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(<(script|iframe|object|embed|style|form|input|svg|math)\b)"
                       R"(|<[a-z][a-z0-9]*(\s+[a-z-]+(="[^"]*")?)*\s+on[a-z]+\s*=)"
                       R"(|<[a-z][a-z0-9]*(\s+[a-z-]+(="[^"]*")?)*\s+(href|src)=")"
                       R"(\s*(javascript|vbscript|data):)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}
