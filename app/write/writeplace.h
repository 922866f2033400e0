// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "samplestory.h"
#include "sessionstate.h"
#include "story/beats.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <array>
#include <chrono>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Spill {

class Autosaver;
class CoachPanel;
class MarkdownHighlighter;
class RevisionsDialog;
class SaveStatus;
class SpellChecker;
class SpellMenu;
class StoryDocument;
class StoryDocuments;
class StoryEditor;
class StoryListPanel;
class WelcomePanel;
class Workspace;
struct CoachLocation;
struct Story;

// The Write place: the story list, the editor of the open story with its
// writing aids and coach, and autosave. It reopens the story and the place
// the creator was at; slow parts (list, dictionary, coach) start only once
// the window is up.
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

    qint64 currentStoryId() const { return m_storyId; }
    bool isShowingWelcome() const;

    void newStory();
    void openStory(qint64 id);
    void duplicateStory(qint64 id);
    void trashStory(qint64 id);
    void undoTrash();
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
    CoachPanel *coach() const { return m_coach; }
    SaveStatus *saveStatus() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *undoButton() const { return m_undo; }
    QComboBox *languageChooser() const { return m_languages; }
    RevisionsDialog *revisionsDialog() const;
    SpellChecker *spellChecker() const { return m_spell; }
    MarkdownHighlighter *highlighter(Beat beat) const;

signals:
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
    void createActions();
    void startDeferred();
    void restoreSession();
    void showEditor();
    void showWelcome();
    void showEmptyState();
    bool loadStory(qint64 id);
    void showDocument(StoryDocument *document);
    void track(StoryDocument *document);
    void startAutosaver();
    void onEdited();
    void onStoryCreated(qint64 id, quintptr key);
    void updateCoach();
    void jumpTo(const CoachLocation &location);
    void savePosition();
    void onSpellLoaded();
    void applyLanguage();
    void chooseLanguage(int index);
    void showMessage(const QString &text, bool offerUndo = false);
    void reloadAfterRestore(qint64 id);
    Story currentStory() const;

    Workspace &m_workspace;
    Options m_options;
    SessionState m_session;
    bool m_readOnly = false;
    bool m_started = false; // the deferred start has run

    StoryListPanel *m_list = nullptr;
    QStackedWidget *m_pages = nullptr;
    StoryEditor *m_editor = nullptr;
    WelcomePanel *m_welcome = nullptr;
    CoachPanel *m_coach = nullptr;
    QLabel *m_banner = nullptr;
    SaveStatus *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    QComboBox *m_languages = nullptr;
    QPushButton *m_history = nullptr;
    QPointer<RevisionsDialog> m_revisionsDialog;

    // Every story opened this session keeps its document (and its undo);
    // one autosaver writes them all.
    StoryDocuments *m_documents = nullptr;
    StoryDocument *m_document = nullptr; // the one shown
    std::unique_ptr<Autosaver> m_autosaver;
    qint64 m_storyId = 0;
    QString m_language; // the open story's spell-check language; empty: the system's
    QString m_pendingPosition; // restored once the window is up

    std::array<MarkdownHighlighter *, 5> m_highlighters {};
    SpellChecker *m_spell = nullptr;
    SpellMenu *m_spellMenu = nullptr;
    QFutureWatcher<SpellLoad> m_spellLoad;
    QFutureWatcher<SampleStoryResult> m_sample;

    QTimer *m_coachTimer = nullptr;
    QTimer *m_positionTimer = nullptr;
    QTimer *m_messageTimer = nullptr;
    qint64 m_savedStoryId = -1;
    QString m_savedPosition;
    qint64 m_lastTrashed = 0;
};

} // namespace Spill
