// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windowstate.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QMenu;
class QStackedWidget;

namespace Spill {

class AppearanceControl;
class EditMenu;
class InstanceChannel;
class Sidebar;
class StoryFileOpener;
class Workspace;

// The frame around Spill's three places: Write, Gallery and Export.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Place { Write, Gallery, Export };

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    // The frame alone, for the library in `libraryFolder`: it can show
    // while the library opens. attachWorkspace() then fills the places.
    explicit MainWindow(const QString &libraryFolder, QWidget *parent = nullptr);

    void attachWorkspace(Workspace &workspace);

    // What the command line or the desktop asked for at start, once the
    // workspace is attached: a new story in Write (the desktop entry's "New
    // Story"), and story files offered for import (a file manager's "Open
    // with Spill"). Both wait for the first frame.
    void openOnStart(bool newStory, const QStringList &storyFiles);
    // The same, asked for by another start of Spill on this library (see
    // InstanceChannel): the window comes to the front first.
    void answerRequest(bool newStory, const QStringList &storyFiles);
    // The files' opener, null until files were handed over.
    StoryFileOpener *storyFileOpener() const { return m_opener; }

    Place currentPlace() const;
    void showPlace(Place place);
    QString libraryPath() const;
    EditMenu *editMenu() const { return m_editMenu; }

    // Before show(): takes the geometry and the splitter sizes the window had
    // when it last closed from `settingsFile` (empty: the user's spill.ini)
    // and saves them there on close. Without this call nothing is saved.
    void restoreWindowState(const QString &settingsFile = {});

signals:
    void placeChanged(Spill::MainWindow::Place place);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createFrame();
    // One function per place, so each place is built in one spot.
    QWidget *createWritePlace();
    QWidget *createGalleryPlace();
    void prepareGalleryWhenIdle();
    QWidget *createExportPlace();
    void createMenus();
    // The Write place's actions join the menus once it is built.
    void addWriteActions(QWidget *writePlace);
    void showAbout();
    void showPreferences();
    void find();
    // Window geometry and splitters (restoreWindowState()).
    void watchPlaceSplitters();
    void saveWindowState();
    void carrySelectionToExport();
    void publishToWordPress();

    Workspace *m_workspace = nullptr; // null until attachWorkspace()
    QString m_libraryFolder;
    QLabel *m_libraryLabel = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    EditMenu *m_editMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    AppearanceControl *m_appearance = nullptr;
    StoryFileOpener *m_opener = nullptr;
    InstanceChannel *m_instance = nullptr;
    bool m_closeRefused = false;
    Place m_lastBrowsed = Place::Write; // Write or Gallery, whichever was shown last
    std::optional<WindowState> m_windowState;
};

} // namespace Spill
