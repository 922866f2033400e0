// SPDX-License-Identifier: GPL-3.0-or-later
// The Write place's layout: the list beside the page (editor or welcome),
// the read-only banner, the footer with the save status, messages, language
// and history, and the place's keyboard actions. What the parts do is wired
// to StoryController and the place's handlers here, and done elsewhere.
#include "editor/changesedit.h"
#include "editor/coachpanel.h"
#include "editor/fixedrecipeedit.h"
#include "editor/metadatapanel.h"
#include "editor/redemptionedit.h"
#include "editor/storyeditor.h"
#include "editor/welcomepanel.h"
#include "library/libraryservice.h"
#include "messagebar.h"
#include "savestatus.h"
#include "shell/startuptrace.h"
#include "shell/workspace.h"
#include "spellmenu.h"
#include "storycontroller.h"
#include "storylistmodel.h"
#include "storylistpanel.h"
#include "trashpreview.h"
#include "writeplace.h"
#include "writing/markdownhighlighter.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Spill {

namespace {

constexpr int CoachDelayMs = 300;
constexpr int PositionDelayMs = 1000;

} // namespace

void WritePlace::buildUi()
{
    m_list = new StoryListPanel(m_workspace.service());
    m_list->setReadOnly(m_readOnly);
    connect(m_list, &StoryListPanel::openRequested, this, &WritePlace::openStory);
    connect(m_list, &StoryListPanel::newRequested, this, &WritePlace::newStory);
    connect(m_list, &StoryListPanel::duplicateRequested, this, &WritePlace::duplicateStory);
    connect(m_list, &StoryListPanel::trashRequested, this, &WritePlace::trashStory);
    connect(m_list, &StoryListPanel::restoreRequested, this, &WritePlace::restoreStory);
    connect(m_list, &StoryListPanel::emptyTrashRequested, this, &WritePlace::emptyTrash);
    connect(m_list, &StoryListPanel::trashShown, this, &WritePlace::showTrash);
    connect(m_list, &StoryListPanel::trashCurrentChanged, this, &WritePlace::previewTrashed);
    // "The trash is empty" or "Select a story" follows the trash's rows.
    const auto trashRowsChanged = [this] {
        if (m_pages->currentWidget() == m_trashPreview && m_trashShown == 0)
            previewTrashed(0, {});
    };
    StoryListModel *trash = m_list->trashModel();
    connect(trash, &StoryListModel::pageLoaded, this, trashRowsChanged);
    connect(trash, &QAbstractItemModel::rowsInserted, this, trashRowsChanged);
    connect(trash, &QAbstractItemModel::rowsRemoved, this, trashRowsChanged);
    connect(m_controller, &StoryController::documentShown, this, &WritePlace::showDocument);
    connect(m_controller, &StoryController::documentChanged, this, &WritePlace::onDocumentChanged);
    connect(m_controller, &StoryController::loadFailed, this, &WritePlace::onLoadFailed);
    connect(m_controller, &StoryController::noStories, this, [this] {
        // Nothing to reopen: forget a story that went to the trash.
        m_session.save(0, {});
        m_savedStoryId = 0;
        m_savedPosition.clear();
        showWelcome();
    });
    connect(m_controller, &StoryController::storyCreated, this, &WritePlace::onStoryCreated);
    connect(m_controller, &StoryController::versionSaved, this,
            [this] { showMessage(tr("Version saved. Find it under History.")); });
    connect(m_controller, &StoryController::versionFailed, this, [this](const QString &error) {
        showMessage(tr("Could not save a version: %1").arg(error));
    });
    connect(&m_workspace.service(), &LibraryService::tagsChanged, this,
            &WritePlace::loadTagSuggestions);
    // The story on show trashed in another place (the Gallery) or deleted
    // for good: the newest one takes its place.
    connect(&m_workspace.service(), &LibraryService::storyChanged, this,
            [this](const StorySummary &summary) {
                if (summary.trashedAt.isValid() && summary.id == currentStoryId() &&
                    !isShowingWelcome()) {
                    savePosition();
                    m_controller->close();
                    showEmptyState();
                }
            });
    connect(&m_workspace.service(), &LibraryService::storiesDeleted, this,
            [this](const QList<qint64> &ids) {
                const bool shown = ids.contains(currentStoryId());
                m_controller->forget(ids);
                if (shown)
                    showEmptyState();
            });
    connect(&m_workspace.service(), &LibraryService::commandFailed, this,
            [this](const QString &error) { showMessage(error); });
    connect(&m_workspace, &Workspace::openStoryRequested, this, &WritePlace::openStory);
    connect(&m_workspace, &Workspace::tagAdded, this, &WritePlace::adoptTag);

    traceStartup("write place: editor begin");
    m_editor = new StoryEditor;
    traceStartup("write place: editor made");
    // Importing writes into the library's media folder: not in a read-only library.
    if (!m_readOnly)
        m_editor->enableMedia(&m_workspace.mediaStore(), &m_workspace.thumbnails());
    traceStartup("write place: media enabled");
    m_coach = new CoachPanel;
    // Long findings in a narrow column wrap into many lines: they scroll
    // rather than squeeze into each other.
    auto *coachScroll = new QScrollArea;
    coachScroll->setFrameShape(QFrame::NoFrame);
    coachScroll->setWidgetResizable(true);
    // Its words wrap to the column; one that cannot wrap and is wider than
    // a narrow column (a French "« Sauvetage »") is reached by scrolling
    // sideways, never cut off, and never widens the window past the screen.
    coachScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    coachScroll->setBackgroundRole(QPalette::Window);
    coachScroll->setWidget(m_coach);
    m_editor->coachArea()->layout()->addWidget(coachScroll);
    m_editor->coachArea()->setVisible(true);
    connect(m_coach, &CoachPanel::jumpRequested, this, &WritePlace::jumpTo);

    m_spellMenu = new SpellMenu(this);
    connect(m_spellMenu, &SpellMenu::failed, this, [this](const QString &error) {
        showMessage(tr("Could not add the word: %1").arg(error));
    });
    for (Beat beat : AllBeats) {
        QPlainTextEdit *beatEditor = m_editor->beatEditor(beat);
        auto *highlighter = new MarkdownHighlighter(beatEditor->document(), palette());
        m_highlighters.at(static_cast<std::size_t>(beatIndex(beat))) = highlighter;
        m_spellMenu->attach(beatEditor, highlighter);
        beatEditor->setReadOnly(m_readOnly);
    }
    if (m_readOnly)
        m_editor->metadata()->setEnabled(false);
    m_editor->changesEdit()->setReadOnly(m_readOnly);
    m_editor->fixedRecipeEdit()->setReadOnly(m_readOnly);
    m_editor->redemptionEdit()->setReadOnly(m_readOnly);
    connect(m_editor->redemptionEdit(), &RedemptionEdit::linkRequested, this,
            &WritePlace::linkRedemption);

    m_welcome = new WelcomePanel;
    m_welcome->startButton()->setEnabled(!m_readOnly);
    m_welcome->sampleButton()->setEnabled(!m_readOnly);
    connect(m_welcome, &WelcomePanel::startRequested, this, &WritePlace::newStory);
    connect(m_welcome, &WelcomePanel::sampleRequested, this, &WritePlace::addSampleStory);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    const int line = fontMetrics().height();
    m_banner->setContentsMargins(line, line / 2, line, line / 2);
    m_banner->setText(tr("This library is open read-only, so nothing you type can be saved. %1")
                          .arg(m_workspace.readOnlyMessage()));
    m_banner->setAccessibleName(tr("Read-only library"));
    m_banner->setVisible(m_readOnly);

    // A story selected in the trash is shown here, read-only, with Restore.
    m_trashPreview = new TrashPreview;
    m_trashPreview->setReadOnly(m_readOnly);
    connect(m_trashPreview, &TrashPreview::restoreRequested, this, [this](qint64 id) {
        restoreStory(id);
        m_list->showTrash(false);
        openStory(id);
    });

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_trashPreview);

    auto *main = new QVBoxLayout;
    main->setContentsMargins(0, 0, 0, 0);
    main->setSpacing(0);
    main->addWidget(m_banner);
    main->addWidget(m_pages, 1);
    main->addLayout(buildFooter());

    auto edge = new QFrame;
    edge->setFrameShape(QFrame::VLine);
    edge->setFrameShadow(QFrame::Plain);
    edge->setForegroundRole(QPalette::Mid);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(edge);
    layout->addLayout(main, 1);

    m_coachTimer = new QTimer(this);
    m_coachTimer->setSingleShot(true);
    m_coachTimer->setInterval(CoachDelayMs);
    connect(m_coachTimer, &QTimer::timeout, this, &WritePlace::updateCoach);

    // The position is written a second after the cursor stops, so a killed
    // Spill reopens at most a second's travel away.
    m_positionTimer = new QTimer(this);
    m_positionTimer->setSingleShot(true);
    m_positionTimer->setInterval(PositionDelayMs);
    connect(m_positionTimer, &QTimer::timeout, this, &WritePlace::savePosition);
    for (Beat beat : AllBeats)
        connect(m_editor->beatEditor(beat), &QPlainTextEdit::cursorPositionChanged, m_positionTimer,
                qOverload<>(&QTimer::start));
    connect(m_editor->metadata()->titleEdit(), &QLineEdit::cursorPositionChanged, m_positionTimer,
            qOverload<>(&QTimer::start));
    connect(m_editor, &StoryEditor::currentBeatChanged, m_positionTimer,
            qOverload<>(&QTimer::start));
}

QLayout *WritePlace::buildFooter()
{
    m_status = new SaveStatus;
    connect(m_controller, &StoryController::saved, m_status, &SaveStatus::setSaved);
    connect(m_controller, &StoryController::saveFailed, m_status, &SaveStatus::setFailed);
    m_messages = new MessageBar;
    m_messages->setUndoStack(m_workspace.libraryUndoStack());
    connect(m_messages, &MessageBar::undoRequested, m_workspace.libraryUndoStack(),
            &QUndoStack::undo);
    // A story trashed here comes back into the editor when that is undone,
    // whichever way: the message's Undo, Ctrl+Z, the Edit menu.
    connect(m_workspace.libraryUndoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        const qint64 id = m_lastTrashed;
        if (id != 0 && index == m_lastTrashedAt - 1) {
            m_lastTrashed = 0;
            openStory(id); // the restore is queued first, so it reads back restored
        } else if (index != m_lastTrashedAt) {
            m_lastTrashed = 0;
        }
    });

    m_languages = new QComboBox;
    m_languages->setAccessibleName(tr("Spelling language of this story"));
    m_languages->setToolTip(tr("Spelling language of this story"));
    m_languages->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languages->setEnabled(false);
    m_languages->setVisible(false);
    connect(m_languages, &QComboBox::activated, this, &WritePlace::chooseLanguage);
    m_history = new QPushButton(tr("History…"));
    m_history->setFlat(true);
    m_history->setAccessibleName(tr("Story history"));
    m_history->setToolTip(tr("Earlier versions of this story"));
    connect(m_history, &QPushButton::clicked, this, &WritePlace::showRevisions);

    const int line = fontMetrics().height();
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(line, line / 4, line / 2, line / 4);
    footer->addWidget(m_status, 1);
    footer->addWidget(m_messages);
    footer->addSpacing(line);
    footer->addWidget(m_languages);
    footer->addWidget(m_history);
    return footer;
}

void WritePlace::createActions()
{
    auto add = [this](const char *name, const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1StringView(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add("newStory", tr("&New Story"), QKeySequence::New, &WritePlace::newStory)
        ->setEnabled(!m_readOnly);
    add("saveVersion", tr("Save a &Version"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        &WritePlace::saveRevision)
        ->setEnabled(!m_readOnly);
    add("storyHistory", tr("Story &History…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
        &WritePlace::showRevisions);
    add("goToStoryList", tr("Go to the Story &List"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        m_list->showTrash(false);
        m_list->storiesView()->setFocus(Qt::ShortcutFocusReason);
    });
}

} // namespace Spill
