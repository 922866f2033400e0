// SPDX-License-Identifier: GPL-3.0-or-later
#include "webpreviewview.h"

#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace Spill {

WebPreviewView::WebPreviewView(QWebEngineProfile *profile, QWebEnginePage *page, QWidget *parent)
    : QWebEngineView(parent)
{
    profile->setParent(this);
    page->setParent(this);
    setPage(page);
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
    if (!url().isLocalFile()) {
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

void WebPreviewView::setPageScript(const QString &script)
{
    const QString name = QStringLiteral("spill-page-script");
    QWebEngineScriptCollection &scripts = page()->scripts();
    for (const QWebEngineScript &old : scripts.find(name))
        scripts.remove(old);
    if (script.isEmpty())
        return;
    QWebEngineScript each;
    each.setName(name);
    each.setInjectionPoint(QWebEngineScript::DocumentReady);
    each.setWorldId(QWebEngineScript::ApplicationWorld);
    each.setSourceCode(script);
    scripts.insert(each);
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld);
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
