// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/webpreview.h"

#include <QPointer>

class QWebEngineProfile;

namespace Spill {

class PreviewPage;
class WebPreviewView;

// Makes the preview's view in four steps: the profile (Chromium itself
// starts with the first profile of the process), the page, the page's
// first, blank contents, then the view holding them (a hidden child of
// `parent`), which makes its render widget.
class WebPreviewStarter : public WebPreviewStart
{
public:
    explicit WebPreviewStarter(QWidget *parent);
    // What was made and not yet handed to the view goes, the page first.
    ~WebPreviewStarter() override;

    const char *nextStep() const override;
    void runNextStep() override;
    WebPreview *view() override;

private:
    enum class Step { Profile, Page, Contents, View, Done };

    QPointer<QWidget> m_parent;
    Step m_next = Step::Profile;
    QWebEngineProfile *m_profile = nullptr; // owned here until the view takes it
    PreviewPage *m_page = nullptr; // likewise
    QPointer<WebPreviewView> m_view;
};

} // namespace Spill
