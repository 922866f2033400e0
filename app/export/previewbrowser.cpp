// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewbrowser.h"

#include "async/continuation.h"
#include "previewscheme.h"
#include "previewtrace.h"
#include "webpreview.h"
#include "webpreviewmodule.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

PreviewBrowser::PreviewBrowser(QWidget *parent)
    : QWidget(parent)
{
    m_pool.setMaxThreadCount(1);
    m_startTurn.setSingleShot(true);
    m_startTurn.setInterval(0); // once the events waiting have been handled
    connect(&m_startTurn, &QTimer::timeout, this, &PreviewBrowser::runNextStartStep);
    m_message = new QLabel;
    m_message->setAccessibleName(tr("Preview message"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(24);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFocusProxy(m_stack);
}

PreviewBrowser::~PreviewBrowser() = default;

void PreviewBrowser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_engine && paletteIsDark(palette()) != m_dark)
        applyScheme();
}

void PreviewBrowser::applyScheme()
{
    m_dark = paletteIsDark(palette());
    m_engine->setPageScript(previewSchemeScript(m_dark));
}

void PreviewBrowser::showFile(const QString &file)
{
    if (file != m_file)
        discard(std::exchange(m_file, file));
    switch (m_state) {
    case Engine::NotStarted:
        startEngine();
        break;
    case Engine::Starting:
        break; // shown once it has started
    case Engine::Ready:
        loadCurrent();
        break;
    case Engine::Failed:
        emit pageShown(false);
        break;
    }
}

void PreviewBrowser::showNothing(const QString &reason)
{
    discard(std::exchange(m_file, {}));
    if (m_state == Engine::Failed)
        return; // the engine's problem stays on show
    showMessage(reason);
}

bool PreviewBrowser::openInBrowser()
{
    if (m_file.isEmpty())
        return false;
    m_opened.insert(m_file);
    return QDesktopServices::openUrl(QUrl::fromLocalFile(m_file));
}

void PreviewBrowser::startEngine()
{
    m_state = Engine::Starting;
    QString why;
    if (!WebPreviewModule::prepareSandbox(&why, &m_note)) {
        fail(why);
        return;
    }
    WebPreviewModule::setUncreatedShareContext();
    WebPreviewModule::startPaintThreads();
    showMessage(tr("Starting the browser engine…"));
    m_starting.start();
    qCDebug(lcPreview, "%6.1f ms since the start: the module loads, on a worker", 0.0);
    // The module brings Chromium: a large library, read off the GUI thread.
    onResult(QtConcurrent::run(&m_pool, &WebPreviewModule::load), this,
             [this](const WebPreviewModule::Loaded &loaded) {
                 qCDebug(lcPreview, "%6.1f ms since the start: the module is loaded",
                         double(m_starting.nsecsElapsed()) / 1e6);
                 if (!loaded.start) {
                     fail(loaded.error);
                     return;
                 }
                 m_start.reset(loaded.start(m_stack));
                 m_startTurn.start();
             });
}

void PreviewBrowser::runNextStartStep()
{
    // One step a turn: Chromium must be started on this thread, and in one
    // go it kept the thread from its event loop for 0.2-0.9 s.
    if (const char *step = m_start->nextStep()) {
        PreviewStepTimer timer(step);
        m_start->runNextStep();
        m_startTurn.start();
        return;
    }
    if (!m_engine) {
        PreviewStepTimer timer("the view added to the stack, hidden");
        m_engine = m_start->view();
        QWidget *view = m_engine->widget();
        view->setAccessibleName(tr("Rendered post"));
        m_stack->addWidget(view);
        setFocusProxy(view); // the pane's "Rendered" mnemonic reaches the page
        m_startTurn.start(); // the first load on the next turn
        return;
    }
    m_start.reset();
    m_state = Engine::Ready;
    applyScheme();
    if (!m_file.isEmpty())
        loadCurrent();
}

void PreviewBrowser::fail(const QString &why)
{
    m_state = Engine::Failed;
    m_problem = why;
    qWarning("%s", qPrintable(why));
    showMessage(tr("%1\n\nOpen in browser shows the same page in your web browser.").arg(why));
    emit engineFailed();
    if (!m_file.isEmpty())
        emit pageShown(false);
}

void PreviewBrowser::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void PreviewBrowser::loadCurrent()
{
    const QString file = m_file;
    PreviewStepTimer timer(m_starting.isValid() ? "the first load asked for"
                                                : "a page load asked for");
    m_engine->showFile(file, [this, file](bool ok) {
        if (m_starting.isValid()) {
            qCDebug(lcPreview, "%6.1f ms since the start: the first page has loaded",
                    double(m_starting.nsecsElapsed()) / 1e6);
            m_starting.invalidate();
        }
        if (file != m_file)
            return; // replaced while it loaded
        if (ok) {
            PreviewStepTimer timer("the view brought to the front");
            m_stack->setCurrentWidget(m_engine->widget());
        } else {
            showMessage(tr("The browser engine could not show %1.\n\nOpen in browser shows "
                           "the same page in your web browser.")
                            .arg(QDir::toNativeSeparators(file)));
        }
        emit pageShown(ok);
    });
}

void PreviewBrowser::discard(const QString &file)
{
    if (file.isEmpty() || m_opened.contains(file))
        return;
    (void)QtConcurrent::run(&m_pool, [file] { QFile::remove(file); });
}

} // namespace Spill
