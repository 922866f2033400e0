// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editorposition.h"
#include "samplestory.h"
#include "sessionstate.h"
#include "story/beats.h"

#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <array>
#include <chrono>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Spill {

class CoachPanel;
class MessageBar;
class MarkdownHighlighter;
class RevisionsDialog;
class SaveStatus;
class SpellChecker;
class SpellMenu;
class StoryController;
class StoryDocument;
class StoryEditor;
class StoryListPanel;
class TrashPreview;
class WelcomePanel;
class Workspace;
struct CoachLocation;
struct Story;

// The Write place: the story list, the editor of the open story's document
// with its writing aids and coach, and the message bar. StoryController
// opens stories and autosaves them; the list's actions are library commands
// (storyactions.cpp). It reopens the story and the place the creator was
// at; the story arrives from the library service a moment after the first
// frame, and slow parts (list, dictionary, coach) start once the window is
// up. The layout is built in writeplacelayout.cpp.
class WritePlace : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds autosaveDelay {1000};
        QString settingsFile; // empty: the user's spill.ini
        QString dictionaryPath; // empty: <AppDataLocation>/dictionary.txt
    };

    explicit WritePlace(Workspace &workspace, QWidget *parent = nullptr);
    WritePlace(Workspace &workspace, const Options &options, QWidget *parent = nullptr);
    ~WritePlace() override;

    // Writes what is not saved yet and the position; false if saving failed.
    bool flush();

    qint64 currentStoryId() const;
    bool isShowingWelcome() const;
    // A story is being read from the library.
    bool isLoading() const;

    void newStory();
    void openStory(qint64 id);
    void duplicateStory(qint64 id);
    void trashStory(qint64 id);
    void restoreStory(qint64 id);
    void emptyTrash(); // asks first
    // Another place tagged these stories: the open one shows and keeps it.
    void adoptTag(const QList<qint64> &storyIds, const QString &tag);
    void saveRevision();
    void showRevisions();
    void addSampleStory();

    StoryEditor *editor() const { return m_editor; }
    StoryListPanel *storyList() const { return m_list; }
    WelcomePanel *welcome() const { return m_welcome; }
    TrashPreview *trashPreview() const { return m_trashPreview; }
    CoachPanel *coach() const { return m_coach; }
    SaveStatus *saveStatus() const { return m_status; }
    QLabel *messageLabel() const;
    QPushButton *undoButton() const;
    QComboBox *languageChooser() const { return m_languages; }
    RevisionsDialog *revisionsDialog() const;
    SpellChecker *spellChecker() const { return m_spell; }
    MarkdownHighlighter *highlighter(Beat beat) const;

signals:
    // A story is shown in the editor (read from the library).
    void storyOpened(qint64 id);
    void sampleStoryAdded(qint64 id);
    // The dictionary finished loading (or could not be found).
    void spellCheckerReady();

private:
    struct SpellLoad
    {
        SpellChecker *checker = nullptr;
        QStringList languages;
    };

    void buildUi();
    QLayout *buildFooter();
    void createActions();
    void startDeferred();
    void applyPendingPosition();
    void restoreSession();
    void setFocusTarget(QWidget *target);
    void showEditor();
    void showWelcome();
    // The editor or the welcome; while the trash is open, once it closes.
    void showPage(QWidget *page);
    void showTrash(bool shown);
    void previewTrashed(qint64 id, const QDateTime &trashedAt);
    void showEmptyState();
    // Puts a story's document into the editor: the one place the editor is
    // handed a story.
    void showDocument(StoryDocument *document);
    void onLoadFailed(const QString &error);
    void onDocumentChanged(StoryDocument *document);
    void onStoryCreated(StoryDocument *document, qint64 id);
    void loadTagSuggestions();
    void updateCoach();
    void jumpTo(const CoachLocation &location);
    void savePosition();
    void onSpellLoaded(const SpellLoad &load);
    void applyLanguage();
    void chooseLanguage(int index);
    void showMessage(const QString &text, bool offerUndo = false);
    void reloadAfterRestore(qint64 id);
    // Link Redemption…: the dialog, then the open story's document.
    void linkRedemption();
    Story currentStory() const;
    // Runs `then` once the pending edits are written (library calls made
    // then see them); reports a failed write instead.
    void afterPendingWrites(std::function<void()> then);

    Workspace &m_workspace;
    Options m_options;
    SessionState m_session;
    bool m_readOnly = false;
    bool m_started = false; // the deferred start has run

    StoryListPanel *m_list = nullptr;
    QStackedWidget *m_pages = nullptr;
    StoryEditor *m_editor = nullptr;
    WelcomePanel *m_welcome = nullptr;
    TrashPreview *m_trashPreview = nullptr;
    QWidget *m_pageBeforeTrash = nullptr; // shown again when the trash closes
    qint64 m_trashShown = 0; // the story the preview asked for
    CoachPanel *m_coach = nullptr;
    QLabel *m_banner = nullptr;
    SaveStatus *m_status = nullptr;
    MessageBar *m_messages = nullptr;
    QComboBox *m_languages = nullptr;
    QPushButton *m_history = nullptr;
    QPointer<RevisionsDialog> m_revisionsDialog;

    StoryController *m_controller = nullptr;
    QString m_pendingPosition; // restored once the window is up and the story is in
    bool m_restoring = false; // the session's story is being read
    bool m_focusOnLoad = false; // the next story shown takes the focus (opened from the list)
    // Where the creator was in each story left this session: opened again,
    // a story shows that place; one not yet shown opens at its first beat.
    QHash<qint64, EditorPosition> m_positions;

    std::array<MarkdownHighlighter *, 5> m_highlighters {};
    SpellChecker *m_spell = nullptr;
    SpellMenu *m_spellMenu = nullptr;
    QFuture<SpellLoad> m_spellLoad;
    bool m_addingSample = false;

    QTimer *m_coachTimer = nullptr;
    QTimer *m_positionTimer = nullptr;
    qint64 m_savedStoryId = -1;
    QString m_savedPosition;
    qint64 m_lastTrashed = 0; // reopened when its trashing is undone
    int m_lastTrashedAt = -1; // the library stack's index after it
};

} // namespace Spill
