// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The entry points the spill-wordpress module exports, resolved by name.
// Both sides are built from this tree with the same compiler, so C++ types
// may cross.

#include "wordpressmodule.h"

// A new connection, owned by the caller.
using SpillWordPressConnect = Spill::WordPressConnection *(*)(const Spill::WordPressSite &site,
                                                              const std::atomic<bool> *cancel);
// Keyring: what to do ("read", "store", "forget"), the key, the password to
// store.
using SpillWordPressKeyring = Spill::WordPressModule::KeyringAnswer (*)(const QString &action,
                                                                        const QString &key,
                                                                        const QString &password);

#define SPILL_WORDPRESS_CONNECT "spillWordPressConnect"
#define SPILL_WORDPRESS_KEYRING "spillWordPressKeyring"
