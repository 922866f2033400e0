// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one entry point the window module exports, resolved by name. Both
// sides are built from this tree with the same compiler, so C++ types may
// cross.

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

// What the command line asks of the window.
struct SpillWindowRequest
{
    QString libraryDir; // --library as given (empty: the default library)
    bool newStory = false; // --new-story
    QStringList storyFiles; // story files to offer for import
};

// Runs Spill's window until it closes and returns the exit code. `argc` and
// `argv` are main()'s, kept alive by it; `started` began in main(), for the
// start-up trace.
using SpillWindowMain = int (*)(int &argc, char **argv, const SpillWindowRequest &request,
                                const QElapsedTimer &started);

#define SPILL_WINDOW_MAIN "spillWindowMain"
