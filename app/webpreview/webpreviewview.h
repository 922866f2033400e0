// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/webpreview.h"

#include <QPointF>
#include <QWebEngineView>

class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineProfile;

namespace Spill {

// The web preview module's view: Chromium showing one written post. Its
// profile is off the record (nothing is kept on disk) and its page is a
// PreviewPage: no scripts of the page's own, no network, no other local
// file, and a link in the post opens in the system browser instead of here.
class WebPreviewView : public QWebEngineView, public WebPreview
{
    Q_OBJECT

public:
    // Takes `profile` and `page` (made on earlier turns, see
    // WebPreviewStarter); the page goes before the profile it uses.
    WebPreviewView(QWebEngineProfile *profile, QWebEnginePage *page, QWidget *parent);
    ~WebPreviewView() override;

    QWidget *widget() override { return this; }
    void showFile(const QString &file, Loaded loaded) override;
    void runScript(const QString &script, ScriptResult result) override;
    void setPageScript(const QString &script) override;

private:
    void onLoadingChanged(const QWebEngineLoadingInfo &info);

    Loaded m_loaded; // for the load of m_loading
    QUrl m_loading;
    QPointF m_scroll; // where the previous page was scrolled to
    bool m_closing = false;
};

} // namespace Spill
