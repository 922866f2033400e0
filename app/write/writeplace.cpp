// SPDX-License-Identifier: GPL-3.0-or-later
#include "writeplace.h"

#include "document/storydocument.h"
#include "document/storydocuments.h"
#include "editor/coachpanel.h"
#include "editor/metadatapanel.h"
#include "editor/storyeditor.h"
#include "editor/tagedit.h"
#include "editor/welcomepanel.h"
#include "library/autosaver.h"
#include "revisionsdialog.h"
#include "savestatus.h"
#include "shell/startuptrace.h"
#include "shell/workspace.h"
#include "spellmenu.h"
#include "storylistmodel.h"
#include "storylistpanel.h"
#include "writing/markdownhighlighter.h"
#include "writing/spellchecker.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Spill {

namespace {

constexpr int CoachDelayMs = 300;
constexpr int PositionDelayMs = 1000;
constexpr int MessageMs = 10000;

} // namespace

WritePlace::WritePlace(Workspace &workspace, QWidget *parent)
    : WritePlace(workspace, Options {}, parent)
{
}

WritePlace::WritePlace(Workspace &workspace, const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_options(options)
    , m_session(workspace.folder(), options.settingsFile)
    , m_readOnly(workspace.isReadOnly())
{
    setObjectName(QStringLiteral("writePlace"));
    setAccessibleName(tr("Write"));
    m_documents = new StoryDocuments(this);
    if (m_options.dictionaryPath.isEmpty())
        m_options.dictionaryPath =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            QStringLiteral("/dictionary.txt");

    traceStartup("write place: begin");
    buildUi();
    createActions();
    restoreSession();
    traceStartup("write place: story loaded");
    // The list, the coach and the dictionary wait until the window is up.
    QTimer::singleShot(0, this, &WritePlace::startDeferred);
}

WritePlace::~WritePlace()
{
    flush();
    // Until onSpellLoaded() adopts it, a loaded checker has no owner: still
    // loading, or loaded with the finished signal not yet delivered.
    if (!m_spell) {
        m_spellLoad.waitForFinished();
        if (m_spellLoad.future().resultCount() > 0)
            delete m_spellLoad.result().checker;
    }
    m_sample.waitForFinished();
}

void WritePlace::buildUi()
{
    m_list = new StoryListPanel(m_workspace.library());
    m_list->setReadOnly(m_readOnly);
    connect(m_list, &StoryListPanel::openRequested, this, &WritePlace::openStory);
    connect(m_list, &StoryListPanel::newRequested, this, &WritePlace::newStory);
    connect(m_list, &StoryListPanel::duplicateRequested, this, &WritePlace::duplicateStory);
    connect(m_list, &StoryListPanel::trashRequested, this, &WritePlace::trashStory);
    connect(m_list, &StoryListPanel::restoreRequested, this, &WritePlace::restoreStory);
    connect(m_list, &StoryListPanel::emptyTrashRequested, this, &WritePlace::emptyTrash);
    connect(&m_workspace, &Workspace::storiesChanged, m_list, &StoryListPanel::refresh);
    connect(&m_workspace, &Workspace::openStoryRequested, this, &WritePlace::openStory);
    connect(&m_workspace, &Workspace::tagAdded, this, &WritePlace::adoptTag);

    m_editor = new StoryEditor;
    // Importing writes into the library's media folder: not in a read-only library.
    if (!m_readOnly)
        m_editor->enableMedia(&m_workspace.mediaStore(), &m_workspace.thumbnails());
    connect(m_editor, &StoryEditor::storyEdited, this, &WritePlace::onEdited);
    m_coach = new CoachPanel;
    // Long findings in a narrow column wrap into many lines: they scroll
    // rather than squeeze into each other.
    auto *coachScroll = new QScrollArea;
    coachScroll->setFrameShape(QFrame::NoFrame);
    coachScroll->setWidgetResizable(true);
    coachScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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

    m_welcome = new WelcomePanel;
    m_welcome->startButton()->setEnabled(!m_readOnly);
    m_welcome->sampleButton()->setEnabled(!m_readOnly);
    connect(m_welcome, &WelcomePanel::startRequested, this, &WritePlace::newStory);
    connect(m_welcome, &WelcomePanel::sampleRequested, this, &WritePlace::addSampleStory);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_welcome);

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

    m_status = new SaveStatus;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("writeMessage"));
    m_message->setVisible(false);
    m_undo = new QPushButton(tr("Undo"));
    m_undo->setFlat(true);
    m_undo->setAccessibleName(tr("Undo moving to the trash"));
    m_undo->setVisible(false);
    connect(m_undo, &QPushButton::clicked, this, &WritePlace::undoTrash);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(MessageMs);
    connect(m_messageTimer, &QTimer::timeout, this, [this] {
        m_message->setVisible(false);
        m_undo->setVisible(false);
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

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(line, line / 4, line / 2, line / 4);
    footer->addWidget(m_status, 1);
    footer->addWidget(m_message);
    footer->addWidget(m_undo);
    footer->addSpacing(line);
    footer->addWidget(m_languages);
    footer->addWidget(m_history);

    auto *main = new QVBoxLayout;
    main->setContentsMargins(0, 0, 0, 0);
    main->setSpacing(0);
    main->addWidget(m_banner);
    main->addWidget(m_pages, 1);
    main->addLayout(footer);

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

    connect(&m_sample, &QFutureWatcher<SampleStoryResult>::finished, this, [this] {
        m_welcome->sampleButton()->setEnabled(!m_readOnly);
        const SampleStoryResult result = m_sample.result();
        if (!result.ok()) {
            showMessage(result.error);
            return;
        }
        const qint64 id = m_workspace.library().createStory(result.story);
        if (id == 0) {
            showMessage(
                tr("Could not add the sample story: %1").arg(m_workspace.library().lastError()));
            return;
        }
        emit m_workspace.storiesChanged();
        openStory(id);
        emit sampleStoryAdded(id);
    });
    connect(&m_spellLoad, &QFutureWatcher<SpellLoad>::finished, this, &WritePlace::onSpellLoaded);
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

void WritePlace::restoreSession()
{
    // One story read and one short query: cheap enough before the window
    // shows, and the creator sees their story in the first frame.
    const qint64 id = m_session.storyId();
    if (id != 0 && loadStory(id)) {
        m_pendingPosition = m_session.position();
        m_savedStoryId = id;
        m_savedPosition = m_pendingPosition;
        return;
    }
    m_message->setVisible(false);
    showEmptyState();
}

void WritePlace::showEmptyState()
{
    StoryQuery newest;
    newest.limit = 1;
    const QList<StorySummary> stories = m_workspace.library().listStories(newest);
    if (!stories.isEmpty() && loadStory(stories.first().id)) {
        savePosition();
        return;
    }
    m_document = nullptr;
    m_storyId = 0;
    // Nothing to reopen: forget a story that went to the trash.
    m_session.save(0, {});
    m_savedStoryId = 0;
    m_savedPosition.clear();
    showWelcome();
}

void WritePlace::startDeferred()
{
    m_started = true;
    m_list->refresh();
    m_editor->setTagSuggestions(m_workspace.library().allTags());
    m_list->setCurrentStory(m_storyId);
    updateCoach();
    if (!m_pendingPosition.isEmpty()) {
        if (const auto position = EditorPosition::fromString(m_pendingPosition))
            m_editor->setPosition(*position);
        m_pendingPosition.clear();
    }
    // nuspell reads the dictionary for ~100 ms: on a worker, then the
    // checker moves to this thread.
    const QString language = m_language;
    const QString dictionary = m_options.dictionaryPath;
    QThread *target = thread();
    m_spellLoad.setFuture(QtConcurrent::run([language, dictionary, target] {
        SpellLoad load;
        load.languages = SpellChecker::availableLanguages();
        load.checker =
            new SpellChecker(language.isEmpty() ? SpellChecker::defaultLanguage() : language);
        load.checker->setPersonalDictionaryPath(dictionary);
        load.checker->moveToThread(target);
        return load;
    }));
}

RevisionsDialog *WritePlace::revisionsDialog() const
{
    return m_revisionsDialog;
}

MarkdownHighlighter *WritePlace::highlighter(Beat beat) const
{
    return m_highlighters.at(static_cast<std::size_t>(beatIndex(beat)));
}

bool WritePlace::isShowingWelcome() const
{
    return m_pages->currentWidget() == m_welcome;
}

void WritePlace::showEditor()
{
    m_pages->setCurrentWidget(m_editor);
    // Focus given to the place lands on the title, unless a restored
    // position puts it elsewhere.
    setFocusProxy(m_editor->metadata()->titleEdit());
    m_history->setVisible(true);
    m_languages->setVisible(m_languages->count() > 0);
}

void WritePlace::showWelcome()
{
    // Nothing to keep versions of or spell yet: the welcome stands alone.
    m_pages->setCurrentWidget(m_welcome);
    // Enter starts the first story.
    setFocusProxy(m_welcome);
    m_history->setVisible(false);
    m_languages->setVisible(false);
    m_status->setIdle();
}

bool WritePlace::flush()
{
    bool ok = true;
    if (m_autosaver && m_autosaver->hasPendingChanges())
        ok = m_autosaver->flush();
    if (m_positionTimer->isActive()) {
        m_positionTimer->stop();
        savePosition();
    }
    return ok;
}

void WritePlace::startAutosaver()
{
    if (m_autosaver || m_readOnly)
        return;
    Autosaver::Options options;
    options.delay = m_options.autosaveDelay;
    m_autosaver = std::make_unique<Autosaver>(m_workspace.handle(), options);
    connect(m_autosaver.get(), &Autosaver::storyCreated, this, &WritePlace::onStoryCreated);
    connect(m_autosaver.get(), &Autosaver::saved, this, [this](qint64, const QDateTime &when) {
        m_status->setSaved(when);
        m_list->refresh();
    });
    connect(m_autosaver.get(), &Autosaver::failed, m_status, &SaveStatus::setFailed);
}

bool WritePlace::loadStory(qint64 id)
{
    // A story opened before keeps its document: it may hold edits the
    // autosaver has not written yet, and it holds the story's undo.
    StoryDocument *document = m_documents->find(id);
    if (!document) {
        const std::optional<Story> story = m_workspace.library().story(id);
        if (!story) {
            showMessage(tr("Could not open the story: %1").arg(m_workspace.library().lastError()));
            return false;
        }
        document = m_documents->open(*story);
        track(document);
    }
    showDocument(document);
    if (m_started) // before that, the deferred start fills them in
        m_editor->setTagSuggestions(m_workspace.library().allTags());
    m_list->setCurrentStory(id);
    emit storyOpened(id);
    return true;
}

void WritePlace::showDocument(StoryDocument *document)
{
    startAutosaver();
    m_document = document;
    m_storyId = document->id();
    m_language = document->story().language;
    m_editor->setDocument(document);
    showEditor();
    m_status->setIdle();
    applyLanguage();
    m_coachTimer->start();
}

// Every change of a story opened this session is saved, also an undo in a
// story the editor no longer shows.
void WritePlace::track(StoryDocument *document)
{
    connect(document, &StoryDocument::changed, this, [this, document] {
        if (!m_autosaver)
            return;
        m_autosaver->update(document->story(), quintptr(document));
        if (document == m_document)
            onEdited();
    });
}

void WritePlace::openStory(qint64 id)
{
    if (id == 0 || (id == m_storyId && !isShowingWelcome()))
        return;
    savePosition();
    if (loadStory(id)) {
        m_editor->focusBeat(m_editor->currentBeat());
        savePosition();
    }
}

void WritePlace::newStory()
{
    if (m_readOnly)
        return;
    savePosition();
    StoryDocument *document = m_documents->create();
    track(document);
    showDocument(document);
    m_list->showTrash(false);
    m_list->setCurrentStory(0);
    updateCoach();
    m_editor->focusTitle();
}

Story WritePlace::currentStory() const
{
    return m_document ? m_document->story() : Story {};
}

void WritePlace::onEdited()
{
    m_status->setSaving();
    m_coachTimer->start();
}

void WritePlace::adoptTag(const QList<qint64> &storyIds, const QString &tag)
{
    // The library has the tag already; open stories take it as it is, not
    // as an edit of their own, or their next save would drop it.
    for (qint64 id : storyIds) {
        StoryDocument *document = m_documents->find(id);
        if (!document || document->story().tags.contains(tag, Qt::CaseInsensitive))
            continue;
        Story tagged = document->story();
        tagged.tags.append(tag);
        document->applyField(StoryField::Tags, tagged);
    }
}

void WritePlace::onStoryCreated(qint64 id, quintptr key)
{
    StoryDocument *document = nullptr;
    for (StoryDocument *each : m_documents->findChildren<StoryDocument *>()) {
        if (quintptr(each) == key)
            document = each;
    }
    if (!document)
        return;
    m_documents->assignId(document, id);
    emit m_workspace.storiesChanged();
    if (document != m_document)
        return;
    m_storyId = id;
    savePosition();
    m_list->setCurrentStory(id);
}

void WritePlace::updateCoach()
{
    m_coach->setFindings(coachStory(currentStory()));
}

void WritePlace::jumpTo(const CoachLocation &location)
{
    switch (location.field) {
    case CoachLocation::Field::Story:
    case CoachLocation::Field::Title:
        m_editor->focusTitle();
        break;
    case CoachLocation::Field::Beat:
        m_editor->focusBeat(location.beat);
        break;
    case CoachLocation::Field::Media: {
        const Story story = m_editor->story();
        const Beat beat = location.mediaIndex >= 0 && location.mediaIndex < story.media.size()
            ? story.media.at(location.mediaIndex).beat
            : Beat::WentWrong;
        m_editor->focusBeat(beat);
        break;
    }
    }
}

void WritePlace::savePosition()
{
    if (m_storyId == 0 || isShowingWelcome())
        return;
    const QString position = m_editor->position().toString();
    if (m_storyId == m_savedStoryId && position == m_savedPosition)
        return;
    m_session.save(m_storyId, position);
    m_savedStoryId = m_storyId;
    m_savedPosition = position;
}

void WritePlace::saveRevision()
{
    if (m_readOnly)
        return;
    if (!flush()) {
        showMessage(tr("Not saved, so no version was kept."));
        return;
    }
    if (m_storyId == 0) {
        showMessage(tr("Write something first: there is nothing to keep yet."));
        return;
    }
    if (m_workspace.library().saveRevision(m_storyId, Library::RevisionManual) == 0) {
        showMessage(tr("Could not save a version: %1").arg(m_workspace.library().lastError()));
        return;
    }
    showMessage(tr("Version saved. Find it under History."));
}

void WritePlace::showRevisions()
{
    flush();
    if (m_storyId == 0 || isShowingWelcome()) {
        showMessage(tr("This story has no history yet."));
        return;
    }
    auto *dialog = new RevisionsDialog(m_workspace.library(), m_storyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->restoreButton()->setEnabled(dialog->restoreButton()->isEnabled() && !m_readOnly);
    connect(dialog, &RevisionsDialog::restored, this, &WritePlace::reloadAfterRestore);
    m_revisionsDialog = dialog;
    dialog->open();
}

void WritePlace::reloadAfterRestore(qint64 id)
{
    const std::optional<Story> story = m_workspace.library().story(id);
    StoryDocument *document = m_documents->find(id);
    if (!story || !document) {
        showMessage(tr("Could not open the story: %1").arg(m_workspace.library().lastError()));
        return;
    }
    // The restored text is a new start: undo cannot go back past it.
    document->replace(*story);
    if (document == m_document)
        showDocument(document);
    showMessage(tr("Version restored. The text before it is kept under History."));
    emit m_workspace.storiesChanged();
}

void WritePlace::addSampleStory()
{
    if (m_readOnly || m_sample.isRunning())
        return;
    m_welcome->sampleButton()->setEnabled(false);
    showMessage(tr("Adding the sample story…"));
    m_sample.setFuture(prepareSampleStory(m_workspace.mediaStore()));
}

void WritePlace::showMessage(const QString &text, bool offerUndo)
{
    m_message->setText(text);
    m_message->setVisible(true);
    m_undo->setVisible(offerUndo);
    m_messageTimer->start();
}

} // namespace Spill
