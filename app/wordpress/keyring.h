// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wordpress/module/wordpressmodule.h"

namespace Spill {

// The system keyring's entries under the service "Spill". Never falls back
// to a file: with no keyring the answer says so. Blocking.
WordPressModule::KeyringAnswer keyringRead(const QString &key);
WordPressModule::KeyringAnswer keyringStore(const QString &key, const QString &password);
WordPressModule::KeyringAnswer keyringForget(const QString &key);

} // namespace Spill
