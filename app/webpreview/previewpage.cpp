// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

#include <QDesktopServices>
#include <QWebEngineSettings>

namespace Spill {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *settings = this->settings();
    // Exports carry no scripts; the page runs none of its own.
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (url.scheme() == u"http" || url.scheme() == u"https")
            QDesktopServices::openUrl(url);
        return false;
    }
    return isMainFrame && url.isLocalFile();
}

} // namespace Spill
