// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyeditor.h"

#include "beatedit.h"
#include "beatsection.h"
#include "beatsteplist.h"
#include "changesedit.h"
#include "document/storydocument.h"
#include "evidencetimelineview.h"
#include "findbar.h"
#include "fixedrecipeedit.h"
#include "headingedit.h"
#include "media/mediaitemeditor.h"
#include "media/mediastrip.h"
#include "media/mediastripview.h"
#include "media/signaturepair.h"
#include "media/storymedia.h"
#include "metadatapanel.h"
#include "redemptionedit.h"
#include "shell/widgetkeys.h"
#include "story/beatprogress.h"
#include "tagedit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Spill {

namespace {

// Characters per line of the text column: the readable measure for prose.
constexpr int ColumnCharacters = 74;
// Beats longer than this have their words counted after a pause in typing
// instead of on every key, so a huge pasted beat does not drag each key.
constexpr int CountOnEveryKeyLimit = 50'000;
constexpr int CountAfterPauseMs = 250;

// The story's fields have no undo of their own: Ctrl+Z and Ctrl+Shift+Z in
// any of them (line edits, beats, the media details) must reach the Edit
// menu's Undo and Redo, which undo the story document. Line and text edits
// claim those keys before shortcuts see them; this turns the claim down.
class UndoKeyRouter : public QObject
{
public:
    explicit UndoKeyRouter(QWidget *editor)
        : QObject(editor)
        , m_editor(editor)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        // Not accepted, so the key goes on to the shortcuts.
        return widget && m_editor->isAncestorOf(widget);
    }

private:
    QWidget *m_editor;
};

} // namespace

StoryEditor::StoryEditor(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Story editor"));
    const int line = fontMetrics().height();

    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(CountAfterPauseMs);
    connect(m_progressTimer, &QTimer::timeout, this, &StoryEditor::updateDirtyProgress);

    m_ownDocument = new StoryDocument({}, this);
    new UndoKeyRouter(this);
    m_metadata = new MetadataPanel;

    m_column = new QWidget;
    m_column->setObjectName(QStringLiteral("column"));
    auto *column = new QVBoxLayout(m_column);
    column->setContentsMargins(0, line * 2, 0, line * 6);
    column->setSpacing(0);
    column->addWidget(m_metadata);

    for (Beat beat : AllBeats) {
        auto *beatSection = new BeatSection(beat);
        m_sections.at(std::size_t(beatIndex(beat))) = beatSection;
        column->addSpacing(line * 3);
        column->addWidget(beatSection);
        if (beat == Beat::WentWrong) {
            m_changes = new ChangesEdit;
            column->addSpacing(line);
            column->addWidget(m_changes);
            m_timeline = new EvidenceTimelineView;
            column->addSpacing(line);
            column->addWidget(m_timeline);
        }
        if (beat == Beat::Lesson) {
            m_fixedRecipe = new FixedRecipeEdit;
            column->addSpacing(line);
            column->addWidget(m_fixedRecipe);
            m_redemption = new RedemptionEdit;
            column->addSpacing(line);
            column->addWidget(m_redemption);
        }

        BeatEdit *editor = beatSection->editor();
        editor->installEventFilter(this);
        connect(editor, &BeatEdit::edited, this,
                [this, beat](int position, int removed, const QString &inserted) {
                    scheduleProgress(beat);
                    if (m_loading || !m_document)
                        return;
                    m_typing = true;
                    m_document->editBeat(beat, position, removed, inserted);
                    m_typing = false;
                });
        // Arrow keys run on across beats, as on one continuous page.
        connect(editor, &BeatEdit::leftAbove, this, [this, beat] {
            if (beat == AllBeats.front())
                return;
            const Beat above = AllBeats.at(std::size_t(beatIndex(beat) - 1));
            section(above)->editor()->moveCursor(QTextCursor::End);
            focusBeat(above);
        });
        connect(editor, &BeatEdit::leftBelow, this, [this, beat] {
            if (beat == AllBeats.back())
                return;
            const Beat below = AllBeats.at(std::size_t(beatIndex(beat) + 1));
            section(below)->editor()->moveCursor(QTextCursor::Start);
            focusBeat(below);
        });
        connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this, editor] {
            if (editor->hasFocus())
                revealCursor(editor);
        });
    }
    column->addStretch(1);

    for (QWidget *field : {static_cast<QWidget *>(m_metadata->titleEdit()),
                           static_cast<QWidget *>(m_metadata->dishEdit()),
                           static_cast<QWidget *>(m_metadata->recipeUrlEdit()),
                           static_cast<QWidget *>(m_metadata->tagEdit()),
                           static_cast<QWidget *>(m_metadata->publishedUrlEdit())})
        field->installEventFilter(this);

    // The page is paper: one colour behind the details and every beat,
    // with the text column centred on it.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("page"));
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto *pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(line * 2, 0, line * 2, 0);
    pageLayout->addStretch(1);
    pageLayout->addWidget(m_column, 100);
    pageLayout->addStretch(1);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setAccessibleName(tr("Story page"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->setWidget(page);
    page->installEventFilter(this);

    m_steps = new BeatStepList;
    m_steps->setObjectName(QStringLiteral("steps"));
    connect(m_steps, &BeatStepList::beatActivated, this, &StoryEditor::showBeatFromStart);
    auto *stepColumn = new QWidget;
    auto *steps = new QVBoxLayout(stepColumn);
    steps->setContentsMargins(line / 4, line * 2, line / 4, line);
    steps->addWidget(m_steps, 1);
    stepColumn->setMaximumWidth(m_steps->sizeHint().width() + line);
    // Never narrower than its words: a squeezed list showed "Int… Do…".
    stepColumn->setMinimumWidth(m_steps->minimumWidthForWords() + line / 2);

    m_coachArea = new QWidget;
    m_coachArea->setObjectName(QStringLiteral("coachArea"));
    // A side column of 20 to 36 characters; its text wraps (and a word too
    // long for it scrolls sideways): narrow enough that the Write place in
    // German fits a 1024-pixel screen.
    m_coachArea->setMinimumWidth(fontMetrics().averageCharWidth() * 20 + line);
    m_coachArea->setMaximumWidth(fontMetrics().averageCharWidth() * 36 + line);
    m_coachArea->setAccessibleName(tr("Story coach"));
    auto *coach = new QVBoxLayout(m_coachArea);
    coach->setContentsMargins(line / 2, line * 2, line / 2, line);
    m_coachArea->setVisible(false);

    auto edge = [] {
        auto *frame = new QFrame;
        frame->setFrameShape(QFrame::VLine);
        frame->setFrameShadow(QFrame::Plain);
        frame->setForegroundRole(QPalette::Mid);
        return frame;
    };

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(stepColumn);
    layout->addWidget(edge());
    m_findBar = new FindBar;
    m_findBar->setVisible(false);
    connect(m_findBar, &FindBar::findRequested, this, [this](const QString &text, bool backward) {
        m_findBar->setFound(find(text, backward));
    });
    connect(m_findBar, &FindBar::closed, this, [this] { focusBeat(m_currentBeat); });
    auto *middle = new QVBoxLayout;
    middle->setContentsMargins(0, 0, 0, 0);
    middle->setSpacing(0);
    middle->addWidget(m_findBar);
    middle->addWidget(m_scroll, 1);
    layout->addLayout(middle, 1);
    layout->addWidget(m_coachArea);

    for (Beat beat : AllBeats) {
        auto *action = new QAction(tr("Go to “%1”").arg(beatTitle(beat)), this);
        action->setShortcut(widgetKeySequences(WidgetKey::GoToBeat).value(beatIndex(beat)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, beat] { focusBeat(beat); });
        addAction(action);
        m_beatActions.append(action);
    }

    buildTabOrder();
    updateColumnWidth();
    m_steps->setCurrentBeat(Beat::Intended);
    setStory(Story {});
}

namespace {

// The widgets inside `container` that Tab stops at, in the order it now
// reaches them: for a media strip, its Add button, Cancel and the selected
// item's details. (A widget with a focus proxy is no stop of its own.)
QList<QWidget *> tabStopsIn(QWidget *container)
{
    QList<QWidget *> chain;
    for (QWidget *next = container->nextInFocusChain();
         next != container && container->isAncestorOf(next); next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && !next->focusProxy())
            chain.append(next);
    }
    return chain;
}

} // namespace

void StoryEditor::buildTabOrder()
{
    // In the order of the page: each beat's heading and its suggestions,
    // the example, the photos and clips, then the beat's text.
    QList<QWidget *> chain {m_steps};
    chain += m_metadata->focusChain();
    for (BeatSection *section : m_sections) {
        // The heading whole, with its field and its menu button: left
        // elsewhere in the chain, its focus proxy would make it a stop that
        // jumps back to its field.
        chain << section->heading() << section->exampleToggle();
        if (MediaStrip *strip = m_strips.at(std::size_t(beatIndex(section->beat())))) {
            chain << strip->view();
            for (QWidget *stop : tabStopsIn(strip)) {
                if (stop != strip->view())
                    chain << stop;
            }
        }
        chain << section->editor();
    }
    // setTabOrder() skips a widget that takes no focus now: an empty strip's
    // list, which takes it once it holds a photo, and a heading, which
    // passes it to its field. Each is put in its place all the same.
    QList<QWidget *> noFocus;
    for (QWidget *widget : std::as_const(chain)) {
        if (widget->focusPolicy() == Qt::NoFocus) {
            noFocus.append(widget);
            widget->setFocusPolicy(Qt::TabFocus);
        }
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    for (QWidget *widget : std::as_const(noFocus))
        widget->setFocusPolicy(Qt::NoFocus);
}

void StoryEditor::updateColumnWidth()
{
    // The measure follows the beat text's font, so it stays about
    // ColumnCharacters wide at any font size or screen density.
    const QFontMetrics metrics(section(Beat::Intended)->editor()->font());
    const int indent = fontMetrics().height();
    m_column->setMaximumWidth(metrics.averageCharWidth() * ColumnCharacters + indent);
}

void StoryEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateColumnWidth();
}

void StoryEditor::setDocument(StoryDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    if (document) {
        m_documentConnections = {
            connect(document, &StoryDocument::changed, this,
                    [this] {
                        if (!m_loading)
                            emit storyEdited();
                    }),
            connect(document, &StoryDocument::beatEdited, this, &StoryEditor::showBeatEdit),
            connect(document, &StoryDocument::reset, this, &StoryEditor::showDocument),
        };
    }
    m_metadata->setDocument(document);
    m_changes->setDocument(document);
    m_timeline->setDocument(document);
    m_fixedRecipe->setDocument(document);
    m_redemption->setDocument(document);
    for (BeatSection *section : m_sections)
        section->heading()->setDocument(document);
    if (m_media)
        m_media->setDocument(document);
    showDocument();
    emit documentChanged(document);
}

void StoryEditor::showDocument()
{
    m_loading = true;
    const Story story = m_document ? m_document->story() : Story {};
    for (BeatSection *section : m_sections) {
        section->editor()->setInitialText(story.beat(section->beat()));
        updateProgress(section->beat());
    }
    m_loading = false;
    m_lastField = nullptr;
    m_scroll->verticalScrollBar()->setValue(0);
}

// The document changed a beat's text: an undo, a redo, or an edit from
// elsewhere. The creator's own typing is already on screen.
void StoryEditor::showBeatEdit(Beat beat, int position, int removed, const QString &inserted)
{
    if (m_typing)
        return;
    BeatEdit *editor = section(beat)->editor();
    m_loading = true;
    editor->applyEdit(position, removed, inserted);
    m_loading = false;
    scheduleProgress(beat);
    // Undoing from inside the story shows where the text changed.
    if (isAncestorOf(QApplication::focusWidget()))
        focusBeat(beat);
}

void StoryEditor::setStory(const Story &story)
{
    m_ownDocument->replace(story);
    if (m_document != m_ownDocument)
        setDocument(m_ownDocument);
}

Story StoryEditor::story() const
{
    return m_document ? m_document->story() : Story {};
}

void StoryEditor::enableMedia(MediaStore *store, ThumbnailCache *thumbnails)
{
    if (m_media || !store)
        return;
    m_media = new StoryMedia(this);
    m_media->setDocument(m_document);
    for (Beat beat : AllBeats) {
        auto *strip = new MediaStrip(beat, m_media, *store, thumbnails);
        strip->setPasteTarget(section(beat)->editor());
        mediaArea(beat)->layout()->addWidget(strip);
        m_strips.at(std::size_t(beatIndex(beat))) = strip;
    }
    buildTabOrder();

    // The intended-vs-actual figure heads the beats it illustrates.
    m_signature = new SignaturePair(m_media, thumbnails);
    connect(m_signature, &SignaturePair::addRequested, this, [this](MediaRole role) {
        mediaStrip(role == MediaRole::Dream ? Beat::Intended : Beat::WentWrong)->chooseFiles(role);
    });
    auto *column = static_cast<QVBoxLayout *>(m_column->layout());
    const int afterMetadata = column->indexOf(m_metadata) + 1;
    column->insertSpacing(afterMetadata, fontMetrics().height() * 2);
    column->insertWidget(afterMetadata + 1, m_signature);
}

MediaStrip *StoryEditor::mediaStrip(Beat beat) const
{
    return m_strips.at(std::size_t(beatIndex(beat)));
}

void StoryEditor::setTagSuggestions(const QStringList &tags)
{
    m_metadata->setTagSuggestions(tags);
}

void StoryEditor::scheduleProgress(Beat beat)
{
    if (section(beat)->editor()->document()->characterCount() <= CountOnEveryKeyLimit) {
        updateProgress(beat);
        return;
    }
    m_progressDirty.at(std::size_t(beatIndex(beat))) = true;
    m_progressTimer->start();
}

void StoryEditor::updateDirtyProgress()
{
    for (Beat beat : AllBeats) {
        if (std::exchange(m_progressDirty.at(std::size_t(beatIndex(beat))), false))
            updateProgress(beat);
    }
}

void StoryEditor::updateProgress(Beat beat)
{
    m_progressDirty.at(std::size_t(beatIndex(beat))) = false;
    const QString text = section(beat)->editor()->toPlainText();
    m_steps->setProgress(beat, beatProgress(text), beatWordCount(text));
}

bool StoryEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        noteFocus(qobject_cast<QWidget *>(watched));
    // The page never scrolls sideways: keep the area at least as wide as
    // the page needs, so the columns beside it give way instead of the
    // form being cut off.
    if (event->type() == QEvent::LayoutRequest && watched == m_scroll->widget()) {
        const int needed = m_scroll->widget()->minimumSizeHint().width() +
            m_scroll->verticalScrollBar()->sizeHint().width();
        if (m_scroll->minimumWidth() != needed)
            m_scroll->setMinimumWidth(needed);
    }
    return QWidget::eventFilter(watched, event);
}

void StoryEditor::noteFocus(QWidget *widget)
{
    if (!widget)
        return;
    // Typing after coming back to a field is a new undo step.
    if (m_document && widget != m_lastField)
        m_document->breakMerge();
    m_lastField = widget;
    for (const BeatSection *section : m_sections) {
        if (section->editor() == widget)
            setCurrentBeat(section->beat());
    }
}

} // namespace Spill
