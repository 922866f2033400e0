// SPDX-License-Identifier: GPL-3.0-or-later
#include "storydocument.h"

#include "storycommands.h"

#include <algorithm>

namespace Spill {

namespace {

// What the Edit menu calls an edit of one item's field ("Undo Caption").
enum class MediaFieldEdit {
    None,
    Role,
    Alt,
    Decorative,
    Caption,
    Poster,
    EditedMark,
    EditedReason,
    Several
};

MediaFieldEdit mediaFieldEdit(const MediaItem &before, const MediaItem &after)
{
    MediaFieldEdit found = MediaFieldEdit::None;
    auto note = [&found](bool differs, MediaFieldEdit field) {
        if (differs)
            found = found == MediaFieldEdit::None ? field : MediaFieldEdit::Several;
    };
    note(before.role != after.role, MediaFieldEdit::Role);
    note(before.alt != after.alt, MediaFieldEdit::Alt);
    note(before.decorative != after.decorative, MediaFieldEdit::Decorative);
    note(before.caption != after.caption, MediaFieldEdit::Caption);
    note(before.posterMs != after.posterMs, MediaFieldEdit::Poster);
    note(before.editedMarkOff != after.editedMarkOff, MediaFieldEdit::EditedMark);
    note(before.editedMarkReason != after.editedMarkReason, MediaFieldEdit::EditedReason);
    return found;
}

QString mediaNoun(const QList<MediaItem> &items)
{
    const bool allClips = std::all_of(items.cbegin(), items.cend(), [](const MediaItem &item) {
        return item.kind == MediaKind::Video;
    });
    const bool allPhotos = std::all_of(items.cbegin(), items.cend(), [](const MediaItem &item) {
        return item.kind == MediaKind::Photo;
    });
    const int n = int(items.size());
    if (allPhotos)
        return n == 1 ? StoryDocument::tr("Add Photo") : StoryDocument::tr("Add %1 Photos").arg(n);
    if (allClips)
        return n == 1 ? StoryDocument::tr("Add Clip") : StoryDocument::tr("Add %1 Clips").arg(n);
    return StoryDocument::tr("Add %1 Photos and Clips").arg(n);
}

} // namespace

StoryDocument::StoryDocument(const Story &story, QObject *parent)
    : QObject(parent)
    , m_story(story)
{
    m_undo.setUndoLimit(1000);
}

StoryDocument::~StoryDocument() = default;

void StoryDocument::setId(qint64 id)
{
    m_story.id = id;
}

void StoryDocument::replace(const Story &story)
{
    m_story = story;
    m_undo.clear();
    breakMerge();
    emit reset();
}

void StoryDocument::pushField(StoryField field, const Story &after, const QString &text,
                              bool mergeable)
{
    m_undo.push(new SetFieldCommand(this, field, m_story, after, text, mergeable));
}

void StoryDocument::setTitle(const QString &title)
{
    if (title == m_story.title)
        return;
    Story after = m_story;
    after.title = title;
    pushField(StoryField::Title, after, tr("Title"), true);
}

void StoryDocument::setDish(const QString &dish)
{
    if (dish == m_story.dish)
        return;
    Story after = m_story;
    after.dish = dish;
    pushField(StoryField::Dish, after, tr("Dish"), true);
}

void StoryDocument::setRecipeUrl(const QString &url)
{
    if (url == m_story.recipeUrl)
        return;
    Story after = m_story;
    after.recipeUrl = url;
    pushField(StoryField::RecipeUrl, after, tr("Recipe Link"), true);
}

void StoryDocument::setPublishedUrl(const QString &url)
{
    if (url == m_story.publishedUrl)
        return;
    Story after = m_story;
    after.publishedUrl = url;
    pushField(StoryField::PublishedUrl, after, tr("Published Link"), true);
}

void StoryDocument::setFailureKinds(const QList<FailureKind> &kinds)
{
    if (kinds == m_story.failureKinds)
        return;
    Story after = m_story;
    after.failureKinds = kinds;
    pushField(StoryField::FailureKinds, after, tr("What Went Wrong"), false);
}

void StoryDocument::setTags(const QStringList &tags)
{
    if (tags == m_story.tags)
        return;
    Story after = m_story;
    after.tags = tags;
    pushField(StoryField::Tags, after, tr("Tags"), true);
}

void StoryDocument::setChanges(const QList<Deviation> &changes, bool typed)
{
    if (changes == m_story.changes)
        return;
    Story after = m_story;
    after.changes = changes;
    pushField(StoryField::Changes, after, tr("What I changed"), typed);
}

void StoryDocument::setFixedRecipe(const FixedRecipe &recipe, bool typed)
{
    if (recipe == m_story.fixedRecipe)
        return;
    Story after = m_story;
    after.fixedRecipe = recipe;
    pushField(StoryField::FixedRecipe, after, tr("The fixed recipe"), typed);
}

void StoryDocument::setRedemption(const Redemption &redemption)
{
    if (redemption == m_story.redemption)
        return;
    Story after = m_story;
    after.redemption = redemption;
    pushField(StoryField::Redemption, after,
              redemption.isSet() ? tr("Link Redemption") : tr("Unlink Redemption"), false);
}

void StoryDocument::setOutcome(std::optional<Outcome> outcome)
{
    if (outcome == m_story.outcome)
        return;
    Story after = m_story;
    after.outcome = outcome;
    pushField(StoryField::Outcome, after, tr("Outcome"), false);
}

void StoryDocument::setStatus(Status status)
{
    if (status == m_story.status)
        return;
    Story after = m_story;
    after.status = status;
    pushField(StoryField::Status, after, tr("Status"), false);
}

void StoryDocument::setHeading(Beat beat, const BeatHeading &heading, bool typed)
{
    if (heading == m_story.heading(beat))
        return;
    // Typing in another beat's heading is another step.
    if (!typed || m_lastHeadingTyped != beat)
        breakMerge();
    m_lastHeadingTyped = typed ? std::optional(beat) : std::nullopt;
    Story after = m_story;
    after.heading(beat) = heading;
    QString text = tr("Heading");
    if (!typed && heading.isHidden())
        text = tr("Hide Heading");
    else if (heading.isDefault())
        text = tr("Default Heading");
    pushField(StoryField::Headings, after, text, typed);
}

void StoryDocument::setLanguage(const QString &language)
{
    if (language == m_story.language)
        return;
    m_story.language = language;
    emit fieldChanged(StoryField::Language);
    emit changed();
}

void StoryDocument::followPost(Status status, const QString &url)
{
    if (status == m_story.status && url == m_story.publishedUrl)
        return;
    m_story.status = status;
    m_story.publishedUrl = url;
    emit fieldChanged(StoryField::Status);
    emit fieldChanged(StoryField::PublishedUrl);
    emit changed();
}

void StoryDocument::editBeat(Beat beat, int position, int removed, const QString &inserted)
{
    pushBeatEdit(beat, position, removed, inserted, true);
}

void StoryDocument::setBeatText(Beat beat, const QString &text)
{
    pushBeatEdit(beat, 0, int(m_story.beat(beat).size()), text, false);
}

void StoryDocument::pushBeatEdit(Beat beat, int position, int removed, const QString &inserted,
                                 bool typed)
{
    const QString &text = m_story.beat(beat);
    position = std::clamp(position, 0, int(text.size()));
    removed = std::clamp(removed, 0, int(text.size()) - position);
    // Views may report a wider span than changed: keep only what differs,
    // so typing merges and the history holds no copies of unchanged text.
    const QStringView before = QStringView(text).mid(position, removed);
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < inserted.size() &&
           before.at(prefix) == inserted.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < inserted.size() - prefix &&
           before.at(before.size() - 1 - suffix) == inserted.at(inserted.size() - 1 - suffix))
        ++suffix;
    const int at = position + int(prefix);
    const int count = removed - int(prefix + suffix);
    const QString added = inserted.mid(prefix, inserted.size() - prefix - suffix);
    if (count == 0 && added.isEmpty())
        return;
    m_undo.push(new EditBeatCommand(this, beat, at, text.mid(at, count), added, typed));
}

void StoryDocument::addMedia(const QList<MediaItem> &items)
{
    if (items.isEmpty())
        return;
    QList<MediaItem> after = m_story.media;
    after.append(items);
    m_undo.push(new SetMediaCommand(this, m_story.media, after, -1, mediaNoun(items)));
}

void StoryDocument::removeMedia(int index)
{
    if (index < 0 || index >= m_story.media.size())
        return;
    QList<MediaItem> after = m_story.media;
    const MediaItem removed = after.takeAt(index);
    m_undo.push(new SetMediaCommand(this, m_story.media, after, -1,
                                    removed.kind == MediaKind::Video ? tr("Remove Clip")
                                                                     : tr("Remove Photo")));
}

int StoryDocument::moveMedia(int index, Beat beat, int slot)
{
    if (index < 0 || index >= m_story.media.size())
        return index;
    QList<MediaItem> after = m_story.media;
    MediaItem item = after.takeAt(index);
    item.beat = beat;

    // Before the slot-th remaining item of the beat; after the beat's last
    // item (or at the end) when the slot is past them.
    int insertAt = int(after.size());
    int seen = 0;
    int lastOfBeat = -1;
    for (int i = 0; i < int(after.size()); ++i) {
        if (after.at(i).beat != beat)
            continue;
        if (seen == slot) {
            insertAt = i;
            break;
        }
        ++seen;
        lastOfBeat = i;
    }
    if ((seen < slot || insertAt == int(after.size())) && lastOfBeat >= 0)
        insertAt = lastOfBeat + 1;
    after.insert(insertAt, item);
    if (after != m_story.media) {
        m_undo.push(new SetMediaCommand(this, m_story.media, after, -1,
                                        item.kind == MediaKind::Video ? tr("Move Clip")
                                                                      : tr("Move Photo")));
    }
    return insertAt;
}

void StoryDocument::updateMedia(int index, const MediaItem &item)
{
    if (index < 0 || index >= m_story.media.size())
        return;
    const MediaItem &before = m_story.media.at(index);
    MediaItem changed = before;
    copyCreatorWords(changed, item);
    changed.posterMs = item.posterMs;
    if (changed == before)
        return;
    const MediaFieldEdit edit = mediaFieldEdit(before, changed);
    QString text;
    switch (edit) {
    case MediaFieldEdit::Role:
        text = tr("Change Role");
        break;
    case MediaFieldEdit::Alt:
        text = before.kind == MediaKind::Video ? tr("Describe Clip") : tr("Describe Photo");
        break;
    case MediaFieldEdit::Decorative:
        text = changed.decorative ? tr("Mark as Decorative") : tr("Unmark as Decorative");
        break;
    case MediaFieldEdit::Caption:
        text = tr("Caption");
        break;
    case MediaFieldEdit::Poster:
        text = tr("Poster Frame");
        break;
    case MediaFieldEdit::EditedMark:
        text = changed.editedMarkOff ? tr("Unmark as Edited") : tr("Mark as Edited");
        break;
    case MediaFieldEdit::EditedReason:
        text = tr("Why Not Edited");
        break;
    case MediaFieldEdit::None:
    case MediaFieldEdit::Several:
        text = tr("Edit Media");
        break;
    }
    // Alt text and captions are typed: letters of one field merge.
    const bool typed = edit == MediaFieldEdit::Alt || edit == MediaFieldEdit::Caption ||
        edit == MediaFieldEdit::EditedReason;
    const int mergeKey = typed ? (index + 1) * 8 + int(edit) : 0;
    QList<MediaItem> after = m_story.media;
    after[index] = changed;
    m_undo.push(new SetMediaCommand(this, m_story.media, after, index, text, mergeKey));
}

void StoryDocument::applyField(StoryField field, const Story &from)
{
    switch (field) {
    case StoryField::Title:
        m_story.title = from.title;
        break;
    case StoryField::Dish:
        m_story.dish = from.dish;
        break;
    case StoryField::RecipeUrl:
        m_story.recipeUrl = from.recipeUrl;
        break;
    case StoryField::FailureKinds:
        m_story.failureKinds = from.failureKinds;
        break;
    case StoryField::Tags:
        m_story.tags = from.tags;
        break;
    case StoryField::Changes:
        m_story.changes = from.changes;
        break;
    case StoryField::FixedRecipe:
        m_story.fixedRecipe = from.fixedRecipe;
        break;
    case StoryField::Redemption:
        m_story.redemption = from.redemption;
        break;
    case StoryField::Outcome:
        m_story.outcome = from.outcome;
        break;
    case StoryField::Status:
        m_story.status = from.status;
        break;
    case StoryField::PublishedUrl:
        m_story.publishedUrl = from.publishedUrl;
        break;
    case StoryField::Language:
        m_story.language = from.language;
        break;
    case StoryField::Headings:
        m_story.headings = from.headings;
        break;
    }
    emit fieldChanged(field);
    emit changed();
}

void StoryDocument::applyBeatEdit(Beat beat, int position, int removed, const QString &inserted)
{
    QString &text = m_story.beat(beat);
    position = std::clamp(position, 0, int(text.size()));
    removed = std::clamp(removed, 0, int(text.size()) - position);
    text.replace(position, removed, inserted);
    emit beatEdited(beat, position, removed, inserted);
    emit changed();
}

void StoryDocument::applyMediaList(const QList<MediaItem> &media, int changedIndex)
{
    m_story.media = media;
    if (changedIndex >= 0)
        emit mediaItemChanged(changedIndex);
    else
        emit mediaListChanged();
    emit changed();
}

} // namespace Spill
