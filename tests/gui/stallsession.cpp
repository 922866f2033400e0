// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallsession.h"

#include "eventloopwait.h"
#include "export/previewbrowser.h"
#include "shell/lazyplace.h"
#include "shell/mainwindow.h"
#include "stalldetector.h"
#include "write/storylistpanel.h"
#include "write/writeplace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <functional>

namespace Spill::Test {

namespace {

constexpr int KeyMs = 30; // a brisk typist
constexpr int SettleMs = 600; // after an action, before the next
constexpr int TimeoutMs = 20000;

// Keys go where a creator's would: to the widget with the focus.
void press(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : &window, key, modifiers);
    runEventLoopFor(KeyMs);
}

void type(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        QTest::keyClicks(target, QString(c));
        runEventLoopFor(KeyMs);
    }
}

QWidget *placeAt(MainWindow &window, int index)
{
    auto *stack = window.findChild<QStackedWidget *>();
    auto *lazy = stack ? qobject_cast<LazyPlace *>(stack->widget(index)) : nullptr;
    return lazy ? lazy->place() : nullptr;
}

QPushButton *trashToggle(StoryListPanel *list)
{
    for (QPushButton *button : list->findChildren<QPushButton *>()) {
        if (button->isCheckable())
            return button;
    }
    return nullptr;
}

class Session
{
public:
    Session(MainWindow &window, StallDetector &detector)
        : m_window(window)
        , m_detector(detector)
    {
    }

    QString run();

private:
    // Runs `step` as one action; it returns what did not happen, or empty.
    bool act(const QString &name, const std::function<QString()> &step);
    bool waitFor(const std::function<bool()> &condition)
    {
        return waitInEventLoop(condition, TimeoutMs);
    }
    WritePlace *write() const { return m_window.findChild<WritePlace *>(); }

    QString openStoryFromList(int down);
    QString typeIntoBeat();
    QString switchBeats();
    QString trashOpenStory();
    QString restoreFromTrash();
    QString openHistory();
    QString openExport();
    QString searchGallery();

    MainWindow &m_window;
    StallDetector &m_detector;
    QString m_error;
};

bool Session::act(const QString &name, const std::function<QString()> &step)
{
    m_detector.beginAction(name);
    const QString error = step();
    if (!error.isEmpty()) {
        m_error = name + QStringLiteral(": ") + error;
        return false;
    }
    runEventLoopFor(SettleMs);
    return true;
}

QString Session::run()
{
    // Already begun by the caller, before the window showed.
    if (!waitFor([this] { return write() && write()->currentStoryId() != 0; }))
        return startActionName() + QStringLiteral(": no story opened");
    runEventLoopFor(2 * SettleMs); // the list, dictionary and coach come after

    const bool done = act(QStringLiteral("open a story from the list"),
                          [this] { return openStoryFromList(2); }) &&
        act(QStringLiteral("type into a beat (autosave included)"),
            [this] { return typeIntoBeat(); }) &&
        act(QStringLiteral("switch beats (Ctrl+1..5)"), [this] { return switchBeats(); }) &&
        act(QStringLiteral("switch stories (the Write list)"),
            [this] { return openStoryFromList(1); }) &&
        act(QStringLiteral("switch stories again"), [this] { return openStoryFromList(1); }) &&
        act(QStringLiteral("trash the open story"), [this] { return trashOpenStory(); }) &&
        act(QStringLiteral("restore it from the trash"), [this] { return restoreFromTrash(); }) &&
        act(QStringLiteral("open History"), [this] { return openHistory(); }) &&
        act(QStringLiteral("open Export"), [this] { return openExport(); }) &&
        act(QStringLiteral("search the Gallery"), [this] { return searchGallery(); }) &&
        act(QStringLiteral("back to Write"), [this] {
                          press(m_window, Qt::Key_1, Qt::AltModifier);
                          return m_window.currentPlace() == MainWindow::Place::Write
                              ? QString()
                              : QStringLiteral("Alt+1 did not show Write");
                      });
    return done ? QString() : m_error;
}

QString Session::openStoryFromList(int down)
{
    WritePlace *place = write();
    const qint64 before = place->currentStoryId();
    press(m_window, Qt::Key_L, Qt::ControlModifier);
    if (QApplication::focusWidget() != place->storyList()->storiesView())
        return QStringLiteral("Ctrl+L did not focus the story list");
    for (int i = 0; i < down; ++i)
        press(m_window, Qt::Key_Down);
    press(m_window, Qt::Key_Return);
    if (!waitFor([&] { return place->currentStoryId() != before; }))
        return QStringLiteral("the story chosen in the list did not open");
    return {};
}

QString Session::typeIntoBeat()
{
    press(m_window, Qt::Key_2, Qt::ControlModifier);
    QWidget *editor = QApplication::focusWidget();
    if (!editor || !editor->objectName().startsWith(QStringLiteral("editor_")))
        return QStringLiteral("Ctrl+2 did not focus a beat");
    press(m_window, Qt::Key_End, Qt::ControlModifier);
    // About 2.5 s of typing: the autosave comes while it goes on.
    type(editor,
         QStringLiteral(" The butter split because the pan was far too hot, so I "
                        "whisked in cold cream."));
    return {};
}

QString Session::switchBeats()
{
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_2};
    for (const Qt::Key key : keys) {
        press(m_window, key, Qt::ControlModifier);
        const QWidget *focus = QApplication::focusWidget();
        const QString beat = QStringLiteral("editor_");
        if (!focus || !focus->objectName().startsWith(beat))
            return QStringLiteral("Ctrl+%1 did not focus a beat").arg(key - Qt::Key_0);
        runEventLoopFor(150);
    }
    return {};
}

QString Session::trashOpenStory()
{
    WritePlace *place = write();
    const qint64 trashed = place->currentStoryId();
    press(m_window, Qt::Key_L, Qt::ControlModifier);
    press(m_window, Qt::Key_Delete);
    if (!waitFor([&] { return place->currentStoryId() != trashed; }))
        return QStringLiteral("Delete in the story list did not trash the open story");
    return {};
}

QString Session::restoreFromTrash()
{
    StoryListPanel *list = write()->storyList();
    QPushButton *toggle = trashToggle(list);
    if (!toggle)
        return QStringLiteral("no Trash button under the story list");
    QTest::mouseClick(toggle, Qt::LeftButton);
    QListView *trash = list->trashView();
    if (!waitFor([&] { return trash->isVisible() && trash->model()->rowCount() > 0; }))
        return QStringLiteral("the trash did not show the trashed story");
    trash->setFocus(Qt::MouseFocusReason);
    press(m_window, Qt::Key_Home);
    press(m_window, Qt::Key_Return);
    if (!waitFor([&] { return trash->model()->rowCount() == 0; }))
        return QStringLiteral("Return in the trash did not restore the story");
    QTest::mouseClick(toggle, Qt::LeftButton);
    return list->storiesView()->isVisible() ? QString()
                                            : QStringLiteral("the stories did not come back");
}

QString Session::openHistory()
{
    press(m_window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *dialog = nullptr;
    if (!waitFor([&] {
            dialog = m_window.findChild<QDialog *>(QStringLiteral("revisionsDialog"));
            return dialog && dialog->isVisible();
        }))
        return QStringLiteral("Ctrl+Shift+H did not show History");
    runEventLoopFor(SettleMs);
    press(m_window, Qt::Key_Escape);
    if (!waitFor([&] { return !dialog->isVisible(); }))
        return QStringLiteral("Escape did not close History");
    // No window manager gives the activation back to the main window here.
    m_window.activateWindow();
    if (!waitFor([this] { return m_window.isActiveWindow(); }))
        return QStringLiteral("the main window did not become active again");
    return {};
}

QString Session::openExport()
{
    press(m_window, Qt::Key_3, Qt::AltModifier);
    if (!waitFor([this] {
            QWidget *place = placeAt(m_window, 2);
            return place && place->isVisible();
        }))
        return QStringLiteral("Alt+3 did not show Export");
    // Its story list, the post's render, then the browser engine's start,
    // a step per turn: all of it belongs to this action.
    auto *browser = placeAt(m_window, 2)->findChild<PreviewBrowser *>();
    if (!browser)
        return QStringLiteral("Export has no preview");
    QSignalSpy shown(browser, &PreviewBrowser::pageShown);
    if (!waitFor([&] { return !shown.isEmpty() || !browser->problem().isEmpty(); }))
        return QStringLiteral("the preview never showed the post");
    runEventLoopFor(SettleMs);
    if (!browser->problem().isEmpty())
        return QStringLiteral("the preview could not start: %1").arg(browser->problem());
    return shown.last().at(0).toBool() ? QString()
                                       : QStringLiteral("the preview could not show the post");
}

QString Session::searchGallery()
{
    press(m_window, Qt::Key_2, Qt::AltModifier);
    if (!waitFor([this] {
            QWidget *place = placeAt(m_window, 1);
            return place && place->isVisible();
        }))
        return QStringLiteral("Alt+2 did not show the Gallery");
    runEventLoopFor(2 * SettleMs);
    press(m_window, Qt::Key_F, Qt::ControlModifier);
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!search)
        return QStringLiteral("Ctrl+F did not focus the search field");
    type(search, QStringLiteral("oven"));
    runEventLoopFor(3 * SettleMs); // the search waits for typing to pause, then runs
    return search->text() == QStringLiteral("oven")
        ? QString()
        : QStringLiteral("the search field holds “%1”").arg(search->text());
}

} // namespace

QString startActionName()
{
    return QStringLiteral("start: the Write place built after the first frame");
}

QString runStallSession(MainWindow &window, StallDetector &detector)
{
    return Session(window, detector).run();
}

} // namespace Spill::Test
