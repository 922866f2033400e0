// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace Spill {

// The fields of a story edited as one value each (the beats and the media
// have signals of their own).
enum class StoryField {
    Title,
    Dish,
    RecipeUrl,
    FailureKinds,
    Tags,
    Outcome,
    Status,
    PublishedUrl,
    Language,
    Headings,
    Changes,
    FixedRecipe,
    Redemption,
};

// One open story: the Story value and the undo stack of its edits. Editors
// and panels are views of it: they show story() and change it only through
// the functions below, each of which pushes one undoable command (typing
// and the editing of one text field merge into one step, as text editors
// do). The document then tells every view what changed, so a change made
// in one view, or undone from the Edit menu, reaches the others.
//
// Widget-free: the GUI and the tests drive it alike.
class StoryDocument : public QObject
{
    Q_OBJECT

public:
    explicit StoryDocument(const Story &story = {}, QObject *parent = nullptr);
    ~StoryDocument() override;

    const Story &story() const { return m_story; }
    qint64 id() const { return m_story.id; }
    QUndoStack *undoStack() { return &m_undo; }

    // Not edits, so not undoable: the library gave a new story its id, or a
    // story was replaced as a whole (a version restored). replace() starts
    // the undo history afresh.
    void setId(qint64 id);
    void replace(const Story &story);

    void setTitle(const QString &title);
    void setDish(const QString &dish);
    void setRecipeUrl(const QString &url);
    void setPublishedUrl(const QString &url);
    void setFailureKinds(const QList<FailureKind> &kinds);
    void setTags(const QStringList &tags);
    // "What I changed": typing in the table merges into one step, adding
    // or removing a row is a step of its own.
    void setChanges(const QList<Deviation> &changes, bool typed = false);
    // "The fixed recipe": typing in it merges into one step.
    void setFixedRecipe(const FixedRecipe &recipe, bool typed = false);
    // The story that redeemed this fail, or a post elsewhere; {} unlinks.
    void setRedemption(const Redemption &redemption);
    void setOutcome(std::optional<Outcome> outcome);
    void setStatus(Status status);
    // The spelling language is a setting of the story, not an edit of it:
    // it is saved but not undone.
    void setLanguage(const QString &language);
    // What a blog says of the story's post, its status and address: a fact
    // the story follows, not an edit, so it is saved but never undone (an
    // undo must not take a story back to Draft while its post is live).
    void followPost(Status status, const QString &url);

    // The heading readers see above a beat. Typing in one heading merges;
    // picking a suggestion, hiding it or going back to the default is a step
    // of its own.
    void setHeading(Beat beat, const BeatHeading &heading, bool typed = false);

    // Typing in a beat: `removed` characters at `position` of the beat's
    // plain text were replaced by `inserted`. Consecutive typing merges.
    void editBeat(Beat beat, int position, int removed, const QString &inserted);
    // The whole text at once (a step of its own, never merged with typing).
    void setBeatText(Beat beat, const QString &text);

    // Media, by index into story().media.
    void addMedia(const QList<MediaItem> &items);
    void removeMedia(int index);
    // Moves an item to `beat`, before that beat's item number `slot`
    // (counted without the moved item; past the end appends). Returns the
    // item's new index.
    int moveMedia(int index, Beat beat, int slot);
    // Role, alt text, decorative, caption, poster frame, the "edited" mark
    // and why it is off: whatever differs between the item at `index` and
    // `item` (hash, file and the file's ledger stay). Edits of the same
    // field of one item in a row merge into one step.
    void updateMedia(int index, const MediaItem &item);

    // Ends the undo step being merged (typing in a beat or a field): the
    // next edit starts a new one. Views call it when the creator moves
    // elsewhere, so coming back to a field later is a step of its own.
    void breakMerge() { ++m_mergeEpoch; }
    int mergeEpoch() const { return m_mergeEpoch; }

    // Used by the commands: applies a value without pushing a command.
    void applyField(StoryField field, const Story &from);
    void applyBeatEdit(Beat beat, int position, int removed, const QString &inserted);
    void applyMediaList(const QList<MediaItem> &media, int changedIndex);

signals:
    // Anything in the story changed (an edit, an undo or redo, replace()).
    void changed();
    void fieldChanged(Spill::StoryField field);
    // The beat's text changed from `position`: `removed` characters gave
    // way to `inserted`. Views that made the change themselves already
    // show it.
    void beatEdited(Spill::Beat beat, int position, int removed, const QString &inserted);
    // One item's fields changed; the list's order and length did not.
    void mediaItemChanged(int index);
    // Items were added, removed or moved.
    void mediaListChanged();
    // replace(): everything changed.
    void reset();

private:
    void pushField(StoryField field, const Story &after, const QString &text, bool mergeable);
    void pushBeatEdit(Beat beat, int position, int removed, const QString &inserted, bool typed);

    Story m_story;
    QUndoStack m_undo;
    int m_mergeEpoch = 0;
    std::optional<Beat> m_lastHeadingTyped;
};

} // namespace Spill
