// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appearancecontrol.h"
#include "document/storydocument.h"
#include "editmenu.h"
#include "editor/storyeditor.h"
#include "export/exportplace.h"
#include "gallery/galleryplace.h"
#include "gallery/galleryview.h"
#include "gettingstarted.h"
#include "instancechannel.h"
#include "lazyplace.h"
#include "placeholderplace.h"
#include "preferences/preferencesdialog.h"
#include "shortcutsdialog.h"
#include "sidebar.h"
#include "storyfileopener.h"
#include "workspace.h"
#include "write/writeplace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <iterator>

namespace Spill {

namespace {

struct PlaceInfo
{
    MainWindow::Place place;
    const char *icon;
    const char *name;
    int key; // Alt + this digit
};

// The settings key of each place, in the order of Places.
constexpr const char *PlaceKeys[] = {"write", "gallery", "export"};

// How long after the Write place is made the Gallery's widgets are.
constexpr int PrepareGalleryAfterMs = 2000;

int placeCount(const QStackedWidget *stack)
{
    return std::min(stack->count(), int(std::size(PlaceKeys)));
}

constexpr PlaceInfo Places[] = {
    {MainWindow::Place::Write, ":/icons/write.svg", QT_TRANSLATE_NOOP("Spill::MainWindow", "Write"),
     1},
    {MainWindow::Place::Gallery, ":/icons/gallery.svg",
     QT_TRANSLATE_NOOP("Spill::MainWindow", "Gallery"), 2},
    {MainWindow::Place::Export, ":/icons/export.svg",
     QT_TRANSLATE_NOOP("Spill::MainWindow", "Export"), 3},
};

} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : MainWindow(workspace.folder(), parent)
{
    attachWorkspace(workspace);
}

MainWindow::MainWindow(const QString &libraryFolder, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryFolder(libraryFolder)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/" SPILL_APP_ID ".svg")));
    setWindowTitle(QStringLiteral("Spill"));
    // Room for the Write place's four columns where the screen has it.
    QSize size(1440, 960);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size.expandedTo(QSize(1100, 720)));

    createFrame();
    createMenus();

    m_libraryLabel = new QLabel(tr("Library: %1").arg(QDir::toNativeSeparators(m_libraryFolder)));
    m_libraryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_libraryLabel);
    showPlace(Place::Write);
}

void MainWindow::attachWorkspace(Workspace &workspace)
{
    if (m_workspace)
        return;
    m_workspace = &workspace;
    m_libraryFolder = workspace.folder();
    // It may be another folder than the one the window started with.
    m_libraryLabel->setText(tr("Library: %1").arg(QDir::toNativeSeparators(m_libraryFolder)));
    // Trash, restore, duplicate and tags undo from the Edit menu outside a story.
    m_editMenu->setLibraryStack(workspace.libraryUndoStack());
    // The appearance follows Preferences from now on; the system's, once the
    // window is up.
    m_appearance = new AppearanceControl(workspace.preferences(), this);
    QTimer::singleShot(0, m_appearance, &AppearanceControl::start);
    m_preferencesAction->setEnabled(true);
    m_publishAction->setEnabled(true);
    m_stack->addWidget(createWritePlace());
    m_stack->addWidget(createGalleryPlace());
    m_stack->addWidget(createExportPlace());
    prepareGalleryWhenIdle();
    watchPlaceSplitters();

    if (workspace.isReadOnly()) {
        m_libraryLabel->setText(tr("%1 (read-only)").arg(m_libraryLabel->text()));
    } else {
        // Another start of Spill on this library comes here instead of
        // opening a read-only window of its own.
        m_instance = new InstanceChannel(m_libraryFolder, this);
        connect(m_instance, &InstanceChannel::requested, this, &MainWindow::answerRequest);
        QTimer::singleShot(0, m_instance, &InstanceChannel::listen);
    }
    m_libraryLabel->setToolTip(workspace.readOnlyMessage());
    if (!workspace.readOnlyMessage().isEmpty())
        statusBar()->showMessage(workspace.readOnlyMessage());
    else if (!workspace.warning().isEmpty())
        statusBar()->showMessage(workspace.warning());
    connect(&workspace, &Workspace::backupFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The daily backup did not succeed: %1").arg(error));
    });

    // The sidebar may have moved while the library opened.
    m_stack->setCurrentIndex(std::max(0, m_sidebar->currentRow()));
}

void MainWindow::openOnStart(bool newStory, const QStringList &storyFiles)
{
    if (!m_workspace)
        return;
    if (newStory && !m_workspace->isReadOnly()) {
        QTimer::singleShot(0, this, [this] {
            showPlace(Place::Write);
            auto *lazy = static_cast<LazyPlace *>(m_stack->widget(int(Place::Write)));
            static_cast<WritePlace *>(lazy->ensureBuilt())->newStory();
        });
    }
    if (storyFiles.isEmpty())
        return;
    if (!m_opener) {
        m_opener = new StoryFileOpener(*m_workspace, this);
        connect(m_opener, &StoryFileOpener::imported, this,
                [this](qint64 id, const QString &title, const QString &note) {
                    showPlace(Place::Write);
                    emit m_workspace->openStoryRequested(id);
                    statusBar()->showMessage(note.isEmpty()
                                                 ? tr("Imported \"%1\"").arg(title)
                                                 : tr("Imported \"%1\". %2").arg(title, note));
                });
    }
    QTimer::singleShot(0, m_opener, [opener = m_opener, storyFiles] { opener->open(storyFiles); });
}

void MainWindow::answerRequest(bool newStory, const QStringList &storyFiles)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    openOnStart(newStory, storyFiles);
}

QString MainWindow::libraryPath() const
{
    return m_libraryFolder;
}

void MainWindow::createFrame()
{
    m_sidebar = new Sidebar;
    m_stack = new QStackedWidget;
    m_stack->setAccessibleName(tr("Current place"));

    for (const PlaceInfo &info : Places) {
        m_sidebar->addPlace(QIcon(QLatin1StringView(info.icon)), tr(info.name),
                            QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + info.key))
                                .toString(QKeySequence::NativeText));
    }

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        const auto place = static_cast<Place>(row);
        if (place == Place::Export)
            carrySelectionToExport();
        else
            m_lastBrowsed = place;
        emit placeChanged(place);
    });

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *edge = new QFrame;
    edge->setFrameShape(QFrame::VLine);
    edge->setFrameShadow(QFrame::Plain);
    edge->setForegroundRole(QPalette::Mid);
    layout->addWidget(edge);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_publishAction =
        m_fileMenu->addAction(tr("&Publish to WordPress…"), this, &MainWindow::publishToWordPress);
    m_publishAction->setObjectName(QStringLiteral("publishToWordPress"));
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publishAction->setEnabled(false); // until the library is open
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = new EditMenu(edit);
    connect(m_editMenu, &EditMenu::findRequested, this, &MainWindow::find);
    edit->addSeparator();
    m_preferencesAction = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferences"));
    // QKeySequence::Preferences has no binding on Linux desktops other than KDE.
    m_preferencesAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_preferencesAction->setShortcutContext(Qt::ApplicationShortcut);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setEnabled(false); // until the library is open

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QMenu *goMenu = m_goMenu;
    auto *group = new QActionGroup(this);
    for (const PlaceInfo &info : Places) {
        QAction *action = goMenu->addAction(QIcon(QLatin1StringView(info.icon)), tr(info.name));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + info.key)));
        action->setShortcutContext(Qt::ApplicationShortcut);
        action->setCheckable(true);
        group->addAction(action);
        const Place place = info.place;
        connect(action, &QAction::triggered, this, [this, place] { showPlace(place); });
        connect(this, &MainWindow::placeChanged, action,
                [action, place](Place current) { action->setChecked(current == place); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guide = helpMenu->addAction(tr("&Getting Started"), this, [this] {
        auto *dialog = new GettingStartedDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    keys->setShortcut(QKeySequence(QStringLiteral("Ctrl+/")));
    QAction *about = helpMenu->addAction(tr("&About Spill"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

QWidget *MainWindow::createWritePlace()
{
    auto *lazy = new LazyPlace(tr("Write"), LazyPlace::Build::AfterFirstFrame,
                               [this] { return new WritePlace(*m_workspace); });
    connect(lazy, &LazyPlace::built, this, &MainWindow::addWriteActions);
    // Once built, the Write place listens for this itself; a story asked
    // for before that must not be lost.
    connect(m_workspace, &Workspace::openStoryRequested, lazy, [lazy](qint64 id) {
        if (!lazy->place())
            static_cast<WritePlace *>(lazy->ensureBuilt())->openStory(id);
    });
    return lazy;
}

void MainWindow::addWriteActions(QWidget *writePlace)
{
    // Undo in the story undoes the story on show, whichever it is.
    StoryEditor *editor = static_cast<WritePlace *>(writePlace)->editor();
    auto follow = [this, editor](StoryDocument *document) {
        m_editMenu->setStoryStack(document ? document->undoStack() : nullptr, editor);
    };
    connect(editor, &StoryEditor::documentChanged, this, follow);
    follow(editor->document());

    // From another place, a Write action takes the creator to Write first.
    for (QAction *action : writePlace->actions()) {
        const bool goes = action->objectName() == u"goToStoryList";
        if (goes)
            m_goMenu->addAction(action);
        else
            m_fileMenu->insertAction(m_publishAction, action);
        connect(action, &QAction::triggered, this, [this] { showPlace(Place::Write); });
    }
    m_fileMenu->insertSeparator(m_publishAction);
}

QWidget *MainWindow::createGalleryPlace()
{
    return new LazyPlace(tr("Gallery"), LazyPlace::Build::WhenShown, [this] {
        auto *gallery = new GalleryPlace(*m_workspace);
        connect(gallery, &GalleryPlace::writeRequested, this, [this] { showPlace(Place::Write); });
        return gallery;
    });
}

// The Gallery's widgets are made a while after the Write place's, while the
// creator reads or writes: switching to the Gallery then lays it out and
// paints it, and no longer makes it in the same turn (together up to 57 ms
// of the GUI thread over 10,000 stories).
void MainWindow::prepareGalleryWhenIdle()
{
    auto *write = static_cast<LazyPlace *>(m_stack->widget(int(Place::Write)));
    auto *gallery = static_cast<LazyPlace *>(m_stack->widget(int(Place::Gallery)));
    connect(write, &LazyPlace::built, gallery,
            [gallery] { QTimer::singleShot(PrepareGalleryAfterMs, gallery, &LazyPlace::prepare); });
}

QWidget *MainWindow::createExportPlace()
{
    auto *lazy = new LazyPlace(tr("Export"), LazyPlace::Build::WhenShown,
                               [this] { return new ExportPlace(*m_workspace); });
    // E.g. the Gallery's "Export selected…": those stories, checked, in Export.
    connect(m_workspace, &Workspace::exportStoriesRequested, this,
            [this, lazy](const QList<qint64> &storyIds) {
                showPlace(Place::Export);
                if (auto *place = qobject_cast<ExportPlace *>(lazy->ensureBuilt()))
                    place->selectStories(storyIds);
            });
    return lazy;
}

// The checked stories of Export, which opens on the story or stories the
// creator was looking at, go to WordPress.
void MainWindow::publishToWordPress()
{
    showPlace(Place::Export);
    auto *lazy = qobject_cast<LazyPlace *>(m_stack->widget(static_cast<int>(Place::Export)));
    if (!lazy)
        return;
    if (auto *place = qobject_cast<ExportPlace *>(lazy->ensureBuilt()))
        place->publishToWordPress();
}

// Export opens on what the creator was looking at: the story open in Write,
// or the stories selected in the Gallery, whichever was shown last.
void MainWindow::carrySelectionToExport()
{
    QList<qint64> ids;
    if (m_lastBrowsed == Place::Gallery) {
        if (auto *gallery = findChild<GalleryPlace *>())
            ids = gallery->view()->selectedStoryIds();
    } else if (auto *write = findChild<WritePlace *>()) {
        if (!write->isShowingWelcome() && write->currentStoryId() != 0)
            ids = {write->currentStoryId()};
    }
    auto *lazy = qobject_cast<LazyPlace *>(m_stack->widget(static_cast<int>(Place::Export)));
    if (ids.isEmpty() || !lazy)
        return; // nothing chosen there: the checks stay as they were
    if (auto *place = qobject_cast<ExportPlace *>(lazy->ensureBuilt()))
        place->selectStories(ids);
}

void MainWindow::showPreferences()
{
    if (!m_workspace)
        return;
    if (auto *open = findChild<PreferencesDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(m_workspace->preferences(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The creator's words first: a failed save keeps the window open once,
    // with the reason in the Write place's status line.
    auto *write = findChild<WritePlace *>();
    if (write && !write->flush() && !m_closeRefused) {
        m_closeRefused = true;
        showPlace(Place::Write);
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState(const QString &settingsFile)
{
    m_windowState.emplace(settingsFile);
    m_windowState->restoreGeometry(this);
    watchPlaceSplitters();
}

void MainWindow::watchPlaceSplitters()
{
    // Each place takes its splitters' sizes as it is built.
    if (!m_windowState)
        return;
    for (int i = 0; i < placeCount(m_stack); ++i) {
        auto *lazy = qobject_cast<LazyPlace *>(m_stack->widget(i));
        if (!lazy)
            continue;
        const QString key = QLatin1StringView(PlaceKeys[i]);
        if (lazy->place())
            m_windowState->restoreSplitters(lazy->place(), key);
        else
            connect(lazy, &LazyPlace::built, this,
                    [this, key](QWidget *place) { m_windowState->restoreSplitters(place, key); });
    }
}

void MainWindow::saveWindowState()
{
    if (!m_windowState)
        return;
    m_windowState->saveGeometry(this);
    // A place not shown this time keeps the sizes it was left with.
    for (int i = 0; i < placeCount(m_stack); ++i) {
        const auto *lazy = qobject_cast<LazyPlace *>(m_stack->widget(i));
        if (lazy && lazy->place() && lazy->isRevealed())
            m_windowState->saveSplitters(lazy->place(), QLatin1StringView(PlaceKeys[i]));
    }
}

MainWindow::Place MainWindow::currentPlace() const
{
    // The sidebar leads; the stack follows it once the places exist.
    return static_cast<Place>(std::max(0, m_sidebar->currentRow()));
}

void MainWindow::showPlace(Place place)
{
    // The sidebar drives the stack, so keyboard, menu and mouse agree.
    m_sidebar->setCurrentRow(static_cast<int>(place));
}

// Find looks in what the place shows: the open story in Write, the
// stories themselves in the Gallery's search.
void MainWindow::find()
{
    if (currentPlace() == Place::Gallery) {
        if (auto *gallery = findChild<GalleryPlace *>())
            gallery->focusSearch();
        return;
    }
    auto *write = findChild<WritePlace *>();
    if (!write || write->isShowingWelcome())
        return;
    showPlace(Place::Write);
    write->editor()->showFind();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Spill"),
                       tr("<h3>Spill %1</h3>"
                          "<p>Turn a kitchen mishap into an honest, well-told post.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or "
                          "later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace Spill
