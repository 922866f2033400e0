// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story.h"

#include <QString>

namespace Spill {

// Reading speed behind readingMinutes(): a common figure for adults reading
// prose on a screen.
inline constexpr int WordsPerMinute = 200;

// The words a reader sees in Markdown, with the syntax taken out by simple
// line and inline rules (no full parser): fence lines (``` and ~~~), link
// reference definitions, heading, quote and list markers, images, link and
// autolink URLs, bare URLs, HTML tags, and emphasis and code markers. Link
// texts stay. Lines are kept, so sentence ends survive.
QString plainText(const QString &markdown);

// Words in Markdown: whitespace-separated runs holding a letter or digit,
// counted in plainText(). Text without spaces between words (Chinese,
// Japanese, Thai) counts one word per run, which is low.
int wordCount(const QString &markdown);

// The same count for text that is already plain.
int countWords(const QString &plainText);

// Words in the five beats, the part of a post a reader reads through.
int wordCount(const Story &story);

// Minutes at WordsPerMinute, rounded up; 0 only for no words at all.
int readingMinutes(int words);

} // namespace Spill
