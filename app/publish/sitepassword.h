// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences/wordpresssites.h"

#include <QString>

#include <functional>

class QWidget;

namespace Spill {

// Calls `then(password)` with the site's application password: the one in
// the system keyring (read on a worker thread), else asked of the creator in
// a dialog over `parent` that says why Spill asks (the keyring has none for
// this site, or there is no keyring). Not called when the creator cancels,
// nor once `parent` is gone.
void withSitePassword(QWidget *parent, const WordPressSiteEntry &site,
                      std::function<void(const QString &password)> then);

// Keeps the password in the keyring on a worker thread; `done(message)`
// follows on `parent`'s thread with what became of it, in words ("kept in
// the system keyring", or why not, and that Spill will ask each time).
void storeSitePassword(QWidget *parent, const WordPressSiteEntry &site, const QString &password,
                       std::function<void(bool kept, const QString &message)> done);

// Forgets the site's password in the keyring, on a worker; nothing to wait for.
void forgetSitePassword(const WordPressSiteEntry &site);

} // namespace Spill
