// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wordpress/wordpressclient.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Spill::WordPressModule {

// The spill-wordpress module holds what talks to a site (Qt Network, the
// REST client) and to the system keyring (QtKeychain, through D-Bus). The
// window and the command line load it the first time they need either, so
// neither pays for those libraries at start-up. It is found as
// SpillModule::candidatePaths() says: $SPILL_WORDPRESS_MODULE, beside the
// program, then Spill's library folder.
QStringList candidatePaths();

// A connection to the site, or nullptr with `error` naming what was tried
// when the module cannot be loaded. Blocking calls: use it on one worker
// thread, the one that made it.
std::unique_ptr<WordPressConnection> connect(const WordPressSite &site,
                                             const std::atomic<bool> *cancel, QString *error);

// Application passwords in the system keyring (the Secret Service), kept
// per site address and user; never anywhere else. Blocking: call from a
// worker thread.
struct KeyringAnswer
{
    enum class State {
        Done, // stored, forgotten, or read into `secret`
        NotFound, // the keyring has no password for this site and user
        NoKeyring, // there is no keyring to ask (or the module is missing)
        Failed, // the keyring refused or failed: `error` says how
    };
    State state = State::Failed;
    QString secret;
    QString error;
};
KeyringAnswer readPassword(const QString &siteAddress, const QString &user);
KeyringAnswer storePassword(const QString &siteAddress, const QString &user,
                            const QString &password);
KeyringAnswer forgetPassword(const QString &siteAddress, const QString &user);

} // namespace Spill::WordPressModule
