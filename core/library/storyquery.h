// SPDX-License-Identifier: GPL-3.0-or-later
// Values the library hands out besides whole stories: list queries and their
// rows, search hits, revisions and media files.
#pragma once

#include "story/story.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spill {

// Which stories to list, in which order, and which page of them.
struct StoryQuery
{
    enum class SortBy { Created, Updated, Title };
    enum class Trash { Exclude, Include, Only };

    SortBy sortBy = SortBy::Updated;
    bool descending = true;
    int offset = 0;
    int limit = 50; // <= 0: no limit

    std::optional<FailureKind> failureKind;
    QList<FailureKind> failureKinds; // any of these; empty: any
    QString tag; // empty: any; compared without case
    std::optional<Outcome> outcome;
    std::optional<Status> status;
    std::optional<bool> redeemed; // linked to a redemption, or not yet; nullopt: either
    QDateTime createdFrom; // inclusive; invalid: open
    QDateTime createdUntil; // exclusive; invalid: open
    Trash trash = Trash::Exclude;
    // Full-text match over title, dish, beats and tags, with search()'s rules
    // (quoted words, the last one a prefix); empty: no text filter.
    QString text;
    QList<qint64> ids; // only these stories; empty: any
};

// One row of the gallery or a list: enough to show it without loading the story.
struct StorySummary
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString dish;
    QString lesson; // the lesson beat, Markdown
    QDateTime created;
    QDateTime updated;
    QDateTime trashedAt; // invalid unless trashed
    Status status = Status::Draft;
    std::optional<Outcome> outcome;
    QList<FailureKind> failureKinds;
    QStringList tags; // in the story's order
    bool redeemed = false; // linked to the story or post that redeemed it
    // The first photo with the reality and the dream role (media store hash
    // and lowercase suffix), empty when there is none.
    QString realityPhotoHash;
    QString realityPhotoSuffix;
    QString dreamPhotoHash;
    QString dreamPhotoSuffix;

    friend bool operator==(const StorySummary &, const StorySummary &) = default;
};

// Markers around each match in SearchHit::snippet. The rest of the snippet is
// the story's plain text, NOT escaped: a view escapes it (e.g. toHtmlEscaped)
// and then turns the markers into its highlighting. Control characters never
// occur in a story's text (the editor does not insert them).
inline constexpr QChar SearchMatchStart = QChar(0x02);
inline constexpr QChar SearchMatchEnd = QChar(0x03);

// A character of a word as the search index's unicode61 tokenizer cuts
// words: letters, digits and combining marks.
inline bool isSearchTokenChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

struct SearchHit
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString dish;
    QString snippet; // matches wrapped in SearchMatchStart/SearchMatchEnd
    double rank = 0; // bm25: lower is better
};

struct RevisionInfo
{
    qint64 id = 0;
    qint64 storyId = 0;
    QDateTime created;
    QString reason;
};

// A file in the media store: <library>/media/<hash>.<suffix>.
struct MediaFile
{
    QString hash;
    QString suffix;

    friend bool operator==(const MediaFile &, const MediaFile &) = default;
};

struct CheckResult
{
    bool ok = false;
    QString report; // integrity_check and foreign_key_check output, one finding a line
};

} // namespace Spill
