// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Spill {

// How far a creator has got with one beat, as the step list shows it.
enum class BeatProgress { Empty, Started, Done };

// Words as a reader counts them: runs of letters or digits, so Markdown
// markers (`**`, `#`, `-`) and stray punctuation are not words.
int beatWordCount(QStringView text);

// The words a beat needs to count as done on length alone.
inline constexpr int BeatDoneWords = 40;
// A shorter beat counts as done once it has this many words and its last
// sentence is finished: a one-line call to action can be complete.
inline constexpr int BeatDoneSentenceWords = 15;

// Empty: nothing but white space. Done: at least BeatDoneWords words, or at
// least BeatDoneSentenceWords words ending with . ! ? or … (closing quotes,
// brackets and Markdown emphasis after it allowed). Started otherwise.
BeatProgress beatProgress(QStringView text);

} // namespace Spill
