// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beatheadings.h"
#include "beats.h"
#include "deviation.h"
#include "fixedrecipe.h"
#include "mediaorigin.h"
#include "redemption.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spill {

enum class FailureKind {
    Burnt,
    Collapsed,
    SplitOrCurdled,
    UnderOrOvercooked,
    ForgottenIngredient,
    WrongSubstitution,
    Measuring,
    Equipment,
    SpillOrDrop,
    Seasoning,
    Other,
};
inline constexpr int FailureKindCount = 11;
QList<FailureKind> allFailureKinds();

enum class Outcome { Rescued, Partly, Binned };
enum class Status { Draft, Ready, Published };
enum class MediaRole { Dream, Reality, Step, Result };
enum class MediaKind { Photo, Video };

// Stable keys (library, JSON, templates) and translated labels (UI).
QString failureKindKey(FailureKind kind);
std::optional<FailureKind> failureKindFromKey(QStringView key);
QString failureKindLabel(FailureKind kind);

QString outcomeKey(Outcome outcome);
std::optional<Outcome> outcomeFromKey(QStringView key);
QString outcomeLabel(Outcome outcome);

// The English source texts of the labels above, for translating into a
// language other than the interface's (a post's); context "Story".
const char *failureKindSource(FailureKind kind);
const char *outcomeSource(Outcome outcome);

QString statusKey(Status status);
std::optional<Status> statusFromKey(QStringView key);
QString statusLabel(Status status);

QString mediaRoleKey(MediaRole role);
std::optional<MediaRole> mediaRoleFromKey(QStringView key);
QString mediaRoleLabel(MediaRole role);

// One photo or clip used as evidence in a story.
struct MediaItem
{
    qint64 id = 0; // library row id; 0 while not stored
    QString hash; // content hash of the file in the media store
    QString file; // a path: relative to a JSON file, or absolute on import
    MediaKind kind = MediaKind::Photo;
    Beat beat = Beat::Intended;
    MediaRole role = MediaRole::Step;
    QString alt;
    bool decorative = false;
    QString caption;
    std::optional<qint64> posterMs; // videos: the frame shown before playing
    int width = 0;
    int height = 0;
    qint64 durationMs = 0;
    MediaOrigin origin; // how the file came to be (the edited-photo ledger)
    // The creator turned the "edited" mark off for a photo its file says was
    // edited, and (the coach asks) says why.
    bool editedMarkOff = false;
    QString editedMarkReason;

    // The post calls this photo edited.
    bool showsEditedMark() const { return origin.edited && !editedMarkOff; }

    friend bool operator==(const MediaItem &, const MediaItem &) = default;
};

// Copies what the creator says about a photo or clip (its role, alt text,
// decorative flag, caption and the answer about the edited mark) from
// `from` onto `to`, leaving the file, its place and its poster frame: for
// every path that carries a creator's words onto another item (an edit,
// an import), so a new word is never carried by one and dropped by another.
void copyCreatorWords(MediaItem &to, const MediaItem &from);

// A mishap post: the five beats plus what surrounds them. A plain value.
struct Story
{
    qint64 id = 0; // library row id; 0 while not stored
    QString slug;
    QString title;
    QString dish;
    QString recipeUrl;
    std::array<QString, BeatCount> beats;
    BeatHeadings headings; // what readers see above each beat
    QList<FailureKind> failureKinds;
    QList<Deviation> changes; // "what I changed" from the recipe followed
    FixedRecipe fixedRecipe; // the recipe as it should be cooked now; may be empty
    QStringList tags;
    std::optional<Outcome> outcome;
    Status status = Status::Draft;
    QString publishedUrl;
    Redemption redemption; // the fail made good, by a later story or a post elsewhere
    // The earlier fails this story redeems, read with it; never saved (the
    // link is kept on the fail's side).
    QList<StoryLink> redeems;
    QString language; // spell-check language, e.g. "en_US"; empty: the system's
    QDateTime created;
    QDateTime updated;
    QList<MediaItem> media; // in display order

    QString &beat(Beat b) { return beats.at(static_cast<std::size_t>(beatIndex(b))); }
    const QString &beat(Beat b) const { return beats.at(static_cast<std::size_t>(beatIndex(b))); }
    BeatHeading &heading(Beat b) { return headings.at(static_cast<std::size_t>(beatIndex(b))); }
    const BeatHeading &heading(Beat b) const
    {
        return headings.at(static_cast<std::size_t>(beatIndex(b)));
    }

    friend bool operator==(const Story &, const Story &) = default;
};

} // namespace Spill
