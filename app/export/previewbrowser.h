// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace Spill {

class WebPreview;
class WebPreviewStart;

// Shows a written post in a real browser engine (Chromium, through the web
// preview module), started the first time a page is shown. Where the engine
// cannot start it says why, and never shows the post some other way: "Open
// in browser" then shows the same file in the system browser.
class PreviewBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewBrowser(QWidget *parent = nullptr);
    ~PreviewBrowser() override;

    // Shows the page in `file`, a temporary file this view then owns: it is
    // removed once another page replaces it, unless it went to the system
    // browser (its folder's owner removes the rest).
    void showFile(const QString &file);
    // Shows no page; `reason` (may be empty) says why.
    void showNothing(const QString &reason);
    QString file() const { return m_file; }
    // Opens file() in the system browser; false when none could be opened.
    bool openInBrowser();

    // The engine's view, null until it has started.
    WebPreview *engine() const { return m_engine; }
    // Why the engine shows nothing (empty while it starts or shows a page).
    QString problem() const { return m_problem; }
    // What Spill changed for the engine to start (the sandbox as root).
    QString note() const { return m_note; }

protected:
    // A dark palette shows the post's own dark mode (see previewscheme.h).
    void changeEvent(QEvent *event) override;

signals:
    // The engine has loaded file(), or failed to.
    void pageShown(bool ok);
    // The engine cannot show pages: problem() says why.
    void engineFailed();

private:
    enum class Engine { NotStarted, Starting, Ready, Failed };

    void startEngine();
    void runNextStartStep();
    void fail(const QString &why);
    void showMessage(const QString &text);
    void loadCurrent();
    void discard(const QString &file);
    void applyScheme();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    WebPreview *m_engine = nullptr; // a child of m_stack once made
    std::unique_ptr<WebPreviewStart> m_start; // its steps, while they run
    QTimer m_startTurn; // runs the next of them
    Engine m_state = Engine::NotStarted;
    QString m_file;
    QString m_problem;
    QString m_note;
    bool m_dark = false; // the scheme the engine's pages were given
    QElapsedTimer m_starting; // from the engine's start to its first page
    QSet<QString> m_opened; // files handed to the system browser: kept
    // Last, so it is destroyed first: it waits for the module to load.
    QThreadPool m_pool;
};

} // namespace Spill
