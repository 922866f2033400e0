// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <QVariant>

#include <functional>

class QWidget;

namespace Spill {

// A browser engine's view of a written post, made by the web preview module
// (see webpreviewmodule.h). The widget behind it is the module's and is
// owned by its Qt parent; this interface is all the rest of Spill sees.
class WebPreview
{
public:
    using Loaded = std::function<void(bool ok)>;
    using ScriptResult = std::function<void(const QVariant &value)>;

    virtual ~WebPreview() = default;

    virtual QWidget *widget() = 0;
    // Shows the page in `file` (a local file), at the scroll position the
    // previous page had; `loaded` is called when it has loaded, or failed.
    virtual void showFile(const QString &file, Loaded loaded) = 0;
    // Runs `script` beside the page (the page's own scripts stay off) and
    // hands back its value: the tests read the page through this.
    virtual void runScript(const QString &script, ScriptResult result) = 0;
    // Runs `script` beside the page shown now and beside every later page
    // once its document is ready (before its first frame, as a rule); an
    // empty script runs nothing more.
    virtual void setPageScript(const QString &script) = 0;
};

// Makes the engine's view a step at a time. Chromium must be driven from
// the GUI thread, and starting it in one call kept that thread from its
// event loop for 0.2-0.9 s; run one step per turn of the event loop
// instead, so frames and key presses come between them.
class WebPreviewStart
{
public:
    virtual ~WebPreviewStart() = default;

    // What the next step does, for the trace; null once the view is made.
    virtual const char *nextStep() const = 0;
    // Runs the next step (GUI thread).
    virtual void runNextStep() = 0;
    // The view the steps made, null until they all ran. It is a hidden
    // child of the parent given to the module and owned by it.
    virtual WebPreview *view() = 0;
};

} // namespace Spill
