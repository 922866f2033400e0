// SPDX-License-Identifier: GPL-3.0-or-later
#include "writeplace.h"

#include "async/backgroundpool.h"
#include "async/continuation.h"
#include "document/storydocument.h"
#include "document/storydocuments.h"
#include "editor/coachpanel.h"
#include "editor/metadatapanel.h"
#include "editor/storyeditor.h"
#include "editor/tagedit.h"
#include "editor/welcomepanel.h"
#include "messagebar.h"
#include "redemptiondialog.h"
#include "revisionsdialog.h"
#include "savestatus.h"
#include "shell/startuptrace.h"
#include "shell/workspace.h"
#include "spellmenu.h"
#include "storycontroller.h"
#include "storylistmodel.h"
#include "storylistpanel.h"
#include "trashpreview.h"
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
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Spill {

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
    if (m_options.dictionaryPath.isEmpty())
        m_options.dictionaryPath = workspace.preferences().personalDictionaryPath();
    // Preferences edited the dictionary: check again with its words.
    connect(&workspace.preferences(), &PreferencesStore::personalDictionaryChanged, this, [this] {
        if (m_spell)
            m_spell->reloadPersonalDictionary();
    });

    traceStartup("write place: begin");
    m_controller = new StoryController(workspace, m_options.autosaveDelay, this);
    workspace.setPendingEditsWriter(m_controller,
                                    [controller = m_controller] { return controller->writeNow(); });
    buildUi();
    createActions();
    restoreSession();
    traceStartup("write place: story requested");
    // The list, the coach and the dictionary wait until the window is up.
    QTimer::singleShot(0, this, &WritePlace::startDeferred);
}

WritePlace::~WritePlace()
{
    flush();
    // Until onSpellLoaded() adopts it, a loaded checker has no owner: still
    // loading, or loaded with the continuation not yet run (it will not run
    // once this place is gone).
    if (!m_spell && m_spellLoad.isValid()) {
        m_spellLoad.waitForFinished();
        if (m_spellLoad.resultCount() > 0)
            delete m_spellLoad.result().checker;
    }
}

void WritePlace::restoreSession()
{
    // The story is read on the library's worker and shown a moment after
    // the first frame; the position waits for both.
    const qint64 id = m_session.storyId();
    if (id == 0) {
        showEmptyState();
        return;
    }
    m_pendingPosition = m_session.position();
    m_savedStoryId = id;
    m_savedPosition = m_pendingPosition;
    m_restoring = true;
    m_pages->setEnabled(false); // nothing to type into until the story is in
    m_controller->open(id);
}

void WritePlace::onLoadFailed(const QString &error)
{
    if (m_restoring) {
        // The story to reopen is gone: show the newest one instead, quietly.
        m_restoring = false;
        m_pendingPosition.clear();
        showEmptyState();
        return;
    }
    showMessage(tr("Could not open the story: %1").arg(error));
    if (!m_pages->isEnabled()) // nothing is open: the newest story or the welcome
        showEmptyState();
}

void WritePlace::showEmptyState()
{
    m_pages->setEnabled(false); // until the newest story (or the welcome) is in
    m_controller->openNewest();
}

void WritePlace::startDeferred()
{
    traceStartup("write place: deferred begin");
    m_started = true;
    m_list->start();
    loadTagSuggestions();
    m_list->setCurrentStory(currentStoryId());
    updateCoach();
    applyPendingPosition();
    // nuspell reads the dictionary for ~100 ms: on a worker, then the
    // checker moves to this thread.
    const QString language = m_controller->language();
    const QString dictionary = m_options.dictionaryPath;
    QThread *target = thread();
    m_spellLoad = QtConcurrent::run(backgroundPool(), [language, dictionary, target] {
        SpellLoad load;
        load.languages = SpellChecker::availableLanguages();
        load.checker =
            new SpellChecker(language.isEmpty() ? SpellChecker::defaultLanguage() : language);
        load.checker->setPersonalDictionaryPath(dictionary);
        load.checker->moveToThread(target);
        return load;
    });
    onResult(m_spellLoad, this, [this](const SpellLoad &load) { onSpellLoaded(load); });
    traceStartup("write place: deferred end");
}

void WritePlace::applyPendingPosition()
{
    if (!m_started || m_controller->isLoading() || isShowingWelcome() ||
        m_pendingPosition.isEmpty())
        return;
    if (const auto position = EditorPosition::fromString(m_pendingPosition))
        m_editor->setPosition(*position);
    m_pendingPosition.clear();
}

void WritePlace::loadTagSuggestions()
{
    if (!m_started)
        return;
    onResult(m_workspace.service().allTags(), this,
             [this](const LibraryResult<QStringList> &result) {
                 if (result.ok())
                     m_editor->setTagSuggestions(result.value);
             });
}

RevisionsDialog *WritePlace::revisionsDialog() const
{
    return m_revisionsDialog;
}

MarkdownHighlighter *WritePlace::highlighter(Beat beat) const
{
    return m_highlighters.at(static_cast<std::size_t>(beatIndex(beat)));
}

QLabel *WritePlace::messageLabel() const
{
    return m_messages->label();
}

QPushButton *WritePlace::undoButton() const
{
    return m_messages->undoButton();
}

qint64 WritePlace::currentStoryId() const
{
    return m_controller->storyId();
}

void WritePlace::showPage(QWidget *page)
{
    if (m_pages->currentWidget() == m_trashPreview)
        m_pageBeforeTrash = page;
    else
        m_pages->setCurrentWidget(page);
}

bool WritePlace::isShowingWelcome() const
{
    return m_pages->currentWidget() == m_welcome;
}

bool WritePlace::isLoading() const
{
    return m_controller->isLoading();
}

void WritePlace::setFocusTarget(QWidget *target)
{
    // Focus given to the place before its story arrived moves on with it.
    const bool focused = window()->focusWidget() == this;
    setFocusProxy(target);
    if (focused)
        target->setFocus(Qt::OtherFocusReason);
}

void WritePlace::showEditor()
{
    m_pages->setEnabled(true);
    showPage(m_editor);
    // Focus given to the place lands on the title, unless a restored
    // position puts it elsewhere.
    setFocusTarget(m_editor->metadata()->titleEdit());
    m_history->setVisible(true);
    m_languages->setVisible(m_languages->count() > 0);
}

void WritePlace::showWelcome()
{
    // Nothing to keep versions of or spell yet: the welcome stands alone.
    m_pages->setEnabled(true);
    showPage(m_welcome);
    // Enter starts the first story.
    setFocusTarget(m_welcome);
    m_history->setVisible(false);
    m_languages->setVisible(false);
    m_status->setIdle();
}

bool WritePlace::flush()
{
    const bool ok = m_controller->flush();
    if (m_positionTimer->isActive()) {
        m_positionTimer->stop();
        savePosition();
    }
    return ok;
}

void WritePlace::showDocument(StoryDocument *document)
{
    traceStartup("write place: show story begin");
    m_restoring = false;
    m_editor->setDocument(document);
    showEditor();
    m_status->setIdle();
    applyLanguage();
    m_coachTimer->start();
    m_list->setCurrentStory(document->id());
    applyPendingPosition();
    if (m_focusOnLoad) {
        m_focusOnLoad = false;
        // Not the beat the story before had: that put a story opened the
        // first time at another story's place, scrolled down the page.
        m_editor->setPosition(m_positions.value(
            document->id(), EditorPosition {EditorPosition::Field::Beat, Beat::Intended, 0}));
    }
    if (m_pendingPosition.isEmpty())
        savePosition();
    emit storyOpened(document->id());
    traceStartup("write place: show story end");
}

void WritePlace::openStory(qint64 id)
{
    if (id == 0 || (id == currentStoryId() && !isShowingWelcome() && !isLoading()))
        return;
    // The story left keeps its document; the autosaver writes it meanwhile.
    savePosition();
    m_focusOnLoad = true;
    m_controller->open(id);
}

void WritePlace::newStory()
{
    if (m_readOnly)
        return;
    savePosition();
    m_editor->setDocument(m_controller->startNew());
    showEditor();
    m_status->setIdle();
    applyLanguage();
    m_list->showTrash(false);
    m_list->setCurrentStory(0);
    updateCoach();
    m_editor->focusTitle();
}

Story WritePlace::currentStory() const
{
    const StoryDocument *document = m_controller->document();
    return document ? document->story() : Story {};
}

void WritePlace::onDocumentChanged(StoryDocument *document)
{
    if (document != m_controller->document())
        return;
    m_status->setSaving();
    m_coachTimer->start();
}

void WritePlace::adoptTag(const QList<qint64> &storyIds, const QString &tag)
{
    // The library has the tag already; open stories take it as it is, not
    // as an edit of their own, or their next save would drop it.
    for (qint64 id : storyIds) {
        StoryDocument *document = m_controller->documents()->find(id);
        if (!document || document->story().tags.contains(tag, Qt::CaseInsensitive))
            continue;
        Story tagged = document->story();
        tagged.tags.append(tag);
        document->applyField(StoryField::Tags, tagged);
    }
}

void WritePlace::onStoryCreated(StoryDocument *document, qint64 id)
{
    if (document != m_controller->document())
        return;
    savePosition();
    m_list->setCurrentStory(id);
}

void WritePlace::afterPendingWrites(std::function<void()> then)
{
    onResult(m_controller->writeNow(), this, [this, then = std::move(then)](bool written) {
        if (!written) {
            showMessage(tr("Your last changes could not be saved, so this was not done."));
            return;
        }
        then();
    });
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
    case CoachLocation::Field::Media:
        m_editor->focusMediaAltText(location.mediaIndex);
        break;
    case CoachLocation::Field::MediaEditedMark:
        m_editor->focusMediaEditedMark(location.mediaIndex);
        break;
    }
}

void WritePlace::savePosition()
{
    const qint64 id = currentStoryId();
    if (id == 0 || isShowingWelcome() || isLoading())
        return;
    const EditorPosition here = m_editor->position();
    m_positions.insert(id, here);
    const QString position = here.toString();
    if (id == m_savedStoryId && position == m_savedPosition)
        return;
    m_session.save(id, position);
    m_savedStoryId = id;
    m_savedPosition = position;
}

void WritePlace::saveRevision()
{
    if (m_readOnly || isShowingWelcome() || !m_controller->document())
        return;
    m_controller->saveVersion();
}

void WritePlace::showRevisions()
{
    if (currentStoryId() == 0 || isShowingWelcome()) {
        showMessage(tr("This story has no history yet."));
        return;
    }
    // A restore replaces the stored text: pending edits are written first,
    // so none of them lands on top of it afterwards.
    const qint64 id = currentStoryId();
    afterPendingWrites([this, id] {
        if (id != currentStoryId() || m_revisionsDialog)
            return;
        auto *dialog = new RevisionsDialog(m_workspace.service(), id,
                                           m_workspace.preferences().versionInterval(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setReadOnly(m_readOnly);
        connect(dialog, &RevisionsDialog::restored, this, &WritePlace::reloadAfterRestore);
        m_revisionsDialog = dialog;
        dialog->open();
    });
}

void WritePlace::linkRedemption()
{
    StoryDocument *document = m_controller->document();
    if (m_readOnly || isShowingWelcome() || !document)
        return;
    auto *dialog = new RedemptionDialog(m_workspace.service(), document->story(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, document = QPointer(document)] {
        // Still the story the dialog was opened for.
        if (document && document == m_controller->document())
            document->setRedemption(dialog->redemption());
    });
    dialog->open();
}

void WritePlace::reloadAfterRestore(qint64 id)
{
    connect(
        m_controller, &StoryController::documentShown, this,
        [this] { showMessage(tr("Version restored. The text before it is kept under History.")); },
        Qt::SingleShotConnection);
    m_controller->reload(id);
}

void WritePlace::addSampleStory()
{
    if (m_readOnly || m_addingSample)
        return;
    m_addingSample = true;
    m_welcome->sampleButton()->setEnabled(false);
    showMessage(tr("Adding the sample story…"));
    onResult(prepareSampleStory(m_workspace.mediaStore()), this,
             [this](const SampleStoryResult &result) {
                 if (!result.ok()) {
                     m_addingSample = false;
                     m_welcome->sampleButton()->setEnabled(!m_readOnly);
                     showMessage(result.error);
                     return;
                 }
                 onResult(m_workspace.service().createStory(result.story), this,
                          [this](const LibraryResult<qint64> &created) {
                              m_addingSample = false;
                              m_welcome->sampleButton()->setEnabled(!m_readOnly);
                              if (!created.ok()) {
                                  showMessage(
                                      tr("Could not add the sample story: %1").arg(created.error));
                                  return;
                              }
                              openStory(created.value);
                              emit sampleStoryAdded(created.value);
                          });
             });
}

void WritePlace::showMessage(const QString &text, bool offerUndo)
{
    m_messages->showMessage(text, offerUndo);
}

} // namespace Spill
