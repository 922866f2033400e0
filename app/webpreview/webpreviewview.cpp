// SPDX-License-Identifier: GPL-3.0-or-later
#include "webpreviewview.h"

#include "export/previewtrace.h"

#include <QDesktopServices>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

namespace Spill {

namespace {

// Loads only what Spill asks for; a link the creator clicks goes to the
// system browser.
class PreviewPage : public QWebEnginePage
{
public:
    PreviewPage(QWebEngineProfile *profile, QObject *parent)
        : QWebEnginePage(profile, parent)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (type == NavigationTypeLinkClicked) {
            if (url.scheme() == u"http" || url.scheme() == u"https")
                QDesktopServices::openUrl(url);
            return false;
        }
        return isMainFrame && url.isLocalFile();
    }
};

} // namespace

WebPreviewView::WebPreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    {
        // No storage name: off the record, so no cache or cookies on disk.
        PreviewStepTimer timer("the profile (Chromium started with the first)");
        m_profile = new QWebEngineProfile(this);
    }
    PreviewPage *page = nullptr;
    {
        PreviewStepTimer timer("the page");
        page = new PreviewPage(m_profile, this);
    }
    {
        PreviewStepTimer timer("the page's settings");
        QWebEngineSettings *settings = page->settings();
        // Exports carry no scripts; the page runs none of its own.
        settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
        settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
        settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    }
    {
        PreviewStepTimer timer("the view takes the page");
        setPage(page);
    }
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(page, &QWebEnginePage::loadingChanged, this, &WebPreviewView::onLoadingChanged);
}

WebPreviewView::~WebPreviewView()
{
    // The page goes before the profile it uses.
    m_closing = true;
    delete page();
}

void WebPreviewView::showFile(const QString &file, Loaded loaded)
{
    m_loaded = std::move(loaded);
    m_loading = QUrl::fromLocalFile(file);
    if (url().isEmpty()) {
        PreviewStepTimer timer("the first load asked for");
        load(m_loading); // the first page: nothing to keep
        return;
    }
    // Where the page is scrolled to now: the view's own copy of it follows
    // the page a frame or so later.
    const QUrl wanted = m_loading;
    page()->runJavaScript(QStringLiteral("[window.scrollX, window.scrollY]"),
                          QWebEngineScript::ApplicationWorld,
                          [this, wanted](const QVariant &value) {
                              if (m_closing || wanted != m_loading)
                                  return; // going, or a newer page was asked for
                              const QVariantList xy = value.toList();
                              m_scroll = xy.size() == 2
                                  ? QPointF(xy.at(0).toDouble(), xy.at(1).toDouble())
                                  : page()->scrollPosition();
                              load(m_loading);
                          });
}

void WebPreviewView::runScript(const QString &script, ScriptResult result)
{
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [result = std::move(result)](const QVariant &value) {
                              if (result)
                                  result(value);
                          });
}

void WebPreviewView::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    // Each page has a file of its own: a load that was replaced is not this one.
    if (info.url() != m_loading || info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
        return;
    const bool ok = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus;
    if (ok && !m_scroll.isNull()) {
        page()->runJavaScript(
            QStringLiteral("window.scrollTo(%1, %2)").arg(m_scroll.x()).arg(m_scroll.y()),
            QWebEngineScript::ApplicationWorld);
    }
    if (Loaded loaded = std::exchange(m_loaded, {}))
        loaded(ok);
}

} // namespace Spill
