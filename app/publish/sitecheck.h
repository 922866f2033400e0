// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences/wordpresssites.h"

#include <QString>

#include <functional>

class QObject;

namespace Spill {

// Checks on a worker thread that the site answers as WordPress, takes the
// user and password, and lets the user upload and write posts; `done`
// follows on `context`'s thread with a sentence for the creator ("Connected
// to … as Ana." or what failed, in words).
void checkSiteConnection(QObject *context, const WordPressSiteEntry &site, const QString &password,
                         std::function<void(bool ok, const QString &message)> done);

} // namespace Spill
