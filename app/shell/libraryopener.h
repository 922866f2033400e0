// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace Spill {

class Workspace;

// What to do when a library cannot be opened: whether the creator wants to
// choose another folder (shown why, in words), and which one.
struct LibraryChoice
{
    // Shows `message` (what happened, what to do); true: choose another.
    std::function<bool(const QString &message)> tryAnother;
    // The folder chosen; empty when the creator chose none.
    std::function<QString()> chooseFolder;
};

// The message box and folder dialog the window uses, over `parent`.
LibraryChoice askWithDialogs(QWidget *parent);

// Opens the library in `folder`. When it cannot be opened (a folder that
// cannot be made, a full disk, a damaged file), says why through `ask` and
// opens the folder the creator chooses instead, until one opens or the
// creator gives up (null). A library that opens read-only (another Spill
// has it, a newer Spill wrote it, a read-only folder) is opened and says so
// in the window.
std::unique_ptr<Workspace> openLibraryAsking(const QString &folder, const LibraryChoice &ask);

} // namespace Spill
