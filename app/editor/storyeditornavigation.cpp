// SPDX-License-Identifier: GPL-3.0-or-later
// Moving around the story editor: find, focusing the title, a beat or a
// photo's alt text, the current beat, and the position kept between
// sessions.
#include "beatedit.h"
#include "beatsection.h"
#include "beatsteplist.h"
#include "document/storydocument.h"
#include "findbar.h"
#include "media/mediaitemeditor.h"
#include "media/mediastrip.h"
#include "metadatapanel.h"
#include "storyeditor.h"
#include "tagedit.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>

namespace Spill {

void StoryEditor::showFind()
{
    const QString selected = section(m_currentBeat)->editor()->textCursor().selectedText();
    m_findBar->activate(selected.contains(QChar::ParagraphSeparator) ? QString() : selected);
}

bool StoryEditor::find(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    // From the cursor in the current beat on, through the other beats, and
    // round to the current beat's other side.
    const int start = beatIndex(m_currentBeat);
    for (int step = 0; step <= BeatCount; ++step) {
        const int at =
            ((backward ? start - step : start + step) % BeatCount + BeatCount) % BeatCount;
        const Beat beat = AllBeats.at(std::size_t(at));
        BeatEdit *editor = section(beat)->editor();
        QTextCursor from = editor->textCursor();
        if (step > 0)
            from.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        const QTextCursor found = editor->document()->find(text, from, flags);
        if (found.isNull())
            continue;
        editor->setTextCursor(found);
        setCurrentBeat(beat);
        revealCursor(editor);
        return true;
    }
    return false;
}

void StoryEditor::focusTitle()
{
    m_metadata->titleEdit()->setFocus(Qt::ShortcutFocusReason);
    m_scroll->verticalScrollBar()->setValue(0);
}

void StoryEditor::focusBeat(Beat beat)
{
    BeatEdit *editor = section(beat)->editor();
    editor->setFocus(Qt::ShortcutFocusReason);
    setCurrentBeat(beat);
    revealCursor(editor);
}

void StoryEditor::showBeatFromStart(Beat beat)
{
    BeatSection *shown = section(beat);
    BeatEdit *editor = shown->editor();
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::Start);
    editor->setTextCursor(cursor);
    editor->setFocus(Qt::ShortcutFocusReason);
    setCurrentBeat(beat);
    // Once the page is laid out: the section, its heading first, at the top.
    QMetaObject::invokeMethod(
        this,
        [this, shown] {
            const int top = shown->mapTo(m_scroll->widget(), QPoint(0, 0)).y();
            m_scroll->verticalScrollBar()->setValue(top - fontMetrics().height() / 2);
        },
        Qt::QueuedConnection);
}

MediaItemEditor *StoryEditor::selectMedia(int index)
{
    const QList<MediaItem> &media = m_document ? m_document->story().media : QList<MediaItem>();
    if (index < 0 || index >= media.size())
        return nullptr;
    const Beat beat = media.at(index).beat;
    MediaStrip *strip = mediaStrip(beat);
    if (!strip) {
        focusBeat(beat);
        return nullptr;
    }
    // The strip shows its beat's items in the story's order.
    int slot = 0;
    for (int i = 0; i < index; ++i)
        slot += media.at(i).beat == beat ? 1 : 0;
    setCurrentBeat(beat);
    strip->selectSlot(slot);
    return strip->itemEditor();
}

void StoryEditor::focusField(QWidget *target)
{
    target->setFocus(Qt::ShortcutFocusReason);
    QMetaObject::invokeMethod(
        this,
        [this, target] { m_scroll->ensureWidgetVisible(target, 0, fontMetrics().height() * 4); },
        Qt::QueuedConnection);
}

void StoryEditor::focusMediaAltText(int index)
{
    if (MediaItemEditor *editor = selectMedia(index)) {
        QLineEdit *alt = editor->altEdit();
        focusField(alt->isEnabled() ? static_cast<QWidget *>(alt) : editor->decorativeBox());
    }
}

void StoryEditor::focusMediaEditedMark(int index)
{
    if (MediaItemEditor *editor = selectMedia(index)) {
        QLineEdit *reason = editor->editedReasonEdit();
        focusField(reason->isVisibleTo(editor) ? static_cast<QWidget *>(reason)
                                               : editor->editedMarkBox());
    }
}

void StoryEditor::setCurrentBeat(Beat beat)
{
    m_steps->setCurrentBeat(beat);
    if (beat == m_currentBeat)
        return;
    m_currentBeat = beat;
    emit currentBeatChanged(beat);
}

EditorPosition StoryEditor::position() const
{
    EditorPosition position;
    if (auto *editor = qobject_cast<BeatEdit *>(m_lastField)) {
        position.field = EditorPosition::Field::Beat;
        for (const BeatSection *section : m_sections) {
            if (section->editor() == editor)
                position.beat = section->beat();
        }
        position.cursor = editor->textCursor().position();
        return position;
    }
    auto *line = qobject_cast<QLineEdit *>(m_lastField);
    if (!line)
        return position;
    if (line == m_metadata->dishEdit())
        position.field = EditorPosition::Field::Dish;
    else if (line == m_metadata->recipeUrlEdit())
        position.field = EditorPosition::Field::RecipeUrl;
    else if (line == m_metadata->tagEdit())
        position.field = EditorPosition::Field::Tags;
    else if (line == m_metadata->publishedUrlEdit())
        position.field = EditorPosition::Field::PublishedUrl;
    position.cursor = line->cursorPosition();
    return position;
}

void StoryEditor::setPosition(const EditorPosition &position)
{
    using Field = EditorPosition::Field;
    if (position.field == Field::Beat) {
        BeatEdit *editor = section(position.beat)->editor();
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(
            std::clamp(position.cursor, 0, editor->document()->characterCount() - 1));
        editor->setTextCursor(cursor);
        focusBeat(position.beat);
        return;
    }
    QLineEdit *line = m_metadata->titleEdit();
    switch (position.field) {
    case Field::Dish:
        line = m_metadata->dishEdit();
        break;
    case Field::RecipeUrl:
        line = m_metadata->recipeUrlEdit();
        break;
    case Field::Tags:
        line = m_metadata->tagEdit();
        break;
    case Field::PublishedUrl:
        // Hidden unless the story is published; the title is the next best.
        if (m_metadata->publishedUrlEdit()->isVisibleTo(this))
            line = m_metadata->publishedUrlEdit();
        break;
    case Field::Title:
    case Field::Beat:
        break;
    }
    line->setCursorPosition(std::clamp(position.cursor, 0, int(line->text().size())));
    line->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(line);
}

QPlainTextEdit *StoryEditor::beatEditor(Beat beat) const
{
    return section(beat)->editor();
}

QWidget *StoryEditor::mediaArea(Beat beat) const
{
    return section(beat)->mediaArea();
}

BeatSection *StoryEditor::section(Beat beat) const
{
    return m_sections.at(std::size_t(beatIndex(beat)));
}

void StoryEditor::revealCursor(BeatEdit *editor)
{
    // The editor may just have grown; let the page lay out first so the
    // cursor's place on the page is where it will be drawn.
    QMetaObject::invokeMethod(
        this,
        [this, editor] {
            const QRect cursor = editor->cursorRect();
            const QPoint onPage = editor->viewport()->mapTo(m_scroll->widget(), cursor.center());
            const int margin = editor->fontMetrics().height() * 4;
            m_scroll->ensureVisible(onPage.x(), onPage.y(), 0, margin);
        },
        Qt::QueuedConnection);
}

} // namespace Spill
