// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

namespace Spill {

// The preview's page: loads only what Spill asks for (a local file), runs
// no scripts of its own, reaches no network and no other local file; a
// link the creator clicks goes to the system browser.
class PreviewPage : public QWebEnginePage
{
public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace Spill
