// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"
#include "editorposition.h"
#include "story/story.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <array>

class QAction;
class QPlainTextEdit;
class QScrollArea;
class QTimer;

namespace Spill {

class BeatEdit;
class BeatSection;
class BeatStepList;
class ChangesEdit;
class EvidenceTimelineView;
class FixedRecipeEdit;
class RedemptionEdit;
class FindBar;
class MediaItemEditor;
class MediaStore;
class MediaStrip;
class MetadataPanel;
class SignaturePair;
class StoryMedia;
class ThumbnailCache;

// The Write place's editor for one story: its details on top, then the five
// beats on one scrolling page with a readable column, the steps beside it
// and room for the coach. A view of a StoryDocument: every edit goes to the
// document as an undoable command, and the document's changes (an undo, a
// redo) come back to the fields. Saving is someone else's.
class StoryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StoryEditor(QWidget *parent = nullptr);

    // Shows the document and edits it from now on. It must outlive the
    // editor or be replaced first. Emits no storyEdited().
    void setDocument(StoryDocument *document);
    StoryDocument *document() const { return m_document; }
    // Shows the story in a document of the editor's own, as a fresh start
    // with no undo history.
    void setStory(const Story &story);
    Story story() const;

    // Tags already used in the library, offered while typing a tag.
    void setTagSuggestions(const QStringList &tags);

    // Edit ▸ Find: opens the find bar with the selected words.
    void showFind();
    // Selects the next (or previous) match of `text` in the beats after
    // (before) the cursor, going round; false when there is none.
    bool find(const QString &text, bool backward = false);
    FindBar *findBar() const { return m_findBar; }

    void focusTitle();
    void focusBeat(Beat beat);
    // Opens the beat from its start: its heading at the top of the page and
    // the cursor before its first word (a step clicked in the step list).
    void showBeatFromStart(Beat beat);
    // Selects the story's media item `index` in its beat's strip and puts
    // the cursor in its alt text (the coach's "Describe photo 1").
    void focusMediaAltText(int index);
    // Selects the photo and puts the cursor where the creator says why its
    // "edited" mark is off (or on the mark itself).
    void focusMediaEditedMark(int index);
    // The beat being written, or the last one that was.
    Beat currentBeat() const { return m_currentBeat; }

    // The field and cursor the creator was last typing in.
    EditorPosition position() const;
    void setPosition(const EditorPosition &position);

    // Shows the story's photos and clips: a strip under each beat and the
    // dream/reality pair above the beats. Media edits then land in story()
    // and emit storyEdited(). Both must outlive the editor. Once only.
    void enableMedia(MediaStore *store, ThumbnailCache *thumbnails);
    MediaStrip *mediaStrip(Beat beat) const; // null until enableMedia()
    SignaturePair *signaturePair() const { return m_signature; }

    // Seams for the parts built around the editor.
    QPlainTextEdit *beatEditor(Beat beat) const; // highlighter, spell checker
    QWidget *coachArea() const { return m_coachArea; } // hidden until given content
    QWidget *mediaArea(Beat beat) const; // a QHBoxLayout, empty for now
    // "Go to beat" actions (Ctrl+1…Ctrl+5), active while focus is in the editor.
    QList<QAction *> beatActions() const { return m_beatActions; }

    MetadataPanel *metadata() const { return m_metadata; }
    ChangesEdit *changesEdit() const { return m_changes; }
    FixedRecipeEdit *fixedRecipeEdit() const { return m_fixedRecipe; }
    RedemptionEdit *redemptionEdit() const { return m_redemption; }
    BeatStepList *stepList() const { return m_steps; }
    BeatSection *section(Beat beat) const;

signals:
    // Every change the creator makes, as it happens. Cheap to emit; whoever
    // saves should debounce.
    void storyEdited();
    void currentBeatChanged(Spill::Beat beat);
    // setDocument() or setStory() showed another document.
    void documentChanged(Spill::StoryDocument *document);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildTabOrder();
    void updateProgress(Beat beat);
    void scheduleProgress(Beat beat);
    void updateDirtyProgress();
    void updateColumnWidth();
    void noteFocus(QWidget *widget);
    void revealCursor(BeatEdit *editor);
    void setCurrentBeat(Beat beat);
    // Selects the story's media item `index` in its strip and returns that
    // strip's item editor; null (after showing its beat) without strips.
    MediaItemEditor *selectMedia(int index);
    void focusField(QWidget *target);
    void showDocument();
    void showBeatEdit(Beat beat, int position, int removed, const QString &inserted);

    StoryDocument *m_ownDocument = nullptr; // for setStory()
    QPointer<StoryDocument> m_document;
    QList<QMetaObject::Connection> m_documentConnections;
    bool m_typing = false; // a beat is handing its own edit to the document
    StoryMedia *m_media = nullptr; // the story's media while enableMedia() is on
    std::array<MediaStrip *, BeatCount> m_strips {};
    SignaturePair *m_signature = nullptr;
    MetadataPanel *m_metadata = nullptr;
    ChangesEdit *m_changes = nullptr; // under "What went wrong"
    EvidenceTimelineView *m_timeline = nullptr; // under the changes
    FixedRecipeEdit *m_fixedRecipe = nullptr; // under "Lesson"
    RedemptionEdit *m_redemption = nullptr; // under the fixed recipe
    std::array<BeatSection *, BeatCount> m_sections {};
    BeatStepList *m_steps = nullptr;
    QScrollArea *m_scroll = nullptr;
    FindBar *m_findBar = nullptr;
    QWidget *m_column = nullptr;
    QWidget *m_coachArea = nullptr;
    QList<QAction *> m_beatActions;
    QWidget *m_lastField = nullptr;
    QTimer *m_progressTimer = nullptr;
    std::array<bool, BeatCount> m_progressDirty {};
    Beat m_currentBeat = Beat::Intended;
    bool m_loading = false;
};

} // namespace Spill
