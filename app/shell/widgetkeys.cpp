// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetkeys.h"

#include <QCoreApplication>
#include <QKeyEvent>

#include <algorithm>

namespace Spill {

namespace {

QKeySequence keys(const char *text)
{
    return QKeySequence(QString::fromLatin1(text));
}

} // namespace

const QList<WidgetKeyGroup> &widgetKeyGroups()
{
    static const QList<WidgetKeyGroup> groups = {
        {QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Writing a beat"),
         {{WidgetKey::Bold, {keys("Ctrl+B")}, QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Bold")},
          {WidgetKey::Italic,
           {keys("Ctrl+I")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Italic")},
          {WidgetKey::Link, {keys("Ctrl+K")}, QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Link")},
          {WidgetKey::BeatAbove,
           {keys("Up")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "On the first line: the beat above")},
          {WidgetKey::BeatBelow,
           {keys("Down")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "On the last line: the beat below")},
          {WidgetKey::HeadingChoices,
           {keys("Alt+Down")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog",
                             "On a beat's heading: suggestions, or no heading")},
          {WidgetKey::GoToBeat,
           {keys("Ctrl+1"), keys("Ctrl+2"), keys("Ctrl+3"), keys("Ctrl+4"), keys("Ctrl+5")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Go to the story's step 1 to 5")}}},
        {QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Photos and clips of a beat"),
         {{WidgetKey::MediaPrevious,
           {keys("Left")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Previous photo or clip")},
          {WidgetKey::MediaNext,
           {keys("Right")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Next photo or clip")},
          {WidgetKey::MediaFirst,
           {keys("Home")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "First photo or clip")},
          {WidgetKey::MediaLast,
           {keys("End")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Last photo or clip")},
          {WidgetKey::MediaEarlier,
           {keys("Ctrl+Left")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Move it earlier")},
          {WidgetKey::MediaLater,
           {keys("Ctrl+Right")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Move it later")},
          {WidgetKey::MediaOpen,
           {keys("Return"), keys("Space")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog",
                             "Play a clip; for a photo, write its alt text")},
          {WidgetKey::MediaRemove,
           {keys("Del"), keys("Backspace")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Remove from the story")},
          {WidgetKey::MediaPaste, QKeySequence::keyBindings(QKeySequence::Paste),
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Paste a copied photo")}}},
        {QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Playing a clip"),
         {{WidgetKey::ClipPlayPause,
           {keys("Space")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Play or pause")},
          {WidgetKey::ClipSecondBack,
           {keys("Left")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "One second back")},
          {WidgetKey::ClipSecondOn,
           {keys("Right")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "One second on")},
          {WidgetKey::ClipFrameBack,
           {keys("Shift+Left")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "A frame back")},
          {WidgetKey::ClipFrameOn,
           {keys("Shift+Right")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "A frame on")},
          {WidgetKey::ClipStart,
           {keys("Home")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "To the start")},
          {WidgetKey::ClipEnd,
           {keys("End")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "To the end")}}},
        {QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Story list and Gallery"),
         {{WidgetKey::StoryOpen,
           {keys("Return")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Open the story")},
          {WidgetKey::StoryTrash,
           {keys("Del")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Move to the trash")},
          {WidgetKey::TrashRestore,
           {keys("Return")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "In the trash: restore")}}},
        {QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Export"),
         {{WidgetKey::ExportRun,
           {keys("Ctrl+E")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Export the checked stories")},
          {WidgetKey::ExportCopyHtml,
           {keys("Ctrl+Shift+C")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Copy HTML")},
          {WidgetKey::ExportCopyMarkdown,
           {keys("Ctrl+Shift+M")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Copy Markdown")},
          {WidgetKey::ExportCopyWordPress,
           {keys("Ctrl+Shift+W")},
           QT_TRANSLATE_NOOP("Spill::ShortcutsDialog", "Copy for WordPress")}}},
    };
    return groups;
}

QList<QKeySequence> widgetKeySequences(WidgetKey key)
{
    for (const WidgetKeyGroup &group : widgetKeyGroups()) {
        for (const WidgetKeyEntry &entry : group.entries) {
            if (entry.key == key)
                return entry.sequences;
        }
    }
    return {};
}

bool isWidgetKey(const QKeyEvent *event, WidgetKey key)
{
    const Qt::Key pressed = event->key() == Qt::Key_Enter ? Qt::Key_Return : Qt::Key(event->key());
    const QKeyCombination combination(event->modifiers() & ~Qt::KeypadModifier, pressed);
    const QList<QKeySequence> sequences = widgetKeySequences(key);
    return std::any_of(sequences.cbegin(), sequences.cend(), [&](const QKeySequence &sequence) {
        return sequence.count() == 1 && sequence[0] == combination;
    });
}

} // namespace Spill
