// SPDX-License-Identifier: GPL-3.0-or-later
#include "webpreviewstarter.h"

#include "previewpage.h"
#include "webpreviewview.h"

#include <QQuickWindow>
#include <QWebEngineProfile>

namespace Spill {

namespace {

// The view draws the page through Qt Quick. With OpenGL there, Qt
// composites the whole window through OpenGL once the view is in it, and on
// X11 makes the window's native window anew (a software OpenGL took
// 0.2-0.3 s for its first frame). Drawn in software, the view paints into
// the window like any other widget; Chromium then composites the page in
// software too (it reads this as it starts, with the first profile). Once
// per process: Qt Quick takes it before its first window only.
void drawInSoftware()
{
    static const bool set = [] {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return true;
    }();
    Q_UNUSED(set);
}

} // namespace

WebPreviewStarter::WebPreviewStarter(QWidget *parent)
    : m_parent(parent)
{
}

WebPreviewStarter::~WebPreviewStarter()
{
    delete m_page;
    delete m_profile;
}

const char *WebPreviewStarter::nextStep() const
{
    switch (m_next) {
    case Step::Profile:
        return "the profile (Chromium starts with the first)";
    case Step::Page:
        return "the page and its settings";
    case Step::View:
        return "the view, holding the page";
    case Step::Contents:
        return "the page's first contents (blank)";
    case Step::Done:
        break;
    }
    return nullptr;
}

void WebPreviewStarter::runNextStep()
{
    switch (m_next) {
    case Step::Profile:
        drawInSoftware();
        // No storage name: off the record, so no cache or cookies on disk.
        m_profile = new QWebEngineProfile;
        m_next = Step::Page;
        break;
    case Step::Page:
        m_page = new PreviewPage(m_profile);
        m_next = Step::Contents;
        break;
    case Step::Contents:
        // Chromium makes the page's contents with its first navigation.
        // Asked for before any view holds the page, that is a turn of its
        // own, apart from the view's render widget (next) and the post's
        // load; PreviewPage lets only local files load, so nothing else is
        // shown.
        m_page->setUrl(QUrl(QStringLiteral("about:blank")));
        m_next = Step::View;
        break;
    case Step::View:
        // The view makes its render widget for the page it takes.
        m_view = new WebPreviewView(std::exchange(m_profile, nullptr),
                                    std::exchange(m_page, nullptr), m_parent);
        m_view->hide(); // until it has a page to show
        m_next = Step::Done;
        break;
    case Step::Done:
        break;
    }
}

WebPreview *WebPreviewStarter::view()
{
    return m_view;
}

} // namespace Spill
