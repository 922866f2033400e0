// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beats.h"
#include "story.h"
#include "storytext.h"

#include <QList>
#include <QString>

namespace Spill {

// The story coach: editorial checks the editor runs as the creator types.
// Plain functions of a Story, cheap enough to run on every keystroke for a
// post of a few thousand words.

enum class CoachSeverity {
    Suggestion, // would make the post better
    Warning, // readers will notice, or some cannot read it at all
    Good, // a check that passes, or information such as the reading time
};

// Where the creator goes to act on a finding.
struct CoachLocation
{
    // Media: the item's description; MediaEditedMark: its "edited" mark.
    enum class Field { Story, Title, Beat, Media, MediaEditedMark };

    Field field = Field::Story;
    Beat beat = Beat::Intended; // for Field::Beat
    int mediaIndex = -1; // for the media fields: index into Story::media

    static CoachLocation wholeStory() { return {}; }
    static CoachLocation title() { return {Field::Title, Beat::Intended, -1}; }
    static CoachLocation inBeat(Beat beat) { return {Field::Beat, beat, -1}; }
    static CoachLocation media(int index) { return {Field::Media, Beat::Intended, index}; }
    static CoachLocation editedMark(int index)
    {
        return {Field::MediaEditedMark, Beat::Intended, index};
    }

    friend bool operator==(const CoachLocation &, const CoachLocation &) = default;
};

struct CoachFinding
{
    // Stable and unique within one run, e.g. "beat-empty:lesson" or
    // "alt-missing:2" (media index). The part before ':' is the rule.
    QString id;
    CoachSeverity severity = CoachSeverity::Suggestion;
    QString title; // short, translated
    QString why; // one translated sentence: why it matters to readers
    CoachLocation location;

    QString rule() const { return id.section(u':', 0, 0); }
};

// Every finding for `story`, in the order a reader meets the places they
// point at: title, beats, media, then the reading time. Passing checks give
// a Good finding, so a panel can show them ticked.
//
// Rules and their ids (fires / passes):
//   title-missing, title-short, title-long / title-length: 20-70 characters
//   beat-empty:<beat key> (one per beat without words) / beats-written
//   evidence-missing / evidence: a media item in "went_wrong" or with role
//       reality, or an image in the "went_wrong" beat's Markdown
//   alt-missing:<i>, alt-filename:<i> / alt-text: media not marked decorative
//       need alt text that is not a camera file name or a bare "photo"
//   edited-unmarked:<i>: a photo whose file says it was edited, its "edited"
//       mark turned off, and no reason given (no passing finding)
//   lesson-no-tip / lesson-tip: only for a written lesson; see givesAdvice()
//   lesson-no-cause / lesson-cause: a written lesson and a change marked as
//       the cause; the lesson names a word of its subject (else of what was
//       done)
//   cta-no-question / cta-question: only for a written call to action
//   reading-time: always Good, when the beats hold any words
QList<CoachFinding> coachStory(const Story &story);

// Title length as readers count it: user-perceived characters (an emoji or
// an accented letter is one), surrounding spaces ignored.
inline constexpr int MinTitleLength = 20;
inline constexpr int MaxTitleLength = 70;
int titleLength(const QString &title);

// True for alt text that describes nothing: a camera or phone file name
// (IMG_1234, DSC01234, PXL_20240101_123456789.jpg, "WhatsApp Image ..."),
// any bare file name with a photo or video extension, a bare number, or a
// placeholder word such as "image", "photo 2" or "screenshot".
bool isPlaceholderAltText(const QString &alt);

// Heuristic for "the lesson gives the reader something to do", English only:
// other languages will mostly not match, which only costs a suggestion.
// True when the Markdown-stripped text has
//   - a sentence or list item starting with a verb from a list of kitchen
//     and advice imperatives (preheat, keep, use, measure, ...),
//   - an advice marker anywhere: "next time", "make sure", "try", "use",
//     "don't", "never", "always", "avoid", "instead", "remember", ...,
//   - or a number with a unit: 180 °C, 350°F, 25 minutes, 200 g, 2 tbsp, ...
bool givesAdvice(const QString &markdown);

// True when the Markdown-stripped text holds a question mark (also the
// full-width and Arabic ones); URLs do not count.
bool asksQuestion(const QString &markdown);

} // namespace Spill
