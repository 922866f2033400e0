// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webpreviewmoduleabi.h"

#include <QString>
#include <QStringList>

namespace Spill {

// Qt WebEngine (Chromium) lives in a module that Spill loads the first time
// the Export place shows a post: linked into the program it would cost
// every start time and memory, though most sessions never export.
namespace WebPreviewModule {

// Where the module is looked for, first found wins: $SPILL_WEBPREVIEW_MODULE,
// beside the program (a build tree), then the installed location.
QStringList candidatePaths();

// How Chromium's sandbox will run, decided before the engine starts (GUI
// thread). Running as root, where Chromium refuses to start with its
// sandbox, Spill sets QTWEBENGINE_DISABLE_SANDBOX for its own process and
// *note says so; elsewhere the sandbox stays on, and where the system
// cannot give it one (no user namespaces) this is false with *why set.
// With the sandbox off, Chromium is also told to start no zygote
// (QTWEBENGINE_CHROMIUM_FLAGS gains --no-zygote), which shortens its start.
bool prepareSandbox(QString *why, QString *note);

// Sets an OpenGL context that is never created as the one Qt shares
// (QOpenGLContext::globalShareContext()), unless there is one: on the GUI
// thread, before load(). The preview's view draws in software (see
// WebPreviewStarter), yet Qt WebEngine 6.4 reads that context's format as
// Chromium starts and crashes without one. A context never created loads
// no OpenGL driver, and Chromium, finding none to share, composites the
// page in software. Spill does not set Qt::AA_ShareOpenGLContexts, which
// would have the application object load the system's OpenGL driver
// (Mesa's software one under Xvfb: 150 ms and 57 MB before the window
// maps).
void setUncreatedShareContext();

// Starts the threads Qt's raster painting shares out large fills to, if
// they are not running: on the GUI thread, just before load(). While the
// loader maps and relocates Qt WebEngine (0.1-0.4 s) it holds glibc's lock
// on thread-local storage, and a thread started meanwhile waits for it: the
// first paint of "Starting the browser engine" started the painting
// threads there and kept the GUI thread from its events for that long.
// Started now, they stay idle for the load (Qt ends them after 30 s).
void startPaintThreads();

struct Loaded
{
    SpillWebPreviewStart start = nullptr; // null: `error` says why
    QString error;
};

// Loads the module (a large library: call it off the GUI thread), then
// brings in ahead of Chromium's start what that start reads (the pages of
// the libraries the module brought, Chromium's data files) and loads the
// system's OpenGL driver, which Qt WebEngine looks at as Chromium starts.
// The view is made with `start`'s steps on the GUI thread.
Loaded load();

} // namespace WebPreviewModule

} // namespace Spill
