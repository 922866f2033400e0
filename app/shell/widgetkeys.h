// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>

class QKeyEvent;

namespace Spill {

// The keys that act inside one field, list or player, which no menu shows.
// The widgets that handle them ask isWidgetKey() (or take the sequences
// for their actions), and Help > Keyboard Shortcuts lists them from
// widgetKeyGroups(): one table, so the list cannot drift from the code.
enum class WidgetKey {
    // Writing a beat
    Bold,
    Italic,
    Link,
    BeatAbove,
    BeatBelow,
    HeadingChoices,
    GoToBeat, // one sequence per beat, in beat order
    // Photos and clips of a beat
    MediaPrevious,
    MediaNext,
    MediaFirst,
    MediaLast,
    MediaEarlier,
    MediaLater,
    MediaOpen,
    MediaRemove,
    MediaPaste,
    // Playing a clip
    ClipPlayPause,
    ClipSecondBack,
    ClipSecondOn,
    ClipFrameBack,
    ClipFrameOn,
    ClipStart,
    ClipEnd,
    // Story list and Gallery
    StoryOpen,
    StoryTrash,
    TrashRestore,
    // Export
    ExportRun,
    ExportCopyHtml,
    ExportCopyMarkdown,
    ExportCopyWordPress,
};

struct WidgetKeyEntry
{
    WidgetKey key;
    QList<QKeySequence> sequences; // the first is the one a tooltip names
    const char *what; // in the "Spill::ShortcutsDialog" translation context
};

struct WidgetKeyGroup
{
    const char *name; // in the "Spill::ShortcutsDialog" translation context
    QList<WidgetKeyEntry> entries;
};

const QList<WidgetKeyGroup> &widgetKeyGroups();
QList<QKeySequence> widgetKeySequences(WidgetKey key);

// True when `event` presses one of `key`'s sequences: the same key with
// the same modifiers (the keypad's own modifier aside, so Enter on the
// keypad is Return).
bool isWidgetKey(const QKeyEvent *event, WidgetKey key);

} // namespace Spill
