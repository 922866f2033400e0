// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Spill {

// The contract between a gallery model and the views that show it. The views
// read only these roles, so any model that fills them (the library-backed one,
// or a QStandardItemModel in tests) works with the delegate and the view.
enum GalleryRole {
    StoryIdRole = Qt::UserRole + 1, // qint64
    SlugRole, // QString
    TitleRole, // QString (Qt::DisplayRole returns it too)
    DishRole, // QString
    CreatedRole, // QDateTime
    UpdatedRole, // QDateTime
    FailureKindsRole, // QStringList of failure kind keys (core/story/story.h keys)
    TagsRole, // QStringList
    OutcomeRole, // QString key: rescued|partly|binned, or empty
    StatusRole, // QString key: draft|ready|published
    ThumbnailRole, // QImage; null while loading or when the story has no photo
    SnippetRole, // QString: search snippet, matches wrapped in \x02 ... \x03, else empty
    LessonRole, // QString: the lesson beat (Markdown)
    RedeemedRole, // bool: linked to the story or post that redeemed it
};

// Marks around a search match inside SnippetRole (SearchMatchStart/End).
inline constexpr char16_t SnippetMatchStart = u'\x02';
inline constexpr char16_t SnippetMatchEnd = u'\x03';

} // namespace Spill
