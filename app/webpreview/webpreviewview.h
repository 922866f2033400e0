// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/webpreview.h"

#include <QPointF>
#include <QWebEngineView>

class QWebEngineLoadingInfo;
class QWebEngineProfile;

namespace Spill {

// The web preview module's view: Chromium showing one written post. Its
// profile is off the record (nothing is kept on disk), the page's own
// scripts are off, it reaches no network and no other local file, and a
// link in the post opens in the system browser instead of here.
class WebPreviewView : public QWebEngineView, public WebPreview
{
    Q_OBJECT

public:
    explicit WebPreviewView(QWidget *parent = nullptr);
    ~WebPreviewView() override;

    QWidget *widget() override { return this; }
    void showFile(const QString &file, Loaded loaded) override;
    void runScript(const QString &script, ScriptResult result) override;

private:
    void onLoadingChanged(const QWebEngineLoadingInfo &info);

    QWebEngineProfile *m_profile = nullptr;
    Loaded m_loaded; // for the load of m_loading
    QUrl m_loading;
    QPointF m_scroll; // where the previous page was scrolled to
    bool m_closing = false;
};

} // namespace Spill
