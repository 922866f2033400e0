// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

// A library is a folder holding library.sqlite and media/.
inline constexpr char LibraryDatabaseFileName[] = "library.sqlite";
inline constexpr char LibraryMediaFolderName[] = "media";

// Where Spill keeps its library when none is chosen: the platform's
// application data folder. Needs the application name to be set first.
QString defaultLibraryPath();

} // namespace Spill
